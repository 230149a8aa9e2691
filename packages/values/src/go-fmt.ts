/**
 * The few pieces of Go's fmt and strconv that Helm's values messages print:
 * `%v` of a value (coalesce warnings), `%t` of a non-bool (coalesce's type
 * mismatch error), `%q` of a string or rune list (strvals errors), float
 * formatting ('g', shortest) and the dynamic type name a failed interface
 * conversion reports.
 */
import { isMap, sortedKeys, type GoMap, type GoValue } from './go-value.js';

/** Shortest decimal digits and decimal-point position of a finite non-negative float. */
function shortestDigits(v: number, bits: 32 | 64): { digits: string; dp: number } {
  if (v === 0) return { digits: '0', dp: 1 };
  let exp: string;
  if (bits === 64) {
    // toExponential() with no argument gives the shortest digits that round-trip, as strconv does.
    exp = v.toExponential();
  } else {
    // strconv.FormatFloat(x, 'g', -1, 32): shortest digits that round-trip through float32.
    const f = Math.fround(v);
    exp = f.toExponential(8);
    for (let p = 0; p < 9; p++) {
      const s = f.toExponential(p);
      if (Math.fround(Number(s)) === f) {
        exp = s;
        break;
      }
    }
  }
  const [mant, e] = exp.split('e');
  const digits = mant.replace('.', '').replace(/0+$/, '') || '0';
  return { digits, dp: Number(e) + 1 };
}

/** strconv.FormatFloat(v, 'g', -1, bits): Go's `%v` of a float64 (`1e+06`, `0.5`, `1.5e-07`). */
export function formatFloatG(v: number, bits: 32 | 64 = 64): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  const f = bits === 32 ? Math.fround(Math.abs(v)) : Math.abs(v);
  if (bits === 32 && f === Infinity) return neg ? '-Inf' : '+Inf';
  const { digits, dp } = shortestDigits(f, bits);
  const sign = neg ? '-' : '';
  const exp = dp - 1;
  // strconv uses %e when the exponent is < -4 or >= 6 for the shortest form ('g', -1).
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ae = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
  }
  if (dp <= 0) return `${sign}0.${'0'.repeat(-dp)}${digits}`;
  if (dp >= digits.length) return `${sign}${digits}${'0'.repeat(dp - digits.length)}`;
  return `${sign}${digits.slice(0, dp)}.${digits.slice(dp)}`;
}

/** fmt's `%v` of a decoded value: `map[a:1 b:[x y]]`, `<nil>`, floats as 'g'. */
export function goSprintV(v: GoValue | undefined): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return formatFloatG(v);
    case 'bigint':
      return v.toString();
    case 'string':
      return v;
  }
  if (Array.isArray(v)) return `[${v.map(goSprintV).join(' ')}]`;
  const m = v as GoMap;
  // fmt prints maps with their keys sorted.
  return `map[${sortedKeys(m)
    .map((k) => `${k}:${goSprintV(m[k])}`)
    .join(' ')}]`;
}

/** The dynamic Go type of a decoded value, as `interface conversion` panics name it. */
export function goTypeName(v: GoValue | undefined): string {
  if (v === null || v === undefined) return 'nil';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
      return 'float64';
    case 'bigint':
      return 'int64';
    case 'string':
      return 'string';
  }
  return Array.isArray(v) ? '[]interface {}' : 'map[string]interface {}';
}

/** fmt's `%t` of any value: bools print, anything else is `%!t(type=value)`, element-wise in lists and maps. */
export function goSprintT(v: GoValue | undefined, nested = false): string {
  if (v === null || v === undefined) return nested ? '<nil>' : '%!t(<nil>)';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map((x) => goSprintT(x, true)).join(' ')}]`;
  if (isMap(v)) {
    return `map[${sortedKeys(v)
      .map((k) => `${goSprintT(k, true)}:${goSprintT(v[k], true)}`)
      .join(' ')}]`;
  }
  return `%!t(${goTypeName(v)}=${goSprintV(v)})`;
}

/** Go's unicode.IsPrint, approximated with Unicode property classes (letters, marks, numbers, punctuation, symbols, ASCII space). */
function isPrint(cp: number): boolean {
  if (cp === 0x20) return true;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(cp));
}

function quoteWith(s: string, q: '"' | "'"): string {
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') {
      out += `\\${ch}`;
      continue;
    }
    if (cp < 0x80 ? cp >= 0x20 && cp < 0x7f : isPrint(cp)) {
      out += ch;
      continue;
    }
    switch (ch) {
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out + q;
}

/** strconv.Quote: Go's `%q` of a string. */
export function goQuote(s: string): string {
  return quoteWith(s, '"');
}

/** fmt's `%q` of a []rune: `['a' 'b']`. */
export function goQuoteRunes(runes: readonly string[]): string {
  return `[${runes.map((r) => quoteWith(r, "'")).join(' ')}]`;
}
