/** goyaml.v2 resolve.go: what a plain scalar would read back as. */
import { UINT64_MAX } from './json-round-trip.js';

/** resolve.go resolveMap: the YAML 1.1 words that are not strings when plain. */
export const RESOLVE_MAP = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
  '<<',
]); // prettier-ignore

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/**
 * Would this text, written plain, read back as a string? resolve.go `resolve("", s)`
 * returning the !!str tag. Only the first character's class decides which parses
 * are tried ("+-0-9" numbers and timestamps, "yYnNtTfFoO~" words, "." floats).
 */
export function resolvesToStr(s: string): boolean {
  if (s === '') return false; // the null word
  const c = s[0];
  const hint =
    c === '+' || c === '-' ? 'S' : c >= '0' && c <= '9' ? 'D' : 'yYnNtTfFoO~'.includes(c) ? 'M' : c === '.' ? '.' : '';
  if (hint === '') return true;
  if (RESOLVE_MAP.has(s)) return false;
  if (hint === 'M') return true;
  if (hint === '.') return !goParseFloatOk(s);
  if (parseTimestamp(s)) return false;
  // resolve.go drops every underscore before the number parses.
  const p = s.replaceAll('_', '');
  if (goParseInt(p, 0) !== undefined || goParseUint(p, 0) !== undefined) return false;
  if (YAML_STYLE_FLOAT.test(p) && Number.isFinite(Number(p))) return false;
  if (p.startsWith('0b')) {
    if (goParseInt(p.slice(2), 2) !== undefined || goParseUint(p.slice(2), 2) !== undefined) return false;
  } else if (p.startsWith('-0b')) {
    if (goParseInt('-' + p.slice(3), 2) !== undefined) return false;
  }
  return true;
}

/** strconv.ParseUint(s, base, 64) (s has no underscores); undefined on any error. */
function goParseUint(s: string, base: number): bigint | undefined {
  if (s === '') return undefined;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const p = s.length >= 3 ? s[1].toLowerCase() : '';
      if (p === 'b' || p === 'o' || p === 'x') {
        base = p === 'b' ? 2 : p === 'o' ? 8 : 16;
        s = s.slice(2);
      } else {
        // A leading 0 means octal ("0755"); "0" alone is zero.
        base = 8;
        s = s.slice(1);
      }
    }
  }
  let n = 0n;
  const b = BigInt(base);
  for (const ch of s) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return undefined;
    n = n * b + BigInt(d);
    if (n > UINT64_MAX) return undefined;
  }
  return n;
}

/** strconv.ParseInt(s, base, 64); undefined on any error. */
function goParseInt(s: string, base: number): bigint | undefined {
  if (s === '') return undefined;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const u = goParseUint(s, base);
  if (u === undefined) return undefined;
  if (neg ? u > 1n << 63n : u >= 1n << 63n) return undefined;
  return neg ? -u : u;
}

/**
 * strconv.ParseFloat(s, 64) succeeding, for s starting with "." (the only floats
 * resolve.go parses without its regexp): Go float syntax, underscores allowed
 * between digits, and no overflow to ±Inf (ErrRange).
 */
function goParseFloatOk(s: string): boolean {
  if (!/^\.[0-9_]*(?:[eE][-+]?[0-9][0-9_]*)?$/.test(s)) return false;
  if (!/^\.[0-9_]*[0-9]/.test(s)) return false; // at least one mantissa digit
  // strconv underscoreOK: each "_" between two digits.
  if (/_(?![0-9])|(?<![0-9])_/.test(s)) return false;
  return Number.isFinite(Number(s.replaceAll('_', '')));
}

/** encode.go isBase60Float: YAML 1.1 sexagesimal numbers ("1:20") stay quoted. */
export function isBase60Float(s: string): boolean {
  if (!/^[-+0-9]/.test(s) || !s.includes(':')) return false;
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}

/** resolve.go parseTimestamp: the four time.Parse layouts a plain scalar is tried against. */
function parseTimestamp(s: string): boolean {
  let i = 0;
  while (i < s.length && s[i] >= '0' && s[i] <= '9') i++;
  if (i !== 4 || i === s.length || s[i] !== '-') return false;
  return TIMESTAMP_LAYOUTS.some((layout) => goTimeParses(layout, s));
}

/**
 * "2006-1-2T15:4:5.999999999Z07:00", the same with "t", "2006-1-2 15:4:5.999999999"
 * and "2006-1-2", as time.Parse reads them: one-character literals and fields.
 */
const TIMESTAMP_LAYOUTS: readonly string[][] = [
  ['year', '-', 'month', '-', 'day', 'T', 'hour', ':', 'minute', ':', 'second', 'frac9', 'zone'],
  ['year', '-', 'month', '-', 'day', 't', 'hour', ':', 'minute', ':', 'second', 'frac9', 'zone'],
  ['year', '-', 'month', '-', 'day', ' ', 'hour', ':', 'minute', ':', 'second', 'frac9'],
  ['year', '-', 'month', '-', 'day'],
];

/** Go time.Parse(layout, s) succeeding, for the layouts above (UTC, no names). */
function goTimeParses(layout: readonly string[], value: string): boolean {
  let year = 0;
  let month = 0;
  let day = 0;
  const isDigit = (i: number) => i < value.length && value[i] >= '0' && value[i] <= '9';
  // time.getnum: one or two digits (never fixed-width in these layouts).
  const getnum = (): number | undefined => {
    if (!isDigit(0)) return undefined;
    if (!isDigit(1)) {
      const n = Number(value[0]);
      value = value.slice(1);
      return n;
    }
    const n = Number(value.slice(0, 2));
    value = value.slice(2);
    return n;
  };
  for (const part of layout) {
    if (part.length === 1) {
      if (part === ' ') {
        // time.skip: a layout space matches a run of spaces, or nothing at the end.
        if (value.length > 0 && value[0] !== ' ') return false;
        value = value.replace(/^ +/, '');
      } else {
        if (value[0] !== part) return false;
        value = value.slice(1);
      }
      continue;
    }
    switch (part) {
      case 'year':
        if (!/^[0-9]{4}/.test(value)) return false;
        year = Number(value.slice(0, 4));
        value = value.slice(4);
        break;
      case 'month': {
        const n = getnum();
        if (n === undefined || n < 1 || n > 12) return false;
        month = n;
        break;
      }
      case 'day': {
        const n = getnum();
        if (n === undefined) return false;
        day = n;
        break;
      }
      case 'hour': {
        const n = getnum();
        if (n === undefined || n >= 24) return false;
        break;
      }
      case 'minute':
      case 'second': {
        const n = getnum();
        if (n === undefined || n >= 60) return false;
        break;
      }
      case 'frac9': {
        // Optional: "." or "," and at least one digit, then any number of digits.
        if (value.length < 2 || (value[0] !== '.' && value[0] !== ',') || !isDigit(1)) break;
        let i = 1;
        while (isDigit(i)) i++;
        value = value.slice(i);
        break;
      }
      case 'zone': {
        if (value[0] === 'Z') {
          value = value.slice(1);
          break;
        }
        if (value.length < 6 || value[3] !== ':') return false;
        if (!/^[+-][0-9]{2}:[0-9]{2}/.test(value)) return false;
        const hr = Number(value.slice(1, 3));
        const mm = Number(value.slice(4, 6));
        if (hr > 24 || mm > 60) return false;
        value = value.slice(6);
        break;
      }
    }
  }
  if (value !== '') return false; // "extra text"
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysIn = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day >= 1 && day <= daysIn;
}
