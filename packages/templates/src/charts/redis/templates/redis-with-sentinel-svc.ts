/** Port of polyaxon/charts/redis/templates/redis-with-sentinel-svc.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';
import { loadBalancerIpLine, val, yamlIndent } from '../shared/common.js';

export function redisWithSentinelSvc(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'sentinel', 'enabled'))) return '\n';
  const service = (key: string) => field(ctx.Values, 'sentinel', 'service', key);
  let out = `
apiVersion: v1
kind: Service
metadata:
  name: ${redisFullname(ctx)}
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"`;
  // The service type, IP and annotations come from master.service, the ports from sentinel.service.
  const annotations = field(ctx.Values, 'master', 'service', 'annotations');
  if (truthy(annotations)) out += `\n  annotations:\n${yamlIndent(4, annotations)}`;
  out += `
spec:
  type: ${val(ctx, 'master', 'service', 'type')}
  ${loadBalancerIpLine(ctx, 'master', 'service')}ports:
  - name: redis
    port: ${val(ctx, 'sentinel', 'service', 'redisPort')}
    targetPort: redis`;
  if (truthy(service('redisNodePort'))) out += `\n    nodePort: ${val(ctx, 'sentinel', 'service', 'redisNodePort')}`;
  out += `
  - name: redis-sentinel
    port: ${val(ctx, 'sentinel', 'service', 'sentinelPort')}
    targetPort: redis-sentinel`;
  if (truthy(service('sentinelNodePort')))
    out += `\n    nodePort: ${val(ctx, 'sentinel', 'service', 'sentinelNodePort')}`;
  return `${out}
  selector:
    app: ${redisName(ctx)}
    release: "${ctx.Release.Name}"
`;
}
