/**
 * Go's fmt and strconv as Helm prints values, for every package: `%v` of a
 * value (coalesce warnings, a template action printing x), `%t` of a non-bool (coalesce's type
 * mismatch error), `%q` of a string or rune list (strvals errors, sprig quote),
 * fmt.Sprint and the fmt.Sprintf verbs the charts use, float formatting
 * ('g', shortest) and Go's dynamic type names.
 */
import { sortedKeys, type GoValue } from './go-value.js';

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
  // Between 1e-4 and 1e6 Go and JavaScript both print the shortest digits without an exponent.
  const a = v < 0 ? -v : v;
  if (bits === 64 && a >= 1e-4 && a < 1e6) return String(v);
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  const f = bits === 32 ? Math.fround(a) : a;
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

/** fmt's `%v` of a decoded value (also fmt.Sprint of one operand): `map[a:1 b:[x y]]`, `<nil>`, floats as 'g'. */
export function formatV(v: GoValue | undefined): string {
  // Strings, most of what templates print, as they are: one call instead of two.
  return typeof v === 'string' ? v : formatVerb('v', v);
}

/** fmt's `%t` of any value: bools print, anything else is `%!t(type=value)`, element-wise in lists and maps. */
export function formatT(v: GoValue | undefined): string {
  return formatVerb('t', v);
}

/**
 * The dynamic Go type of a non-nil decoded value, as fmt's `%!verb(type=value)`
 * and template errors name it. A nil interface is `nil` (how a failed interface
 * conversion names it); fmt prints nil operands without a type (`%!s(<nil>)`).
 */
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

/**
 * fmt's printing of one operand under a verb (printArg/printValue) for the verbs
 * the charts use: %v of anything, %t of bools, %s and %q of strings, %d of ints.
 * A verb that does not fit prints `%!d(string=x)`; lists and maps apply the verb
 * to each element (map keys too, sorted), and a nil inside them prints `<nil>`.
 * Float and other integer verbs (%f, %x, ...) are not modelled: they print as mismatches.
 */
export function formatVerb(verb: string, v: GoValue | undefined, nested = false): string {
  if (v === null || v === undefined) return nested || verb === 'v' ? '<nil>' : `%!${verb}(<nil>)`;
  switch (typeof v) {
    case 'boolean':
      if (verb === 'v' || verb === 't') return v ? 'true' : 'false';
      break;
    case 'number':
      if (verb === 'v') return formatFloatG(v);
      break;
    case 'bigint':
      if (verb === 'v' || verb === 'd') return v.toString();
      break;
    case 'string':
      if (verb === 'v' || verb === 's') return v;
      if (verb === 'q') return goQuote(v);
      break;
    default:
      if (Array.isArray(v)) return `[${v.map((x) => formatVerb(verb, x, true)).join(' ')}]`;
      // fmt prints maps with their keys sorted.
      return `map[${sortedKeys(v)
        .map((k) => `${formatVerb(verb, k, true)}:${formatVerb(verb, v[k], true)}`)
        .join(' ')}]`;
  }
  return `%!${verb}(${goTypeName(v)}=${formatV(v)})`;
}

/** fmt.Sprint: operands as %v, with a space between two operands when neither is a string. */
export function sprint(...args: (GoValue | undefined)[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(a);
  }
  return out;
}

/**
 * fmt.Sprintf for single-letter verbs (no flags, width or precision): missing
 * operands print `%!s(MISSING)`, a lone `%` at the end `%!(NOVERB)`, and unused
 * ones `%!(EXTRA type=value, <nil>)`.
 */
export function sprintf(format: string, ...args: (GoValue | undefined)[]): string {
  return sprintfWith(format, args, formatVerb, formatExtra);
}

/** An unused operand in `%!(EXTRA …)`. */
function formatExtra(a: GoValue | undefined): string {
  return a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${formatV(a)}`;
}

/**
 * sprintf's verb scanning for operands of the caller's own kinds (tpl has Go
 * `int`s as well): `verb` prints one operand, `extra` one unused operand.
 */
export function sprintfWith<T>(
  format: string,
  args: readonly T[],
  verb: (verb: string, arg: T) => string,
  extra: (arg: T) => string,
): string {
  let out = '';
  let argi = 0;
  for (let i = 0; i < format.length; i++) {
    // The text up to the next verb in one piece.
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    if (pct > i) out += format.slice(i, pct);
    i = pct;
    const v = format[++i];
    if (v === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    if (v === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${v}(MISSING)`;
      continue;
    }
    out += verb(v, args[argi++]);
  }
  if (argi < args.length) out += `%!(EXTRA ${args.slice(argi).map(extra).join(', ')})`;
  return out;
}

/** Built on first use: a Unicode-property regexp costs about a millisecond to compile, and most renders print ASCII only. */
let printable: RegExp | undefined;

/** Go's unicode.IsPrint (strconv.IsPrint), approximated with Unicode property classes (letters, marks, numbers, punctuation, symbols, ASCII space). */
export function isPrint(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
  return (printable ??= /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u).test(String.fromCodePoint(cp));
}

function quoteWith(s: string, q: '"' | "'"): string {
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') {
      out += `\\${ch}`;
      continue;
    }
    if (isPrint(cp)) {
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
    // A lone surrogate is invalid UTF-8 in Go: strconv writes the escape of U+FFFD.
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out + q;
}

/** Printable ASCII: strconv.Quote escapes only `"` and `\\` in it. */
const printableAscii = /^[\x20-\x7e]*$/;

/** Printable ASCII but `"` and `\\`: what strconv.Quote writes as it is. */
const plainQuoted = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** strconv.Quote: Go's `%q` of a string. */
export function goQuote(s: string): string {
  // Most quoted values (names, numbers, base64 secrets) need no escape: one test, no searches.
  if (plainQuoted.test(s)) return '"' + s + '"';
  // Printable ASCII (JSON text): only quotes and backslashes to escape, no rune loop.
  if (printableAscii.test(s)) {
    if (s.includes('\\')) s = s.replaceAll('\\', '\\\\');
    return `"${s.includes('"') ? s.replaceAll('"', '\\"') : s}"`;
  }
  return quoteWith(s, '"');
}

/** fmt's `%q` of a []rune: `['a' 'b']`. */
export function goQuoteRunes(runes: readonly string[]): string {
  return `[${runes.map((r) => quoteWith(r, "'")).join(' ')}]`;
}
