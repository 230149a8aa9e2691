/**
 * The sprig v3.3.0 string and data functions the five charts call, with Go's
 * parameter types enforced as text/template enforces them (a float64 where a
 * string is expected is an error, not a conversion).
 */
import { getKey, hasKey as mapHasKey, isMap, setKey, type GoMap, type GoValue } from '@polyaxon-render/values';
import { formatV, goQuote } from './go-fmt.js';
import { recordSet, type RenderState } from './render-state.js';
import { TemplateError, expectInt, expectString } from './template-error.js';

const utf8 = new TextEncoder();

/**
 * ASCII only: its UTF-8 bytes are its characters (trunc counts bytes, btoa encodes
 * them). Control characters included: secrets of several lines (rabbitmq-ha's
 * definitions.json) are ASCII too, and the byte path costs them far more than
 * compiling this pattern besides goQuote's printable one.
 */
// eslint-disable-next-line no-control-regex
const ascii = /^[\x00-\x7f]*$/;

/** sprig strval: strings as they are, everything else as fmt's %v. */
export function toString(v: GoValue | undefined): string {
  return typeof v === 'string' ? v : formatV(v);
}

/** sprig `quote`: each non-nil operand as Go's %q of its strval, space-joined. */
export function quote(...args: (GoValue | undefined)[]): string {
  // The common case, one operand: no arrays built.
  if (args.length === 1) {
    const a = args[0];
    if (typeof a === 'string') return goQuote(a);
    return a === null || a === undefined ? '' : goQuote(toString(a));
  }
  return args
    .filter((a) => a !== null && a !== undefined)
    .map((a) => goQuote(toString(a)))
    .join(' ');
}

/** sprig `squote`. */
export function squote(...args: (GoValue | undefined)[]): string {
  return args
    .filter((a) => a !== null && a !== undefined)
    .map((a) => `'${toString(a)}'`)
    .join(' ');
}

/** Helm/sprig `indent`: pads the first line and every line after a newline (empty lines too). */
export function indent(spaces: number | bigint, v: GoValue | undefined, fn = 'indent'): string {
  const pad = ' '.repeat(Number(spaces));
  return pad + expectString(v, fn, 1).replaceAll('\n', '\n' + pad);
}

/** sprig `nindent`. */
export function nindent(spaces: number | bigint, v: GoValue | undefined): string {
  return '\n' + indent(spaces, v, 'nindent');
}

/** sprig `trunc`: Go slices bytes, so multi-byte characters count by their UTF-8 length. */
export function trunc(c: number | bigint, v: GoValue | undefined): string {
  const s = expectString(v, 'trunc', 1);
  const n = Number(c);
  // No UTF-16 unit takes more than three UTF-8 bytes: a text this short is kept whole.
  if (n >= 0 && s.length * 3 <= n) return s;
  // Fast path: for ASCII, bytes and UTF-16 units are the same.
  if (ascii.test(s)) {
    if (n < 0 && s.length + n > 0) return s.slice(s.length + n);
    if (n >= 0 && s.length > n) return s.slice(0, n);
    return s;
  }
  const bytes = utf8.encode(s);
  const dec = new TextDecoder();
  if (n < 0 && bytes.length + n > 0) return dec.decode(bytes.subarray(bytes.length + n));
  if (n >= 0 && bytes.length > n) return dec.decode(bytes.subarray(0, n));
  return s;
}

/** unicode.IsSpace (JS trim() also strips U+FEFF, which Go keeps). */
function isGoSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * strings.TrimSpace, which is also sprig `trim` (and what Helm's engine trims
 * manifests and NOTES with). A loop: a regex anchored at both ends rescans long documents.
 */
export function trimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** sprig `trimSuffix SUFFIX STR`. */
export function trimSuffix(suffix: GoValue | undefined, v: GoValue | undefined): string {
  const a = expectString(suffix, 'trimSuffix', 0);
  const s = expectString(v, 'trimSuffix', 1);
  return a !== '' && s.endsWith(a) ? s.slice(0, s.length - a.length) : s;
}

/** sprig `replace OLD NEW SRC` (strings.Replace with n = -1). */
export function replace(old: GoValue | undefined, neu: GoValue | undefined, src: GoValue | undefined): string {
  const o = expectString(old, 'replace', 0);
  const n = expectString(neu, 'replace', 1);
  const s = expectString(src, 'replace', 2);
  if (o === '') {
    // Go inserts NEW before every rune and at the end.
    return n + Array.from(s).join(n) + (s === '' ? '' : n);
  }
  // Most calls find nothing to replace (the charts' `replace "+" "_" .Chart.Version`): no array then.
  return s.includes(o) ? s.split(o).join(n) : s;
}

/** sprig `contains SUBSTR STR`. */
export function contains(substr: GoValue | undefined, v: GoValue | undefined): boolean {
  // Go checks the arguments in order: SUBSTR first.
  const sub = expectString(substr, 'contains', 0);
  return expectString(v, 'contains', 1).includes(sub);
}

/** strings.ToUpper / ToLower. */
export const upper = (v: GoValue | undefined) => expectString(v, 'upper', 0).toUpperCase();
export const lower = (v: GoValue | undefined) => expectString(v, 'lower', 0).toLowerCase();

/**
 * sprig `nospace` (goutils.DeleteWhiteSpace): Go walks the UTF-8 bytes, each as
 * the rune of the same number, and drops those unicode.IsSpace calls space
 * (ASCII white space, 0x85 and 0xA0). When nothing was dropped it returns the
 * string as it was; otherwise every byte it kept is written as a rune of its
 * own, so a multi-byte character comes out as Latin-1 characters ("à b" ->
 * "Ãb": à is C3 A0, and A0 is a space), while "\u3000" (E3 80 80) stays.
 */
export function nospace(v: GoValue | undefined): string {
  const s = expectString(v, 'nospace', 0);
  let allAscii = true;
  let spaces = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) allAscii = false;
    else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) spaces = true;
  }
  if (allAscii) return spaces ? deleteSpaceBytes(s) : s;
  const bytes = utf8.encode(s);
  return bytes.some(isSpaceByte) ? deleteSpaceBytes(bytes) : s;
}

function isSpaceByte(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0x85 || b === 0xa0;
}

/** The kept bytes, each as the character of the same number. */
function deleteSpaceBytes(bytes: string | Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = typeof bytes === 'string' ? bytes.charCodeAt(i) : bytes[i];
    if (!isSpaceByte(b)) out += String.fromCharCode(b);
  }
  return out;
}

/** sprig `b64enc`: standard base64 of the UTF-8 bytes. */
export function b64enc(v: GoValue | undefined): string {
  const s = expectString(v, 'b64enc', 0);
  if (ascii.test(s)) return btoa(s);
  const bytes = utf8.encode(s);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

/**
 * The pipeline `X | b64enc | quote`. Base64 text is printable ASCII with no `"` or
 * `\`, which strconv.Quote (sprig `quote`) only wraps in double quotes: the same
 * text as quote(b64enc(X)), without quote scanning the secret again.
 */
export function b64encQuoted(v: GoValue | undefined): string {
  return '"' + b64enc(v) + '"';
}

/**
 * sprig `int` (cast.ToInt): strings parse as Go integer literals (base prefixes
 * allowed, a trailing ".0…" tolerated) and yield 0 when they don't; floats truncate.
 */
export function toInt(v: GoValue | undefined): bigint {
  if (v === null || v === undefined) return 0n;
  switch (typeof v) {
    case 'bigint':
      return v;
    case 'number':
      return Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
    case 'boolean':
      return v ? 1n : 0n;
    case 'string':
      // Plain decimal digits (a Kubernetes minor version, a port) need no pattern.
      if (isShortDecimal(v)) return BigInt(v);
      return parseGoInt(v.replace(/\.0*$/, '')) ?? 0n;
  }
  return 0n;
}

/** "0", or 1 to 18 digits without a leading zero (a leading 0 is octal): always an int64. */
function isShortDecimal(s: string): boolean {
  if (s.length === 0 || s.length > 18) return false;
  if (s.charCodeAt(0) === 0x30) return s.length === 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * strconv.ParseInt(s, 0, 64): optional sign, 0x/0o/0b prefixes, a leading 0 for
 * octal, and (base 0 only) underscores between digits as in Go literals. `max`
 * raises the upper bound (tpl checks uint64 literals with it).
 */
export function parseGoInt(s: string, max = 9223372036854775807n): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(s);
  if (!m) return undefined;
  let body = m[2];
  if (body.includes('_')) {
    // strconv.underscoreOK: only between digits (or after a base prefix).
    if (/__|_$/.test(body)) return undefined;
    body = body.replaceAll('_', '');
  }
  let n: bigint;
  if (/^0[oO]/.test(body)) n = BigInt('0o' + body.slice(2));
  else if (/^0[0-7]+$/.test(body)) n = BigInt('0o' + body.slice(1));
  else n = BigInt(body);
  if (m[1] === '-') n = -n;
  if (n > max || n < -9223372036854775808n) return undefined;
  return n;
}

/** Helm's `required`: nil or "" fails with the given message. */
export function required(message: GoValue | undefined, v: GoValue | undefined): GoValue | undefined {
  // Helm's required (engine.go) wraps its message in HELM_ERR_START/END, which cleanupExecError finds again.
  if (v === null || v === undefined || v === '') {
    throw new TemplateError(
      `error calling required: HELM_ERR_START${toString(message)}HELM_ERR_END`,
      true,
      undefined,
      undefined,
      {
        key: { kind: 'call', fn: 'required', arg: 1, value: v },
      },
    );
  }
  return v;
}

export { sha256sum } from './sha256.js';

/**
 * sprig `set`: mutates the map (rabbitmq-ha writes generated passwords into .Values this way) and returns it.
 * `state` is the render's (RenderContext.state), which undoes the write when the render ends.
 */
export function set(
  m: GoValue | undefined,
  key: GoValue | undefined,
  v: GoValue | undefined,
  state: RenderState | undefined = undefined,
): GoMap {
  if (!isMap(m)) throw new TemplateError('wrong type for value; expected map[string]interface {}');
  const k = expectString(key);
  const value = v ?? null;
  // Logged (and undone when the render ends); a write of the value already there changes nothing.
  if (recordSet(state, m, k, value)) setKey(m, k, value);
  return m;
}

/** sprig `hasKey`. */
export function hasKey(m: GoValue | undefined, key: GoValue | undefined): boolean {
  if (!isMap(m)) throw new TemplateError('wrong type for value; expected map[string]interface {}');
  return mapHasKey(m, expectString(key));
}

/** Go's builtin `len`. */
export function len(v: GoValue | undefined): bigint {
  if (typeof v === 'string') return BigInt(utf8.encode(v).length);
  if (Array.isArray(v)) return BigInt(v.length);
  if (isMap(v)) {
    return BigInt(Object.keys(v).length);
  }
  throw new TemplateError(`error calling len: len of ${v === null || v === undefined ? 'nil pointer' : 'type'}`);
}

/** Own-key read helper for templates holding a map in hand. */
export const get = getKey;

/** sprig `randAlphaNum`, drawing from the render's random source. */
export function randAlphaNum(random: RandomSource, n: number | bigint): string {
  return random.alphaNum(expectInt(typeof n === 'number' ? BigInt(n) : n));
}

/** Where generated secrets come from; injectable so tests and `--seed` are reproducible. */
export interface RandomSource {
  /** `n` characters from [A-Za-z0-9]. */
  alphaNum(n: number): string;
  /**
   * 256 fresh uniformly random bits as 64 lowercase hex digits. Only for a source whose
   * draws nobody can predict or repeat (crypto-strong, unseeded): with it, the checksum
   * of a text that holds enough of its fresh draws is drawn directly instead of hashed
   * (polyaxon/templates/secrets.ts drawnSecretsChecksum). A seeded or caller-made source
   * leaves it out, and every checksum is computed as Helm computes it.
   * @default undefined
   */
  readonly uniformHex256?: () => string;
}

const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A crypto-strong source, like sprig's (crypto/rand), with a pool of its own:
 * random bytes come from Web Crypto (so it runs in browsers too) a block at a
 * time, one call per secret being slow. render() makes one per render.
 */
export function newCryptoRandom(
  /**
   * Bytes drawn per call into Web Crypto.
   * @default 4096 — what the Polyaxon chart draws in one render (about 3 KB of secrets) in one call;
   * a call costs about as much for 1 KiB as for 4 KiB, so a smaller pool only means more calls
   */
  poolBytes = 4096,
): RandomSource {
  const pool = new Uint8Array(poolBytes);
  let poolPos = pool.length;
  return {
    alphaNum(n: number): string {
      // Character codes first and one string at the end: a render draws thousands of characters,
      // one loop step each (no call per byte: a cold render runs this loop in the interpreter).
      // Sized from the start where it can be: grown code by code, the array is copied on the way.
      const codes: number[] = Number.isInteger(n) && n > 0 && n <= 4096 ? new Array<number>(n) : [];
      let k = 0;
      let p = poolPos;
      while (k < n) {
        if (p === pool.length) {
          globalThis.crypto.getRandomValues(pool);
          p = 0;
        }
        const c = symbolOfByte[pool[p++]];
        if (c !== 0) codes[k++] = c;
      }
      poolPos = p;
      return k <= 4096 ? String.fromCharCode.apply(null, codes) : codes.map((c) => String.fromCharCode(c)).join('');
    },
    uniformHex256(): string {
      let out = '';
      let p = poolPos;
      for (let i = 0; i < 32; i++) {
        if (p === pool.length) {
          globalThis.crypto.getRandomValues(pool);
          p = 0;
        }
        out += hexOfByte[pool[p++]];
      }
      poolPos = p;
      return out;
    },
  };
}

/** Each byte's two lowercase hex digits. */
const hexOfByte = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Crypto-strong, like sprig's (crypto/rand): draws its bytes for each call (nothing kept between calls). */
export const cryptoRandom: RandomSource = {
  alphaNum: (n: number): string => newCryptoRandom(Math.min(4096, n + 16)).alphaNum(n),
};

/**
 * The character code each random byte draws: byte b < 248 is symbol b % 62, and
 * the bytes from 248 are skipped (0 here), a rejection sampling that keeps the
 * distribution uniform over the 62 symbols. A table: one lookup per byte instead
 * of a comparison, a remainder and a lookup.
 */
const symbolOfByte = Uint8Array.from({ length: 256 }, (_, b) => (b < 248 ? alphabet.charCodeAt(b % 62) : 0));

/** A deterministic source (mulberry32) for `--seed` and tests. Not secret. */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    alphaNum(n: number): string {
      let out = '';
      for (let i = 0; i < n; i++) out += alphabet[Math.floor(next() * 62)];
      return out;
    },
  };
}
