/**
 * Test-only helpers (packages/values/tsconfig.json keeps this folder out of the build).
 */
import type { GoMap, GoValue } from '../go-value.js';

/**
 * A plain-object view of a decoded value, for toEqual against object literals:
 * maps become ordinary objects whose keys (even `__proto__`) are own properties;
 * bigint stays bigint.
 */
export function plain(v: GoValue): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) Object.defineProperty(o, k, { value: plain((v as GoMap)[k]), enumerable: true });
    return o;
  }
  return v;
}
