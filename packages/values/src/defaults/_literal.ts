/**
 * Helpers for the generated defaults modules: they write each chart's values as a readable
 * object literal and turn it into the Go value model here.
 */
import type { GoMap } from '../go-value.js';

/**
 * A chart's values type as its generated literal is written: every object also
 * holds `__proto__: null`, which gives it no prototype (a Go map, as the engine
 * makes it: nothing to copy or convert at run time).
 */
export type Literal<T> = T extends readonly (infer U)[]
  ? readonly Literal<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Literal<T[K]> } & { readonly __proto__?: null }
    : T;

/**
 * The literal as a Go map tree. A literal written with `__proto__: null` in every
 * object is one already. Otherwise each of its objects loses its prototype, in
 * place: the literal is a new object at every call, and copying it would allocate
 * the tree twice, in a cold interpreter on every CLI start. The literals are
 * generated data (strings, numbers, booleans, null, arrays, plain objects), so
 * none of toGoValue's checks can fail. defaults.test.ts compares the result with
 * what Helm reads from each values.yaml, and checks that no map has a prototype.
 */
export function goMap(literal: object): GoMap {
  // The generator writes either form for the whole literal, never a mix.
  if (Object.getPrototypeOf(literal) === null) return literal as GoMap;
  return toMaps(literal) as GoMap;
}

function toMaps(v: object): object {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'object' && x !== null) toMaps(x);
    }
    return v;
  }
  Object.setPrototypeOf(v, null);
  // Object.values reads every key in one call, where a read per key would be slow: each object has its own shape.
  const values: unknown[] = Object.values(v);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (typeof x === 'object' && x !== null) toMaps(x);
  }
  return v;
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
