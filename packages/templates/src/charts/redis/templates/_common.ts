/**
 * Expressions the redis chart's templates repeat verbatim, named after the
 * template text they stand for (the chart's own `define`s are in _helpers.ts).
 */
import { isMap, sortedKeys, type GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../../context.js';
import { TemplateError, eq, field, formatV, indent, printValue, toYaml, truthy } from '../../../runtime/index.js';

/** `{{ .Values.a.b }}`: a values field as text/template prints it. */
export function val(ctx: RenderContext, ...keys: string[]): string {
  return printValue(field(ctx.Values, ...keys));
}

/** `toYaml X | indent n`. */
export function yamlIndent(n: number, v: GoValue | undefined): string {
  return indent(n, toYaml(v));
}

/**
 * The elements `{{ range X }}` visits: a list's items, a map's values in key
 * order, nothing for nil. Go 1.23 (Helm 3.17.3's) cannot range over a number or a string.
 */
export function rangeItems(v: GoValue | undefined): GoValue[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v;
  if (isMap(v)) return sortedKeys(v).map((k) => v[k]);
  throw new TemplateError(`range can't iterate over ${formatV(v)}`);
}

/** `{{ range $key, $value := X }}` over a map, keys in byte order; a list gives its indices. */
export function rangeEntries(v: GoValue | undefined): [key: string | bigint, value: GoValue][] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.map((item, i) => [BigInt(i), item]);
  if (isMap(v)) return sortedKeys(v).map((k) => [k, v[k]]);
  throw new TemplateError(`range can't iterate over ${formatV(v)}`);
}

/**
 * The services' shared
 *   `  {{ if eq <svc>.type "LoadBalancer" -}} {{ if <svc>.loadBalancerIP -}}`
 *   `  loadBalancerIP: {{ <svc>.loadBalancerIP }}`
 *   `  {{ end -}}`
 *   `  {{- end -}}`
 * block: the trim markers leave "loadBalancerIP: X\n  " (or nothing) between the
 * indent before the first `if` and the following "ports:".
 */
export function loadBalancerIpLine(ctx: RenderContext, ...service: string[]): string {
  if (!eq(field(ctx.Values, ...service, 'type'), 'LoadBalancer')) return '';
  if (!truthy(field(ctx.Values, ...service, 'loadBalancerIP'))) return '';
  return `loadBalancerIP: ${val(ctx, ...service, 'loadBalancerIP')}\n  `;
}
