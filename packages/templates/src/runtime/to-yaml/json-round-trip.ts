/**
 * Steps 1-2 of sigs.k8s.io/yaml.Marshal: encoding/json.Marshal, then goyaml.v2
 * Unmarshal of the JSON text into interface{}, computed per value.
 */
import { type GoValue, isMap, newMap, setKey, sortByBytes } from '@polyaxon-render/values';
import { goJsonFloat } from '../to-json.js';

/** The JSON text would make goyaml.v2's reader/scanner/parser fail (sigs.k8s.io JSONToYAML error). */
export class YamlDecodeError extends Error {
  override name = 'YamlDecodeError';
}

export const INT64_MIN = -(1n << 63n);
export const UINT64_MAX = (1n << 64n) - 1n;

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
