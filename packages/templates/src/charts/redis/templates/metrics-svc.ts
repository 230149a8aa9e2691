/** Port of polyaxon/charts/redis/templates/metrics-svc.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';
import { loadBalancerIpLine, val, yamlIndent } from '../shared/common.js';

export function metricsSvc(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'metrics', 'enabled'))) return '\n';
  let out = `
apiVersion: v1
kind: Service
metadata:
  name: ${redisFullname(ctx)}-metrics
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"`;
  const annotations = field(ctx.Values, 'metrics', 'service', 'annotations');
  if (truthy(annotations)) out += `\n  annotations:\n${yamlIndent(4, annotations)}`;
  return `${out}
spec:
  type: ${val(ctx, 'metrics', 'service', 'type')}
  ${loadBalancerIpLine(ctx, 'metrics', 'service')}ports:
  - name: metrics
    port: 9121
    targetPort: metrics
  selector:
    app: ${redisName(ctx)}
    release: ${ctx.Release.Name}
    role: metrics
`;
}
