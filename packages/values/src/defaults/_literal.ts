/**
 * Helpers for the generated defaults modules: they write each chart's values as a readable
 * object literal and turn it into the Go value model here.
 */
import { type GoMap, toGoValue } from '../go-value.js';

/** The literal as a fresh Go map tree (null-prototype maps, copied arrays). */
export function goMap(literal: object): GoMap {
  return toGoValue(literal) as GoMap;
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
