/** Port of polyaxon/charts/redis/templates/networkpolicy.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, not, truthy } from '../../../runtime/index.js';
import { networkPolicyApiVersion } from '../../../polyaxon/templates/_helpers.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';
import { val } from '../shared/common.js';

/** The metrics pods' selector, allowed wherever clients are. */
function metricsPeer(ctx: RenderContext): string {
  return `
          - podSelector:
              matchLabels:
                release: "${ctx.Release.Name}"
                role: metrics
                app: ${redisName(ctx)}`;
}

/** The left-trimming `if not .Values.networkPolicy.allowExternal` around `from: …`, closed by a left-trimming `end`, after one port. */
function fromClients(ctx: RenderContext, withMetrics: () => boolean): string {
  if (!not(field(ctx.Values, 'networkPolicy', 'allowExternal'))) return '';
  let out = `
        from:
          - podSelector:
              matchLabels:
                ${redisFullname(ctx)}-client: "true"`;
  if (withMetrics()) out += metricsPeer(ctx);
  return out;
}

export function networkpolicy(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'networkPolicy', 'enabled'))) return '\n';
  const metricsEnabled = () => truthy(field(ctx.Values, 'metrics', 'enabled'));
  // The parent's "networkPolicy.apiVersion" wins over redis's and prints its value quoted.
  let out = `
kind: NetworkPolicy
apiVersion: ${networkPolicyApiVersion(ctx)}
metadata:
  name: "${redisFullname(ctx)}"
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
spec:
  podSelector:
    matchLabels:
      app: ${redisName(ctx)}
      release: "${ctx.Release.Name}"
  ingress:
    # Allow inbound connections
    - ports:
      - port: ${val(ctx, 'redisPort')}${fromClients(ctx, metricsEnabled)}
      - port: ${val(ctx, 'sentinel', 'port')}${fromClients(ctx, metricsEnabled)}`;
  if (metricsEnabled()) {
    out += `
      # Allow prometheus scrapes for metrics
      - port: 9121${fromClients(ctx, () => true)}`;
  }
  return out + '\n';
}
