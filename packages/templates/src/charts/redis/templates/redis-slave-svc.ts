/** Port of polyaxon/charts/redis/templates/redis-slave-svc.yaml. */
import type { RenderContext } from '../../../context.js';
import { and, field, not, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';
import { loadBalancerIpLine, val, yamlIndent } from '../shared/common.js';

export function redisSlaveSvc(ctx: RenderContext): string {
  const enabled = and(
    () => field(ctx.Values, 'cluster', 'enabled'),
    () => not(field(ctx.Values, 'sentinel', 'enabled')),
  );
  if (!truthy(enabled)) return '\n';
  let out = `
apiVersion: v1
kind: Service
metadata:
  name: ${redisFullname(ctx)}-slave
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"`;
  const annotations = field(ctx.Values, 'slave', 'service', 'annotations');
  if (truthy(annotations)) out += `\n  annotations:\n${yamlIndent(4, annotations)}`;
  out += `
spec:
  type: ${val(ctx, 'slave', 'service', 'type')}
  ${loadBalancerIpLine(ctx, 'slave', 'service')}ports:
  - name: redis
    port: ${val(ctx, 'slave', 'service', 'port')}
    targetPort: redis`;
  if (truthy(field(ctx.Values, 'slave', 'service', 'nodePort'))) {
    out += `\n    nodePort: ${val(ctx, 'slave', 'service', 'nodePort')}`;
  }
  return `${out}
  selector:
    app: ${redisName(ctx)}
    release: "${ctx.Release.Name}"
    role: slave
`;
}
