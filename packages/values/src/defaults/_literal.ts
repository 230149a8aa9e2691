/**
 * Helpers for the generated defaults modules: they write each chart's values as a readable
 * object literal and turn it into the Go value model here.
 */
import { type GoMap, type GoValue, setKey } from '../go-value.js';

/**
 * The literal as a fresh Go map tree (null-prototype maps, copied arrays). The
 * literals are generated data (strings, numbers, booleans, null, arrays, plain
 * objects), so none of toGoValue's checks can fail: a plain copy does (this runs
 * on every CLI start, in a cold interpreter). defaults.test.ts compares the result
 * with what Helm reads from each values.yaml.
 */
export function goMap(literal: object): GoMap {
  return copy(literal) as GoMap;
}

function copy(v: unknown): GoValue {
  if (v === null || typeof v !== 'object') return v as GoValue;
  if (Array.isArray(v)) return v.map(copy);
  const out = Object.create(null) as GoMap;
  for (const k of Object.keys(v)) setKey(out, k, copy((v as Record<string, unknown>)[k]));
  return out;
}

/**
 * An object whose one own key is `key`, to spread into a literal: written as a literal key,
 * `__proto__` would set the prototype instead of adding a key, and in Go it is an ordinary key.
 */
export function ownKey(key: string, value: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}
