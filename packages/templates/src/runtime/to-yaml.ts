/**
 * Helm's `toYaml` template function (helm pkg/engine/funcs.go `toYAML`, v3.17.3):
 * `sigs.k8s.io/yaml.Marshal(v)` with the final "\n" trimmed, or "" on any error.
 *
 * sigs.k8s.io/yaml v1.4.0 Marshal is three steps, reproduced here:
 *   1. encoding/json.Marshal(v)                      -> `jsonRoundTrip` (with to-json.ts)
 *   2. goyaml.v2 Unmarshal of that JSON text into interface{}: numbers become
 *      int/uint64/float64 by YAML resolution, strings come back (almost) unchanged
 *   3. goyaml.v2 Marshal of the result               -> `yamlV2Marshal`
 * Step 2 is not a YAML parser: the JSON text is regular enough that its effect can
 * be computed per value (see jsonRoundTrip); the few inputs that make the YAML
 * reader or scanner fail are detected and give "" as Helm does.
 *
 * Step 3 ports go-yaml v2.4.0 (vendored as sigs.k8s.io/yaml/goyaml.v2): encode.go
 * (which style each scalar asks for), resolve.go (what a plain scalar would read
 * back as), sorter.go (the "natural" key order) and emitterc.go (libyaml's emitter:
 * indentation, quoting and folding at 80 columns). Function names below follow the
 * Go ones so the two can be read side by side.
 */
import {
  sortByBytes,
  formatFloatG,
  isMap,
  newMap,
  noteShallowRead,
  setKey,
  type GoMap,
  type GoValue,
} from '@polyaxon-render/values';
import { GoJsonError, goJsonFloat } from './to-json.js';

/** Helm's toYaml. */
export function toYaml(v: GoValue | undefined): string {
  return marshalTrimmed(v);
}

function marshalTrimmed(v: GoValue | undefined): string {
  return directYaml(v) ?? fullYaml(v);
}

/** marshalTrimmed the whole way: JSON, the JSON text read back, the yaml.v2 emitter. */
export function fullYaml(v: GoValue | undefined): string {
  let text: string;
  try {
    text = yamlV2Marshal(jsonRoundTrip(v));
  } catch (e) {
    // funcs.go toYAML: "Swallow errors inside of a template."
    if (e instanceof GoJsonError || e instanceof YamlDecodeError) return '';
    throw e;
  }
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

// ---------------------------------------------------------------------------
// The direct path: what the three steps below produce, written straight out for
// the values templates print most (resources, selectors, security contexts):
// maps and lists of plain-looking strings, numbers, booleans and nulls. Any other
// value goes the full way; a property test compares the two on generated values.
// ---------------------------------------------------------------------------

/**
 * Strings that come back unchanged from JSON, read back as strings when plain
 * (no YAML 1.1 number, time or word: checked with RESOLVE_MAP) and that the
 * emitter writes plain on one line, keys included: a first character that is no
 * sign, dot, blank or indicator other than ":", then no blank, "#", "," or
 * bracket, and no ":" at the end (a ":" before a non-blank is no indicator in
 * block context, as in ":5000"). A leading digit must be followed somewhere by a
 * letter no number or timestamp syntax has (not a-f, o, t, x, z: hex digits,
 * prefixes 0o/0x, exponents, "T", "Z"), as in "150m" or "200Mi"; base 60
 * numbers ("1:20") have none either.
 */
const DIRECT_STRING = /^(?:[A-Za-z_/:]|[0-9](?=[\w./:-]*[g-np-suvwyG-NP-SU-WY]))[\w./:-]*(?<!:)$/;

/** Keys up to 128 bytes are simple keys ("key: value"); DIRECT_STRING keys are ASCII. */
const SIMPLE_KEY_MAX = 128;

/** Keys whose natural order (keyLess) is their byte order: letters only. */
const LETTER_KEY = /^[A-Za-z]+$/;

/** marshalTrimmed's text for a value the direct path covers, else undefined. */
export function directYaml(v: GoValue | undefined): string | undefined {
  if (typeof v !== 'object' || v === null) return directScalar(v);
  if (Array.isArray(v)) return v.length === 0 ? '[]' : trimEnd(directSeq(v, '', false));
  const keys = directKeys(v);
  if (keys === undefined) return undefined;
  return keys.length === 0 ? '{}' : trimEnd(directMap(v, keys, '', false));
}

function trimEnd(text: string | undefined): string | undefined {
  return text === undefined ? undefined : text.slice(0, -1);
}

/** A scalar's plain text, as jsonRoundTrip then toNode/writePlainScalar give it. */
function directScalar(x: GoValue | undefined): string | undefined {
  switch (typeof x) {
    case 'string':
      return DIRECT_STRING.test(x) && !RESOLVE_MAP.has(x) ? x : undefined;
    case 'boolean':
      return x ? 'true' : 'false';
    case 'number':
      // A whole float64 comes back from JSON as an int (-0 as 0); others as the same float.
      if (Number.isSafeInteger(x)) return String(x);
      return Number.isFinite(x) && !Number.isInteger(x) ? formatFloatG(x) : undefined;
    case 'bigint':
      return x >= INT64_MIN && x <= UINT64_MAX ? x.toString() : undefined;
    case 'undefined':
      return 'null';
  }
  return x === null ? 'null' : undefined;
}

/**
 * A map's keys that hold a value, in yaml.v2's order, or undefined when one is
 * not a DIRECT_STRING. The order is found as the full path finds it: keys by
 * bytes (json.Marshal), then a stable sort by keyLess (for ASCII keys, no
 * integer-like ones, JavaScript's default sort is the byte order and
 * Object.keys keeps insertion order).
 */
function directKeys(m: GoMap): string[] | undefined {
  noteShallowRead(m);
  const all = Object.keys(m);
  let letters = true;
  for (const k of all) {
    if (k.length > SIMPLE_KEY_MAX || !DIRECT_STRING.test(k) || RESOLVE_MAP.has(k)) return undefined;
    if (letters && !LETTER_KEY.test(k)) letters = false;
  }
  const keys = all.length > 1 ? all.sort() : all;
  const live = keys.filter((k) => m[k] !== undefined);
  return letters || live.length < 2 ? live : sortKeyList(live);
}

/** After "key:": the value on the same line, or a block below it. */
function directAfterKey(x: GoValue | undefined, pad: string): string | undefined {
  if (typeof x !== 'object' || x === null) {
    const s = directScalar(x);
    return s === undefined ? undefined : ' ' + s + '\n';
  }
  if (Array.isArray(x)) {
    if (x.length === 0) return ' []\n';
    // A sequence that is a mapping value is not indented ("key:\n- item").
    const body = directSeq(x, pad, false);
    return body === undefined ? undefined : '\n' + body;
  }
  const keys = directKeys(x);
  if (keys === undefined) return undefined;
  if (keys.length === 0) return ' {}\n';
  const body = directMap(x, keys, pad + '  ', false);
  return body === undefined ? undefined : '\n' + body;
}

/** After "-": the item; a collection starts on the dash's line ("- a: 1", "- - 1"). */
function directAfterDash(x: GoValue | undefined, pad: string): string | undefined {
  if (typeof x !== 'object' || x === null) {
    const s = directScalar(x);
    return s === undefined ? undefined : ' ' + s + '\n';
  }
  if (Array.isArray(x)) {
    if (x.length === 0) return ' []\n';
    const body = directSeq(x, pad + '  ', true);
    return body === undefined ? undefined : ' ' + body;
  }
  const keys = directKeys(x);
  if (keys === undefined) return undefined;
  if (keys.length === 0) return ' {}\n';
  const body = directMap(x, keys, pad + '  ', true);
  return body === undefined ? undefined : ' ' + body;
}

/** A block mapping's lines at indentation `pad`; `inline`: the first follows a dash. */
function directMap(m: GoMap, keys: string[], pad: string, inline: boolean): string | undefined {
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const rest = directAfterKey(m[keys[i]], pad);
    if (rest === undefined) return undefined;
    out += (inline && i === 0 ? '' : pad) + keys[i] + ':' + rest;
  }
  return out;
}

/** A block sequence's lines at indentation `pad`; `inline`: the first follows a dash. */
function directSeq(a: GoValue[], pad: string, inline: boolean): string | undefined {
  let out = '';
  for (let i = 0; i < a.length; i++) {
    const rest = directAfterDash(a[i], pad);
    if (rest === undefined) return undefined;
    out += (inline && i === 0 ? '' : pad) + '-' + rest;
  }
  return out;
}

/** The JSON text would make goyaml.v2's reader/scanner/parser fail (sigs.k8s.io JSONToYAML error). */
export class YamlDecodeError extends Error {
  override name = 'YamlDecodeError';
}

// ---------------------------------------------------------------------------
// Steps 1-2: json.Marshal, then goyaml.v2 Unmarshal of the JSON text.
// ---------------------------------------------------------------------------

const INT64_MIN = -(1n << 63n);
const UINT64_MAX = (1n << 64n) - 1n;

/**
 * What goyaml.v2 decodes from json.Marshal(v): a value whose numbers are the
 * YAML-resolved ones (bigint for int/int64/uint64, number for float64) and whose
 * strings are what the YAML scanner reads back. Throws GoJsonError where
 * json.Marshal fails and YamlDecodeError where the YAML decoder fails.
 */
export function jsonRoundTrip(v: GoValue | undefined): GoValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return resolveJsonNumber(goJsonFloat(v));
    case 'bigint':
      return resolveJsonNumber(v.toString());
    case 'string':
      return roundTripString(v, false);
  }
  if (Array.isArray(v)) return v.map((x) => jsonRoundTrip(x));
  if (isMap(v)) {
    const out = newMap();
    noteShallowRead(v);
    // Later keys win on a (rare) collision, as yaml.v2 keeps the last duplicate;
    // json.Marshal writes keys in byte order.
    for (const k of sortByBytes(Object.keys(v))) {
      const x = v[k];
      if (x === undefined) continue;
      if (jsonKeyLength(k) > 1024) {
        // scannerc.go yaml_simple_key_is_valid: a simple key must end within 1024
        // characters of its start; in a flow mapping the key is then not a key and
        // the parser fails ("did not find expected ',' or '}'").
        throw new YamlDecodeError('simple key longer than 1024 characters');
      }
      setKey(out, roundTripString(k, true), jsonRoundTrip(x));
    }
    return out;
  }
  throw new TypeError(`toYaml: not a Go value: ${String(v)}`);
}

/**
 * resolve.go on a JSON number: ParseInt, then ParseUint, then a float. JSON of a
 * whole float64 is a digit string, so 1000000.0 comes back as the int 1000000,
 * -0 as 0, and 1e20 (too big for int64/uint64) as the float 1e+20.
 */
function resolveJsonNumber(text: string): GoValue {
  if (/^-?[0-9]+$/.test(text)) {
    const n = BigInt(text);
    if (n >= INT64_MIN && n <= UINT64_MAX) return n;
  }
  return Number(text);
}

/**
 * A JSON string read back by goyaml.v2. Everything encoding/json writes escaped
 * comes back as it was; what it writes raw goes through the YAML reader and the
 * double-quoted scalar scanner, which differ from JSON in three ways:
 *   - readerc.go refuses DEL, the C1 controls other than NEL, U+FFFE and U+FFFF
 *     ("control characters are not allowed");
 *   - NEL (U+0085) is a YAML line break: inside quotes it folds with the spaces
 *     around it (one NEL -> one space, n NELs -> n-1 newlines), and a key with a
 *     line break is no simple key, which fails the flow mapping;
 *   - a NEL-started line that begins with `---` or `...` and a blank is a
 *     document marker, an error inside a quoted scalar.
 * Unpaired surrogates stand for invalid UTF-8, which json.Marshal writes as
 * \ufffd.
 */
function roundTripString(s: string, isKey: boolean): string {
  s = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  if (/[\x7f-\x84\x86-\x9f\ufffe\uffff]/.test(s)) {
    throw new YamlDecodeError('control characters are not allowed');
  }
  if (!s.includes('\x85')) return s;
  if (isKey) throw new YamlDecodeError('a key with a line break is not a simple key');
  return foldNel(s);
}

/** scannerc.go yaml_parser_scan_flow_scalar's blank handling, where the only raw blanks are ' ' and NEL. */
function foldNel(s: string): string {
  let out = '';
  let i = 0;
  let atLineStart = false;
  for (;;) {
    if (atLineStart && /^(---|\.\.\.)[ \x85]/.test(s.slice(i, i + 4))) {
      throw new YamlDecodeError('found unexpected document indicator');
    }
    while (i < s.length && s[i] !== ' ' && s[i] !== '\x85') out += s[i++];
    if (i >= s.length) return out;
    let whitespaces = '';
    let leadingBlanks = false;
    let trailingBreaks = '';
    atLineStart = false;
    while (i < s.length && (s[i] === ' ' || s[i] === '\x85')) {
      if (s[i] === ' ') {
        if (!leadingBlanks) whitespaces += ' ';
        atLineStart = false;
      } else {
        if (!leadingBlanks) {
          whitespaces = '';
          leadingBlanks = true;
        } else {
          trailingBreaks += '\n';
        }
        atLineStart = true;
      }
      i++;
    }
    // A NEL reads as the line break "\n", and a lone "\n" folds to a space.
    if (leadingBlanks) out += trailingBreaks === '' ? ' ' : trailingBreaks;
    else out += whitespaces;
  }
}

/** Characters of a key as json.Marshal writes it, quotes included (what the YAML scanner counts). */
function jsonKeyLength(k: string): number {
  let n = 2;
  for (const ch of k) {
    const c = ch.codePointAt(0)!;
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) n += 2;
    else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) n += 6;
    else if (c >= 0xd800 && c <= 0xdfff) n += 6;
    else n += 1;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Step 3: goyaml.v2 Marshal.
// ---------------------------------------------------------------------------

/** yaml_scalar_style_t values the encoder and emitter use (folded `>` never is). */
type Style = 'plain' | 'single' | 'double' | 'literal';

type Node =
  | { kind: 'scalar'; value: string; style: Style }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'map'; pairs: [Node, Node][] };

/**
 * goyaml.v2 Marshal of a Go value as it comes out of Unmarshal into interface{}:
 * bigint is an int (printed in decimal), number a float64 (strconv 'g' format, so
 * 1e+06), maps are sorted in yaml.v2's natural key order. Ends with "\n".
 * Strings must be valid Unicode (no unpaired surrogates).
 */
export function yamlV2Marshal(v: GoValue | undefined): string {
  const e = new Emitter();
  e.emitDocument(toNode(v));
  return e.output();
}

/** encode.go marshal: the event each Go value turns into. */
function toNode(v: GoValue | undefined): Node {
  if (v === null || v === undefined) return plain('null');
  switch (typeof v) {
    case 'boolean':
      return plain(v ? 'true' : 'false');
    case 'bigint':
      return plain(v.toString());
    case 'number':
      return plain(formatYamlFloat(v));
    case 'string':
      return stringNode(v);
  }
  if (Array.isArray(v)) return { kind: 'seq', items: v.map((x) => toNode(x)) };
  if (isMap(v)) {
    const pairs: [Node, Node][] = [];
    for (const k of sortKeys(v)) {
      const x = v[k];
      if (x === undefined) continue;
      pairs.push([stringNode(k), toNode(x)]);
    }
    return { kind: 'map', pairs };
  }
  throw new TypeError(`toYaml: not a Go value: ${String(v)}`);
}

function plain(value: string): Node {
  return { kind: 'scalar', value, style: 'plain' };
}

/** encode.go floatv: FormatFloat(f, 'g', -1, 64) with YAML's spellings of the specials. */
function formatYamlFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (f === Infinity) return '.inf';
  if (f === -Infinity) return '-.inf';
  return formatFloatG(f);
}

/**
 * encode.go stringv: a literal block when the string has a "\n", plain when the
 * plain text would read back as the same string, double-quoted otherwise. The
 * emitter may still downgrade these (select_scalar_style).
 */
function stringNode(s: string): Node {
  let style: Style;
  if (s.includes('\n')) style = 'literal';
  else if (resolvesToStr(s) && !isBase60Float(s)) style = 'plain';
  else style = 'double';
  return { kind: 'scalar', value: s, style };
}

// --- resolve.go ------------------------------------------------------------

/** resolve.go resolveMap: the YAML 1.1 words that are not strings when plain. */
const RESOLVE_MAP = new Set([
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
function isBase60Float(s: string): boolean {
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

// --- sorter.go -------------------------------------------------------------

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
function sortKeys(m: GoMap): string[] {
  return sortKeyList(Object.keys(m));
}

/** sortKeys on a list of keys (a stable sort: equal and unordered keys keep their places). */
function sortKeyList(list: string[]): string[] {
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

// --- emitterc.go -----------------------------------------------------------

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

function isSpace(c: number | undefined): boolean {
  return c === 0x20;
}
function isBreak(c: number | undefined): boolean {
  return c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
}
function isBlank(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09;
}
/** is_blankz: blank, break, or NUL (a NUL inside the value counts too). */
function isBlankz(c: number | undefined): boolean {
  return isBlank(c) || isBreak(c) || c === 0;
}
/**
 * yamlprivateh.go is_printable on UTF-8 bytes, as code points: LF, printable
 * ASCII, U+00A0..U+D7FF and U+E000..U+FFFD without the BOM. Nothing outside the
 * BMP is "printable", so emoji end up \U-escaped in double quotes.
 */
function isPrintable(c: number): boolean {
  return (
    c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff)
  );
}

function utf8Length(cps: number[]): number {
  let n = 0;
  for (const c of cps) n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  return n;
}

/** yaml_emitter_analyze_scalar's verdicts. */
interface ScalarAnalysis {
  multiline: boolean;
  flowPlainAllowed: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

function analyzeScalar(v: number[]): ScalarAnalysis {
  if (v.length === 0) {
    return {
      multiline: false,
      flowPlainAllowed: false,
      blockPlainAllowed: true,
      singleQuotedAllowed: true,
      blockAllowed: false,
    };
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;

  if (
    v.length >= 3 &&
    ((v[0] === 0x2d && v[1] === 0x2d && v[2] === 0x2d) || (v[0] === 0x2e && v[1] === 0x2e && v[2] === 0x2e))
  ) {
    // A leading "---" or "..." would read as a document marker.
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    const followedByWhitespace = i + 1 >= v.length || isBlank(v[i + 1]);
    const ch = String.fromCharCode(c);
    if (i === 0) {
      if (c < 0x80 && '#,[]{}&*!|>\'"%@`'.includes(ch)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (c === 0x3f || c === 0x3a) {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (c === 0x2d && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (c < 0x80 && ',?[]{}'.includes(ch)) {
      flowIndicators = true;
    } else if (c === 0x3a) {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (c === 0x23 && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }

    if (!isPrintable(c)) specialCharacters = true; // emitter.unicode is on: only unprintables count
    if (isSpace(c)) {
      if (i === 0) leadingSpace = true;
      if (i === v.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === v.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankz(c);
  }

  const a: ScalarAnalysis = {
    multiline: lineBreaks,
    flowPlainAllowed: true,
    blockPlainAllowed: true,
    singleQuotedAllowed: true,
    blockAllowed: true,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
  }
  if (spaceBreak || specialCharacters) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
    a.blockAllowed = false;
  }
  if (lineBreaks) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (flowIndicators) a.flowPlainAllowed = false;
  if (blockIndicators) a.blockPlainAllowed = false;
  return a;
}

/**
 * libyaml's emitter as goyaml.v2 drives it (block style, indent 2, width 80,
 * unicode on, "\n" breaks), walking the value instead of an event queue: the
 * queue only serves to look ahead for empty collections and simple keys, which
 * the tree answers directly.
 */
class Emitter {
  private readonly out: string[] = [];
  private column = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private whitespace = true;
  private indention = true;
  private flowLevel = 0;
  private mappingContext = false;
  private simpleKeyContext = false;

  output(): string {
    return this.out.join('');
  }

  /** Stream start, implicit document start, the root node, implicit document end. */
  emitDocument(root: Node): void {
    this.emitNode(root, false, false);
    this.writeIndent();
  }

  private emitNode(node: Node, mapping: boolean, simpleKey: boolean): void {
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    switch (node.kind) {
      case 'scalar':
        this.emitScalar(node.value, node.style);
        return;
      case 'seq':
        if (this.flowLevel > 0 || node.items.length === 0) this.emitEmptyFlow('[', ']');
        else this.emitBlockSequence(node.items);
        return;
      case 'map':
        if (this.flowLevel > 0 || node.pairs.length === 0) this.emitEmptyFlow('{', '}');
        else this.emitBlockMapping(node.pairs);
        return;
    }
  }

  /** yaml_emitter_emit_flow_{sequence_item,mapping_key} for a collection with no items. */
  private emitEmptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.flowLevel++;
    this.flowLevel--;
    this.popIndent();
    this.writeIndicator(close, false, false, false);
  }

  private emitBlockSequence(items: Node[]): void {
    // A sequence that is a mapping value is not indented ("key:\n- item").
    this.increaseIndent(false, this.mappingContext && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.emitNode(item, false, false);
    }
    this.popIndent();
  }

  private emitBlockMapping(pairs: [Node, Node][]): void {
    this.increaseIndent(false, false);
    for (const [key, value] of pairs) {
      this.writeIndent();
      if (this.checkSimpleKey(key)) {
        this.emitNode(key, true, true);
        this.writeIndicator(':', false, false, false);
      } else {
        // A multi-line or over-long key is written "? key\n: value".
        this.writeIndicator('?', true, false, true);
        this.emitNode(key, true, false);
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.emitNode(value, true, false);
    }
    this.popIndent();
  }

  /** yaml_emitter_check_simple_key: one line and at most 128 bytes. */
  private checkSimpleKey(node: Node): boolean {
    if (node.kind === 'seq') return node.items.length === 0;
    if (node.kind === 'map') return node.pairs.length === 0;
    const v = Array.from(node.value, (c) => c.codePointAt(0)!);
    if (analyzeScalar(v).multiline) return false;
    return utf8Length(v) <= 128;
  }

  private emitScalar(value: string, requested: Style): void {
    const v = Array.from(value, (c) => c.codePointAt(0)!);
    const style = this.selectScalarStyle(v, requested);
    this.increaseIndent(true, false);
    const allowBreaks = !this.simpleKeyContext;
    switch (style) {
      case 'plain':
        this.writePlainScalar(v, allowBreaks);
        break;
      case 'single':
        this.writeSingleQuotedScalar(v, allowBreaks);
        break;
      case 'double':
        this.writeDoubleQuotedScalar(v, allowBreaks);
        break;
      case 'literal':
        this.writeLiteralScalar(v);
        break;
    }
    this.popIndent();
  }

  /** yaml_emitter_select_scalar_style (no tags, no canonical mode). */
  private selectScalarStyle(v: number[], requested: Style): Style {
    const a = analyzeScalar(v);
    let style = requested;
    if (this.simpleKeyContext && a.multiline) style = 'double';
    if (style === 'plain') {
      if ((this.flowLevel > 0 && !a.flowPlainAllowed) || (this.flowLevel === 0 && !a.blockPlainAllowed)) {
        style = 'single';
      }
      if (v.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = 'single';
    }
    if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
    if (style === 'literal' && (!a.blockAllowed || this.flowLevel > 0 || this.simpleKeyContext)) {
      style = 'double';
    }
    return style;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  private put(ch: string): void {
    this.out.push(ch);
    this.column++;
  }

  private putBreak(): void {
    this.out.push('\n');
    this.column = 0;
  }

  private write(c: number): void {
    this.out.push(String.fromCodePoint(c));
    this.column++;
  }

  /** write_break: "\n" as the configured break; other breaks (NEL, LS, PS, CR) copied as they are. */
  private writeBreak(c: number): void {
    if (c === 0x0a) {
      this.putBreak();
    } else {
      this.write(c);
      this.column = 0;
    }
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.putBreak();
    }
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const ch of indicator) this.put(ch);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** Long plain scalars fold at a single space once past column 80. */
  private writePlainScalar(v: number[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && !isSpace(v[i + 1])) {
          this.writeIndent();
        } else {
          this.write(c);
        }
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.write(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingleQuotedScalar(v: number[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < v.length - 1 && !isSpace(v[i + 1])) {
          this.writeIndent();
        } else {
          this.write(c);
        }
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (c === 0x27) this.put("'");
        this.write(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuotedScalar(v: number[], allowBreaks: boolean): void {
    // is_bom looks at the start of the value, not at i: a value that starts with a
    // BOM has every character escaped (a libyaml quirk kept by goyaml.v2).
    const startsWithBom = v[0] === 0xfeff;
    let spaces = false;
    this.writeIndicator('"', true, false, false);
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (!isPrintable(c) || startsWithBom || isBreak(c) || c === 0x22 || c === 0x5c) {
        this.put('\\');
        const short = DOUBLE_QUOTED_ESCAPES.get(c);
        if (short !== undefined) {
          this.put(short);
        } else {
          const [letter, width] = c <= 0xff ? ['x', 2] : c <= 0xffff ? ['u', 4] : ['U', 8];
          this.put(letter);
          for (const d of c.toString(16).toUpperCase().padStart(width, '0')) this.put(d);
        }
        spaces = false;
      } else if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < v.length - 1) {
          this.writeIndent();
          // A space at the start of a continuation line would be folded away: escape it.
          if (isSpace(v[i + 1])) this.put('\\');
        } else {
          this.write(c);
        }
        spaces = true;
      } else {
        this.write(c);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /** yaml_emitter_write_block_scalar_hints: indentation hint and chomping indicator. */
  private writeBlockScalarHints(v: number[]): void {
    if (isSpace(v[0]) || isBreak(v[0])) {
      this.writeIndicator(String(BEST_INDENT), false, false, false);
    }
    let chomp = '';
    if (v.length === 0 || !isBreak(v[v.length - 1])) chomp = '-';
    else if (v.length === 1 || isBreak(v[v.length - 2])) chomp = '+';
    if (chomp !== '') this.writeIndicator(chomp, false, false, false);
  }

  private writeLiteralScalar(v: number[]): void {
    this.writeIndicator('|', true, false, false);
    this.writeBlockScalarHints(v);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of v) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.write(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

/** The short escapes yaml_emitter_write_double_quoted_scalar uses. */
const DOUBLE_QUOTED_ESCAPES = new Map<number, string>([
  [0x00, '0'],
  [0x07, 'a'],
  [0x08, 'b'],
  [0x09, 't'],
  [0x0a, 'n'],
  [0x0b, 'v'],
  [0x0c, 'f'],
  [0x0d, 'r'],
  [0x1b, 'e'],
  [0x22, '"'],
  [0x5c, '\\'],
  [0x85, 'N'],
  [0xa0, '_'],
  [0x2028, 'L'],
  [0x2029, 'P'],
]);
