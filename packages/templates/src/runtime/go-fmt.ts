/**
 * Go's fmt and strconv as text/template and sprig use them: `%v` of every Go
 * value in our model, `strconv.FormatFloat(f, 'g', -1, 64)`, `strconv.Quote`,
 * and the subset of `fmt.Sprintf` verbs the charts use (%s %d %v %q), with Go's
 * `%!verb(type=value)` output for mismatched arguments.
 */
import { isMap, sortedKeys, type GoValue } from '@polyaxon-render/values';

/**
 * strconv.FormatFloat(f, 'g', -1, 64), which is also fmt's `%v` of a float64:
 * shortest round-trip digits, exponent form when the exponent is < -4 or >= 6
 * (so 1000000 prints `1e+06`), exponent with at least two digits.
 */
export function formatFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  // Between 1e-4 and 1e6 Go and JavaScript both print the shortest digits without an exponent.
  const a = f < 0 ? -f : f;
  if (a >= 1e-4 && a < 1e6) return String(f);
  // JS gives the same shortest round-trip digits as Go; only the layout differs.
  const [mant, expStr] = f.toExponential().split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  // strconv ftoa.go: with shortest precision the %e/%f switch uses eprec = 6.
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${neg ? '-' : ''}${m}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  let s: string;
  if (exp < 0) {
    s = `0.${'0'.repeat(-exp - 1)}${digits}`;
  } else if (digits.length <= exp + 1) {
    s = digits + '0'.repeat(exp + 1 - digits.length);
  } else {
    s = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  return neg ? `-${s}` : s;
}

/** Go type name as fmt prints it in `%!s(float64=1)` and in template errors. */
export function goTypeName(v: GoValue | undefined): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return 'float64';
    case 'bigint':
      return 'int64';
  }
  return Array.isArray(v) ? '[]interface {}' : 'map[string]interface {}';
}

/**
 * fmt's `%v` (also fmt.Sprint / Fprint of a single operand). Nested nil prints
 * `<nil>`; maps print `map[k:v ...]` with keys sorted (fmt sorts map keys).
 */
export function formatV(v: GoValue | undefined): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return formatFloat(v);
    case 'bigint':
      return v.toString();
  }
  if (Array.isArray(v)) return `[${v.map(formatV).join(' ')}]`;
  if (isMap(v)) return `map[${sortedKeys(v).map((k) => `${k}:${formatV(v[k])}`).join(' ')}]`;
  return String(v);
}

/**
 * What `{{ x }}` writes: text/template prints a missing/nil value as "<no value>".
 * Helm deletes "<no value>" only from each file's final output (engine.go), so
 * it must stay in the text here: an `include` piped to `sha256sum` hashes it.
 */
export function printValue(v: GoValue | undefined): string {
  if (v === null || v === undefined) return '<no value>';
  return formatV(v);
}

/** fmt.Sprint of several operands: a space between operands when neither is a string. */
export function sprint(...args: (GoValue | undefined)[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(a);
  }
  return out;
}

const hex = '0123456789abcdef';

/** strconv.Quote: Go double-quoted string, printable Unicode kept, the rest escaped. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
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
    if (c >= 0xd800 && c <= 0xdfff) {
      // a lone surrogate is invalid UTF-8 in Go: strconv writes \ufffd's escape
      out += '\\ufffd';
    } else if (isGoPrintable(c)) {
      out += ch;
    } else if (c < 0x80) {
      out += `\\x${hex[c >> 4]}${hex[c & 15]}`;
    } else if (c < 0x10000) {
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else {
      out += `\\U${c.toString(16).padStart(8, '0')}`;
    }
  }
  return out + '"';
}

/** unicode.IsPrint approximated with JS Unicode properties (letters, marks, numbers, punctuation, symbols, ASCII space). */
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
function isGoPrintable(c: number): boolean {
  if (c === 0x20) return true;
  if (c < 0x20 || c === 0x7f) return false;
  if (c < 0x7f) return true;
  return printable.test(String.fromCodePoint(c));
}

/**
 * fmt.Sprintf for the verbs the charts use. A verb that doesn't fit its operand
 * prints Go's `%!d(string=x)` form; missing operands `%!s(MISSING)`; extra ones
 * `%!(EXTRA type=value)`.
 */
export function sprintf(format: string, ...args: (GoValue | undefined)[]): string {
  let out = '';
  let argi = 0;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const verb = format[++i];
    if (verb === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatVerb(verb, args[argi++]);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => `${goTypeName(a)}=${formatV(a)}`).join(', ') + ')';
  }
  return out;
}

function badVerb(verb: string, v: GoValue | undefined): string {
  if (v === null || v === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v)}=${formatV(v)})`;
}

function formatVerb(verb: string, v: GoValue | undefined): string {
  switch (verb) {
    case 'v':
      return formatV(v);
    case 's':
      if (typeof v === 'string') return v;
      if (Array.isArray(v)) return `[${v.map((x) => formatVerb('s', x)).join(' ')}]`;
      if (isMap(v)) return `map[${sortedKeys(v).map((k) => `${k}:${formatVerb('s', v[k])}`).join(' ')}]`;
      return badVerb(verb, v);
    case 'd':
      if (typeof v === 'bigint') return v.toString();
      if (Array.isArray(v)) return `[${v.map((x) => formatVerb('d', x)).join(' ')}]`;
      return badVerb(verb, v);
    case 'q':
      if (typeof v === 'string') return goQuote(v);
      if (Array.isArray(v)) return `[${v.map((x) => formatVerb('q', x)).join(' ')}]`;
      return badVerb(verb, v);
    default:
      return badVerb(verb, v);
  }
}
