/**
 * text/template's `range` over a value (exec.go walkRange): what the ports'
 * `for` loops visit where the chart writes a `range …` action.
 */
import { formatV, isMap, sortedKeys, type GoValue } from '@polyaxon-render/values';
import { TemplateError } from './template-error.js';

/** One visit of `range $key, $value := X`: a map key, or a list index (a Go int). */
export type RangeEntry = [key: string | bigint, value: GoValue];

/**
 * `range $key, $value := X`: a list's items with their indexes, a map's entries
 * with keys in byte order (text/template sorts map keys), nothing for nil; any
 * other value fails as Go's "range can't iterate over X" (Helm 3.17.3's Go
 * ranges over neither numbers nor strings here). `at` names the range in the template (its
 * expression), for the error's position where a scope has several ranges.
 */
export function rangeEntries(v: GoValue | undefined, at?: string): RangeEntry[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.map((item, i) => [BigInt(i), item]);
  if (isMap(v)) return sortedKeys(v).map((k) => [k, v[k]]);
  throw new TemplateError(`range can't iterate over ${formatV(v)}`, false, undefined, undefined, {
    key: { kind: 'range', at },
  });
}

/** `range X` (or `range $value := X`): the values rangeEntries visits, in the same order. */
export function rangeItems(v: GoValue | undefined, at?: string): GoValue[] {
  return rangeEntries(v, at).map(([, value]) => value);
}
