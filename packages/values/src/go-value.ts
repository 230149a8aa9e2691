/**
 * The value model every package shares: what Helm's `.Values` holds once Go has
 * decoded it.
 *
 * Helm reads values files through JSON (sigs.k8s.io/yaml), so every number from a
 * file is a float64; `--set` parses integers as int64. JavaScript has one number
 * type, so the two Go kinds are kept apart here:
 *   - `number` is a Go float64 (values files, the chart defaults, `render(values)`),
 *   - `bigint` is a Go int64 (`--set x=10`, `int`/`len` results in templates).
 * They print differently (`1e+06` vs `1000000`) and Go's `eq` refuses to compare them.
 *
 * Maps are null-prototype objects so that `__proto__`, `constructor` and
 * `prototype` are ordinary keys, as they are in Go. `undefined` means "no such
 * key" (Go's missing map entry); `null` is an explicit nil.
 */
import { RenderError } from './errors.js';
import { MAX_INPUT_LENGTH, MAX_VALUES_DEPTH, TOO_DEEP } from './limits.js';

export type GoScalar = null | boolean | number | bigint | string;
export type GoValue = GoScalar | GoValue[] | GoMap;
export interface GoMap {
  [key: string]: GoValue;
}

/** A new empty map with no prototype, so no key is special. */
export function newMap(): GoMap {
  return Object.create(null) as GoMap;
}

/** Is `v` a map (Go `map[string]interface{}`)? */
export function isMap(v: unknown): v is GoMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own-property lookup: never reaches Object.prototype. */
export function getKey(m: GoMap, key: string): GoValue | undefined {
  return Object.hasOwn(m, key) ? m[key] : undefined;
}

/** Own-property test. */
export function hasKey(m: GoMap, key: string): boolean {
  return Object.hasOwn(m, key);
}

/** Sets a key as an own data property, even for `__proto__`. */
export function setKey(m: GoMap, key: string, v: GoValue): void {
  if (key === '__proto__' && Object.getPrototypeOf(m) !== null) {
    Object.defineProperty(m, key, { value: v, writable: true, enumerable: true, configurable: true });
  } else {
    m[key] = v;
  }
}

/** Own keys sorted by bytes, the order Go's text/template `range` and encoding/json use. */
export function sortedKeys(m: GoMap): string[] {
  return sortByBytes(Object.keys(m));
}

/** Characters where UTF-16 order and code point order part: surrogates and what sorts after them. */
const highUnits = /[\uD800-\uFFFF]/;

/**
 * Sorts strings in place by their UTF-8 bytes, as Go sorts them. Below U+D800 UTF-16
 * units order like code points, so the common case (keys without such characters)
 * takes the engine's own string sort instead of a comparison function.
 */
export function sortByBytes(keys: string[]): string[] {
  if (keys.length < 2) return keys;
  // One test of the keys joined rather than one per key: the class matches single UTF-16 units, so joining
  // neither makes nor hides a match, and in a cold interpreter a call per key costs more than the join.
  if (highUnits.test(keys.join(''))) return keys.sort(compareBytes);
  return keys.sort();
}

/** Go's string comparison: by UTF-8 bytes (code points order the same way; UTF-16 units do not). */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ca > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/**
 * Deep-copies a value into the Go model: plain objects become null-prototype maps
 * (own enumerable keys only), arrays are copied (holes become nil), `undefined`
 * entries dropped. Used on everything that comes from outside (render(values), JSON).
 *
 * What is not data is refused with a RenderError: functions and symbols, objects
 * that are not plain (Date, Map, typed arrays), getters that throw ('values'),
 * and nesting past MAX_VALUES_DEPTH, which also catches cycles ('limit').
 */
export function toGoValue(
  v: unknown,
  /** Refuse NaN and the infinities, as Helm's values (JSON underneath) cannot hold them. @default false */
  finite = false,
): GoValue {
  const path: (string | number)[] = [];
  try {
    return convert(v, path, finite);
  } catch (e) {
    // The stack ran out (values nested past it, or a cycle): render() reports that as a limit.
    if (e instanceof RenderError || e instanceof RangeError) throw e;
    throw new RenderError('values', `values could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** `a.b[2].c`: where convert was when it refused something (built only then). */
function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

/** `path` holds the keys and indexes from the root to `v` (pushed and popped on the way). */
function convert(v: unknown, path: (string | number)[], finite: boolean): GoValue {
  const refuse = (why: string): never => {
    const at = pathText(path);
    throw new RenderError('values', `${why}${at === '' ? '' : ` at ${at}`}`, at === '' ? {} : { path: at });
  };
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
      if (v.length > MAX_INPUT_LENGTH) {
        const at = pathText(path);
        throw new RenderError(
          'limit',
          `a string of ${v.length} characters is longer than polyaxon-render takes (${MAX_INPUT_LENGTH})${at === '' ? '' : ` at ${at}`}`,
          at === '' ? {} : { path: at },
        );
      }
      return v;
    case 'number':
      // Values reach Helm as JSON (sigs.k8s.io/yaml), and json.Marshal refuses NaN and the infinities.
      return !finite || Number.isFinite(v)
        ? v
        : refuse(`json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`);
    case 'boolean':
    case 'bigint':
      return v;
    case 'object': {
      if (path.length >= MAX_VALUES_DEPTH) {
        const at = pathText(path);
        throw new RenderError(
          'limit',
          `${TOO_DEEP} (or they contain a cycle)${at === '' ? '' : ` at ${at}`}`,
          at === '' ? {} : { path: at },
        );
      }
      if (Array.isArray(v)) {
        const out: GoValue[] = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          path.push(i);
          out[i] = convert(v[i], path, finite);
          path.pop();
        }
        return out;
      }
      const kind = Object.prototype.toString.call(v);
      if (kind !== '[object Object]')
        return refuse(
          `values must be plain data (objects, arrays, strings, numbers, booleans, null), found ${kind.slice(8, -1)}`,
        );
      const out = newMap();
      for (const k of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined) continue;
        path.push(k);
        setKey(out, k, convert(x, path, finite));
        path.pop();
      }
      return out;
    }
    default:
      return refuse(
        `values must be plain data (objects, arrays, strings, numbers, booleans, null), found a ${typeof v}`,
      );
  }
}
