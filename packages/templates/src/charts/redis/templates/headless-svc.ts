/** Port of polyaxon/charts/redis/templates/headless-svc.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';
import { val } from '../shared/common.js';

export function headlessSvc(ctx: RenderContext): string {
  let out = `apiVersion: v1
kind: Service
metadata:
  name: ${redisFullname(ctx)}-headless
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
spec:
  type: ClusterIP
  clusterIP: None
  ports:
  - name: redis
    port: ${val(ctx, 'redisPort')}
    targetPort: redis`;
  if (truthy(field(ctx.Values, 'sentinel', 'enabled'))) {
    out += `
  - name: redis-sentinel
    port: ${val(ctx, 'sentinel', 'port')}
    targetPort: redis-sentinel`;
  }
  return `${out}
  selector:
    app: ${redisName(ctx)}
    release: "${ctx.Release.Name}"
`;
}
