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
  const keys = list.map((k) => ({ k, r: Array.from(k, (c) => c.codePointAt(0)!) }));
  keys.sort((a, b) => (keyLess(a.r, b.r) ? -1 : keyLess(b.r, a.r) ? 1 : 0));
  return keys.map((x) => x.k);
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

/**
 * sorter.go keyList.Less for two string keys, compared rune by rune: letters by
 * code point, a non-letter before a letter, and at other runes the digit runs
 * that start there compared as numbers (int64, wrapping like Go), then by length.
 */
export function keyLess(ar: number[], br: number[]): boolean {
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === 0x30 || br[i] === 0x30) {
      // Inside a number ("10" vs "1a"), a zero is a digit like any other.
      for (let j = i - 1; j >= 0 && isDigitRune(ar[j]); j--) {
        if (ar[j] !== 0x30) {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigitRune(ar[ai]); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai] - 0x30));
    let bi = i;
    for (; bi < br.length && isDigitRune(br[bi]); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi] - 0x30));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}
