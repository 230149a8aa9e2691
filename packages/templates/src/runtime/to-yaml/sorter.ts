/** goyaml.v2 sorter.go: the "natural" key order of mapping keys. */
import type { GoMap } from '@polyaxon-render/values';

/** Built on first use (a Unicode-property regexp costs about a millisecond to compile; keys are mostly ASCII). */
let LETTER: RegExp | undefined;
let DIGIT: RegExp | undefined;

/**
 * Map keys in yaml.v2's order: encode.go mapv runs sort.Sort(keyList) over the
 * map's keys, and where keyList.Less is a consistent order every sort agrees.
 * It is not always consistent ("x10y" < "x1y" < "x2y" < "x10y", or version-like
 * keys "1.9"/"1.10"/"1e3"); Helm's own output for such keys changes from run to
 * run with Go's random map iteration order, and here they get one fixed order.
 */
export function sortKeys(m: GoMap): string[] {
  return sortKeyList(Object.keys(m));
}

/** sortKeys on a list of keys (a stable sort: equal and unordered keys keep their places). */
export function sortKeyList(list: string[]): string[] {
  const keys = list.map((k) => ({ k, r: runesOf(k) }));
  // One keyCompare per pair: Less(b, a) is the negation of Less(a, b) for distinct keys (see keyCompare).
  keys.sort((a, b) => keyCompare(a.r, b.r));
  return keys.map((x) => x.k);
}

/** A key's code points; a loop rather than Array.from with a callback, which costs several times more per key. */
function runesOf(k: string): number[] {
  const r: number[] = [];
  for (let i = 0; i < k.length; i++) {
    const c = k.codePointAt(i)!;
    r.push(c);
    if (c > 0xffff) i++;
  }
  return r;
}

/** Go's unicode.IsLetter: ASCII letters directly (Go checks them the same way), the rest by property. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return (LETTER ??= /^\p{L}$/u).test(String.fromCodePoint(c));
}

function isDigitRune(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return (DIGIT ??= /^\p{Nd}$/u).test(String.fromCodePoint(c));
}

/** sorter.go keyList.Less for two string keys (their code points). */
export function keyLess(ar: number[], br: number[]): boolean {
  return keyCompare(ar, br) < 0;
}

/**
 * ASCII digit runs of at most this many digits are compared as JavaScript numbers:
 * with the leading 1 a zero run may add (see keyCompare), 15 digits stay below
 * 2^53, exact and far from int64's wrap-around.
 */
const SAFE_DIGITS = 15;

/**
 * sorter.go keyList.Less as a comparison: -1 when Less(a, b), 1 when Less(b, a),
 * 0 for the same key. Less compares rune by rune: letters by code point, a
 * non-letter before a letter, and at other runes the digit runs that start there
 * compared as numbers (int64, wrapping like Go), then by length. Both directions
 * stop at the same first differing rune and every test there is symmetric, so for
 * distinct keys exactly one of Less(a, b) and Less(b, a) holds: one pass decides both.
 */
export function keyCompare(ar: number[], br: number[]): number {
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const a = ar[i];
    const b = br[i];
    if (a === b) continue;
    const al = isLetter(a);
    const bl = isLetter(b);
    if (al && bl) return a < b ? -1 : 1;
    if (al || bl) return bl ? -1 : 1;
    let start = 0;
    if (a === 0x30 || b === 0x30) {
      // Inside a number ("10" vs "1a"), a zero is a digit like any other.
      for (let j = i - 1; j >= 0 && isDigitRune(ar[j]); j--) {
        if (ar[j] !== 0x30) {
          start = 1;
          break;
        }
      }
    }
    // Digits beyond ASCII (Go's unicode.IsDigit) add rune - '0' too, far more than 9: the int64 way then.
    let wide = false;
    let ai = i;
    for (; ai < ar.length && isDigitRune(ar[ai]); ai++) wide ||= ar[ai] > 0x39;
    let bi = i;
    for (; bi < br.length && isDigitRune(br[bi]); bi++) wide ||= br[bi] > 0x39;
    const byNumber =
      !wide && ai - i <= SAFE_DIGITS && bi - i <= SAFE_DIGITS
        ? Math.sign(digitsValue(ar, i, ai, start) - digitsValue(br, i, bi, start))
        : bigDigitsCompare(ar, br, i, ai, bi, start);
    if (byNumber !== 0) return byNumber;
    if (ai !== bi) return ai < bi ? -1 : 1;
    return a < b ? -1 : 1;
  }
  return ar.length === br.length ? 0 : ar.length < br.length ? -1 : 1;
}

/** The number sorter.go reads from runes [from, to) after `start`, short enough to be exact. */
function digitsValue(r: number[], from: number, to: number, start: number): number {
  let n = start;
  for (let i = from; i < to; i++) n = n * 10 + (r[i] - 0x30);
  return n;
}

/** The same for long runs: Go's int64 arithmetic, wrapping on overflow. */
function bigDigitsCompare(ar: number[], br: number[], i: number, ai: number, bi: number, start: number): number {
  let an = BigInt(start);
  for (let j = i; j < ai; j++) an = BigInt.asIntN(64, an * 10n + BigInt(ar[j] - 0x30));
  let bn = BigInt(start);
  for (let j = i; j < bi; j++) bn = BigInt.asIntN(64, bn * 10n + BigInt(br[j] - 0x30));
  return an === bn ? 0 : an < bn ? -1 : 1;
}
