/**
 * Port of polyaxon/templates/_helpers.tpl (Polyaxon chart 0.5.5).
 *
 * Named templates are global in Helm: every chart's `define`s share one
 * namespace, and Helm parses the parent's files after the subcharts' (engine.go
 * sortTemplates: deepest paths first), so where names collide the parent wins.
 * "networkPolicy.apiVersion" here therefore also serves redis's networkpolicy.yaml.
 */
import type { RenderContext } from '../../context.js';
import { define, dflt, field, ge, le, sprintf, toInt, trimSuffix, trunc } from '../../runtime/index.js';

/** define "polyaxon.name" */
export const polyaxonName = define('polyaxon.name', 'polyaxon/templates/_helpers.tpl', (ctx: RenderContext): string => {
  return trimSuffix('-', trunc(63, dflt(ctx.Chart.Name, field(ctx.Values, 'nameOverride'))));
});

/** define "polyaxon.fullname" */
export const polyaxonFullname = define(
  'polyaxon.fullname',
  'polyaxon/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return trimSuffix('-', trunc(63, sprintf('%s-%s', ctx.Release.Name, 'polyaxon')));
  },
);

/** define "k8s.minor": the minor version without a trailing "+" (GKE prints "14+"). */
export const k8sMinor = define('k8s.minor', 'polyaxon/templates/_helpers.tpl', (ctx: RenderContext): string => {
  return trimSuffix('+', ctx.Capabilities.KubeVersion.Minor);
});

/** define "networkPolicy.apiVersion": quoted on purpose, as in the chart; empty below 1.4. */
export const networkPolicyApiVersion = define(
  'networkPolicy.apiVersion',
  'polyaxon/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    const minor = toInt(k8sMinor(ctx));
    if (ge(minor, 4n) && le(minor, 6n)) return '"extensions/v1beta1"';
    if (ge(toInt(ctx.Capabilities.KubeVersion.Minor), 7n)) return '"networking.k8s.io/v1"';
    return '';
  },
);
