/** Port of polyaxon/charts/redis/templates/redis-master-svc.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';
import { loadBalancerIpLine, val, yamlIndent } from '../shared/common.js';

export function redisMasterSvc(ctx: RenderContext): string {
  // With sentinel, redis-with-sentinel-svc.yaml serves the master instead.
  if (truthy(field(ctx.Values, 'sentinel', 'enabled'))) return '\n';
  let out = `
apiVersion: v1
kind: Service
metadata:
  name: ${redisFullname(ctx)}-master
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"`;
  const annotations = field(ctx.Values, 'master', 'service', 'annotations');
  if (truthy(annotations)) out += `\n  annotations:\n${yamlIndent(4, annotations)}`;
  out += `
spec:
  type: ${val(ctx, 'master', 'service', 'type')}
  ${loadBalancerIpLine(ctx, 'master', 'service')}ports:
  - name: redis
    port: ${val(ctx, 'master', 'service', 'port')}
    targetPort: redis`;
  if (truthy(field(ctx.Values, 'master', 'service', 'nodePort'))) {
    out += `\n    nodePort: ${val(ctx, 'master', 'service', 'nodePort')}`;
  }
  return `${out}
  selector:
    app: ${redisName(ctx)}
    release: "${ctx.Release.Name}"
    role: master
`;
}
