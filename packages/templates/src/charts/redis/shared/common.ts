/**
 * Expressions the redis chart's templates repeat verbatim, named after the
 * template text they stand for (the chart's own `define`s are in templates/_helpers.ts).
 */
import type { GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../../context.js';
import { eq, field, fieldAt, printValue, toYamlIndented, truthy } from '../../../runtime/index.js';

/** The action `.Values.a.b`: a values field as text/template prints it. */
export function val(ctx: RenderContext, ...keys: string[]): string {
  return printValue(fieldAt(ctx.Values, keys));
}

/** `toYaml X | indent n`. */
export function yamlIndent(n: number, v: GoValue | undefined): string {
  return toYamlIndented(n, v);
}

/**
 * The services' shared block of four lines:
 *   two spaces, a right-trimming `if eq <svc>.type "LoadBalancer"`, a space, a right-trimming `if <svc>.loadBalancerIP`;
 *   `  loadBalancerIP: ` followed by the action `<svc>.loadBalancerIP`;
 *   two spaces and a right-trimming `end`;
 *   two spaces and an `end` trimming on both sides.
 * The trim markers leave "loadBalancerIP: X\n  " (or nothing) between the
 * indent before the first `if` and the following "ports:".
 */
export function loadBalancerIpLine(ctx: RenderContext, ...service: string[]): string {
  if (!eq(field(ctx.Values, ...service, 'type'), 'LoadBalancer')) return '';
  if (!truthy(field(ctx.Values, ...service, 'loadBalancerIP'))) return '';
  return `loadBalancerIP: ${val(ctx, ...service, 'loadBalancerIP')}\n  `;
}
