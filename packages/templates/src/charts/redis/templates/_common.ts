/**
 * Expressions the redis chart's templates repeat verbatim, named after the
 * template text they stand for (the chart's own `define`s are in _helpers.ts).
 */
import type { GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../../context.js';
import { eq, field, indent, printValue, toYaml, truthy } from '../../../runtime/index.js';

/** `{{ .Values.a.b }}`: a values field as text/template prints it. */
export function val(ctx: RenderContext, ...keys: string[]): string {
  return printValue(field(ctx.Values, ...keys));
}

/** `toYaml X | indent n`. */
export function yamlIndent(n: number, v: GoValue | undefined): string {
  return indent(n, toYaml(v));
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
