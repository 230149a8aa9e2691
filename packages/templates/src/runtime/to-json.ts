/**
 * Helm's `toJson` template function (helm pkg/engine/funcs.go `toJSON`, v3.17.3):
 * Go's `encoding/json.Marshal` of the value, or "" when Marshal fails.
 *
 * The encoder here is a port of the parts of encoding/json (Go 1.23, the Go that
 * built Helm 3.17.3) that our value model can reach:
 *   - map keys sorted by bytes,
 *   - strings escaped with HTML escaping on (`<` `>` `&` as `\u003c` `\u003e` `\u0026`),
 *     U+2028/U+2029 escaped, invalid UTF-8 as `\ufffd`,
 *   - float64 printed the way encoding/json's floatEncoder does, int64 as digits,
 *   - NaN and ±Inf are errors (json.UnsupportedValueError).
 */
import { isMap, sortByBytes, type GoValue } from '@polyaxon-render/values';

/** encoding/json refused the value (only NaN/±Inf in our model). */
export class GoJsonError extends Error {
  override name = 'GoJsonError';
}

/** Helm's toJson: json.Marshal, with the error swallowed into "". */
export function toJson(v: GoValue | undefined): string {
  try {
    return goJsonMarshal(v);
  } catch (e) {
    // funcs.go toJSON: "Swallow errors inside of a template."
    if (e instanceof GoJsonError) return '';
    throw e;
  }
}

/** encoding/json.Marshal; throws GoJsonError where Go returns an error. */
export function goJsonMarshal(v: GoValue | undefined): string {
  return encodeValue(v);
}

/**
 * One value's JSON text. Built by concatenation, which the engine keeps as a rope until the
 * text is read: an array of parts and a join cost more, and grew worse than linearly with
 * thousands of values (the array's copies as it grows, in large-object space).
 */
function encodeValue(v: GoValue | undefined): string {
  // A nil interface{} (and a missing value, which templates see as nil) is `null`.
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return goJsonFloat(v);
    case 'bigint':
      return v.toString();
    case 'string':
      return goJsonString(v);
  }
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out += ',';
      out += encodeValue(v[i]);
    }
    return out + ']';
  }
  if (isMap(v)) {
    // encoding/json sorts map[string]T keys by their bytes.
    const keys = sortByBytes(Object.keys(v));
    let out = '{';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const x = v[keys[i]];
      if (x === undefined) continue;
      if (!first) out += ',';
      first = false;
      out += goJsonString(keys[i]) + ':' + encodeValue(x);
    }
    return out + '}';
  }
  throw new TypeError(`toJson: not a Go value: ${String(v)}`);
}

/**
 * encoding/json's float64 encoding: shortest round-trip digits, fixed notation
 * for 1e-6 <= |f| < 1e21, exponent notation outside it with `e-07` cleaned to
 * `e-7`. JavaScript's Number#toString makes exactly those choices, except that
 * Go keeps the sign of negative zero.
 */
export function goJsonFloat(f: number): string {
  if (!Number.isFinite(f)) {
    // json.UnsupportedValueError: "json: unsupported value: NaN"
    throw new GoJsonError(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  }
  if (Object.is(f, -0)) return '-0';
  return String(f);
}

const HEX = '0123456789abcdef';

/** Characters encoding/json writes as they are: not a control, `"`, `\\`, `<`, `>`, `&`, U+2028/9 or a surrogate. */
// eslint-disable-next-line no-control-regex
const jsonPlain = /^[^\x00-\x1f"\\<>&\u2028\u2029\ud800-\udfff]*$/;

/**
 * A Go string as encoding/json writes it (HTML escaping on, as json.Marshal has it).
 * JavaScript strings stand for UTF-8 text; an unpaired surrogate is the one thing
 * that cannot be valid UTF-8, so it is written as Go writes an invalid byte: `\ufffd`.
 */
export function goJsonString(s: string): string {
  // Most strings (names, paths) have nothing to escape: skip the character loop.
  if (jsonPlain.test(s)) return `"${s}"`;
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c && c !== 0x3c && c !== 0x3e && c !== 0x26) continue;
      switch (c) {
        case 0x22:
          esc = '\\"';
          break;
        case 0x5c:
          esc = '\\\\';
          break;
        // Go 1.22+ writes \b and \f short forms.
        case 0x08:
          esc = '\\b';
          break;
        case 0x0c:
          esc = '\\f';
          break;
        case 0x0a:
          esc = '\\n';
          break;
        case 0x0d:
          esc = '\\r';
          break;
        case 0x09:
          esc = '\\t';
          break;
        default:
          // Other control characters and the HTML-unsafe <, >, & as \u00XX.
          esc = '\\u00' + HEX[c >> 4] + HEX[c & 0xf];
      }
    } else if (c === 0x2028 || c === 0x2029) {
      // encoding/json escapes the JavaScript line terminators U+2028/U+2029.
      esc = c === 0x2028 ? '\\u2028' : '\\u2029';
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const paired = c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1));
      if (paired) {
        i++;
        continue;
      }
      // Invalid UTF-8 is written as the escaped replacement character.
      esc = '\\ufffd';
    } else {
      continue;
    }
    out += s.slice(start, i) + esc;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
