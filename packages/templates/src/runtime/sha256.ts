/**
 * sprig `sha256sum` (hex sha256 of the UTF-8 bytes) with @noble/hashes, pure
 * JavaScript so that the render path runs in a browser.
 *
 * A render hashes the same kinds of text over and over: every workload's
 * `checksum/secrets` annotation hashes a fresh render of secrets.yaml, which
 * differs from the last one only after its first generated password. SHA-256 reads
 * its input front to back, and a hash state cloned after a prefix continues exactly
 * like one that hashed the prefix itself, so the shared prefix is hashed once:
 *   - a text the memo just assembled from a kept shape (memo.ts lastHoles) resumes
 *     from the state after the shape's first segment, kept per shape;
 *   - any other text resumes from the last text's state at the longest common
 *     prefix (states kept every 128 bytes along it).
 * Results of recent texts are kept too (the config checksum hashes one text eight
 * times).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { GoValue } from '@polyaxon-render/values';
import { lastHoles, type Shape } from './memo.js';
import { expectString } from './template-error.js';
import { keep } from './keep.js';

const utf8 = new TextEncoder();
const shaCache = new Map<string, string>();
let lastLarge = '';
let lastLargeHash = '';

/** sprig `sha256sum`. */
export function sha256sum(v: GoValue | undefined): string {
  const s = expectString(v);
  const replayed = lastHoles;
  if (replayed !== undefined && replayed.text === s) {
    const h = hashAfterFirstSegment(s, replayed.shape);
    if (h !== undefined) return h;
  }
  // A large text (a config map with thousands of values) is hashed once per render, not kept longer.
  if (s.length > 64 * 1024 && s === lastLarge) return lastLargeHash;
  let h = shaCache.get(s);
  if (h === undefined) {
    h = bytesToHex(keep.betweenRenders ? hashWithCheckpoints(utf8.encode(s)) : sha256(utf8.encode(s)));
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

type Sha256State = ReturnType<typeof sha256.create>;

const checkpointBytes = 128;
/** The last input hashed, and states[k] = the state after its first (k + 1) · 128 bytes. */
let lastInput: Uint8Array = new Uint8Array(0);
let lastStates: Sha256State[] = [];
/** Longer texts are hashed in one go: their checkpoints would cost more memory than they save. */
const maxCheckpointed = 64 * 1024;

function hashWithCheckpoints(bytes: Uint8Array): Uint8Array {
  if (bytes.length > maxCheckpointed) {
    lastInput = new Uint8Array(0);
    lastStates = [];
    return sha256(bytes);
  }
  const prev = lastInput;
  const first = prev.length === 0;
  const limit = Math.min(prev.length, bytes.length);
  let same = 0;
  while (same < limit && prev[same] === bytes[same]) same++;
  // Checkpoints inside the common prefix are reused; new ones are taken up to its end
  // (past it the next text is likely to differ too), or all along the first text.
  const reuse = Math.min(Math.floor(same / checkpointBytes), lastStates.length);
  const keepUpTo = first ? bytes.length : same;
  const states = lastStates.length === reuse ? lastStates : lastStates.slice(0, reuse);
  let state = reuse > 0 ? states[reuse - 1].clone() : sha256.create();
  let pos = reuse * checkpointBytes;
  while (pos + checkpointBytes <= keepUpTo) {
    state.update(bytes.subarray(pos, pos + checkpointBytes));
    pos += checkpointBytes;
    states.push(state);
    state = state.clone();
  }
  state.update(bytes.subarray(pos));
  lastInput = bytes;
  lastStates = states;
  return state.digest();
}


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
  return bytesToHex(state.clone().update(utf8.encode(s.slice(first.length))).digest());
}
