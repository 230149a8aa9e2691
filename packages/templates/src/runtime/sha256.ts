/**
 * sprig `sha256sum` (hex sha256 of the UTF-8 bytes) with @noble/hashes, pure
 * JavaScript so that the render path runs in a browser.
 *
 * A render hashes the same kinds of text over and over: every workload's
 * `checksum/secrets` annotation hashes a fresh render of secrets.yaml, which
 * differs from the last one only after its first generated password. SHA-256 reads
 * its input front to back, and a hash state cloned after a prefix continues exactly
 * like one that hashed the prefix itself: a text the memo just assembled from a
 * kept shape (memo.ts lastHoles) resumes from the state after the shape's first
 * segment, kept per shape. Results of recent texts are kept too (the config
 * checksum hashes one text eight times). A render that prepares nothing for the
 * next one (keep.betweenRenders off: the CLI) hashes every text whole, natively
 * in the CLI bundle (sha256-text.ts): a few kilobytes that cost microseconds.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { GoValue } from '@polyaxon-render/values';
import { keep } from './keep.js';
import { lastHoles, type Shape } from './memo.js';
import { sha256HexOfText } from './sha256-text.js';
import { expectString } from './template-error.js';

const utf8 = new TextEncoder();
const shaCache = new Map<string, string>();
let lastLarge = '';
let lastLargeHash = '';

/** sha256 of no bytes: the slots below start out holding a true pair. */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/**
 * The CLI's last two texts and their hashes (the CLI keeps no shaCache between renders):
 * a workload hashes the config map (the same text, usually the same string, in every
 * workload) next to its fresh secrets. A hit compares strings (no work for the very same
 * string), much cheaper than hashing a few kilobytes again or keying a Map by them.
 */
let recentText0 = '';
let recentHash0 = EMPTY_SHA256;
let recentText1 = '';
let recentHash1 = EMPTY_SHA256;

/** sprig `sha256sum`. */
export function sha256sum(v: GoValue | undefined): string {
  const s = expectString(v);
  if (!keep.betweenRenders) return sha256OfRecent(s);
  const replayed = lastHoles;
  if (replayed !== undefined && replayed.text === s) {
    const h = hashAfterFirstSegment(s, replayed.shape);
    if (h !== undefined) return h;
  }
  // A large text (a config map with thousands of values) is hashed once per render, not kept longer.
  if (s.length > 64 * 1024 && s === lastLarge) return lastLargeHash;
  let h = shaCache.get(s);
  if (h === undefined) {
    h = sha256HexOfText(s);
    if (s.length <= 64 * 1024) {
      if (shaCache.size >= 64) shaCache.delete(shaCache.keys().next().value!);
      shaCache.set(s, h);
    } else {
      lastLarge = s;
      lastLargeHash = h;
    }
  }
  return h;
}

/** The hash of `s`, for texts hashed a moment ago from the last two kept (see recentText0). */
function sha256OfRecent(s: string): string {
  if (s === recentText0) return recentHash0;
  if (s === recentText1) {
    // The hit moves to the front: the slot given up next is the one not hit.
    const h = recentHash1;
    recentText1 = recentText0;
    recentHash1 = recentHash0;
    recentText0 = s;
    recentHash0 = h;
    return h;
  }
  const h = sha256HexOfText(s);
  recentText1 = recentText0;
  recentHash1 = recentHash0;
  recentText0 = s;
  recentHash0 = h;
  return h;
}

type Sha256State = ReturnType<typeof sha256.create>;

/** The state after each shape's first segment. */
const firstSegmentStates = new WeakMap<Shape, Sha256State>();

/** sha256 of a text that starts with `shape.segments[0]`, from the state after it. */
function hashAfterFirstSegment(s: string, shape: Shape): string | undefined {
  const first = shape.segments[0];
  // Encoding the two parts apart equals encoding the whole unless a surrogate pair straddles the cut.
  const last = first.charCodeAt(first.length - 1);
  if (first.length === 0 || (last >= 0xd800 && last <= 0xdbff)) return undefined;
  let state = firstSegmentStates.get(shape);
  if (state === undefined) {
    state = sha256.create();
    state.update(utf8.encode(first));
    firstSegmentStates.set(shape, state);
  }
  return bytesToHex(
    state
      .clone()
      .update(utf8.encode(s.slice(first.length)))
      .digest(),
  );
}
