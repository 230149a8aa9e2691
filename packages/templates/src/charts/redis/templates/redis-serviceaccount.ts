/** Port of polyaxon/charts/redis/templates/redis-serviceaccount.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, truthy } from '../../../runtime/index.js';
import { redisChart, redisName, redisServiceAccountName } from './_helpers.js';

export function redisServiceaccount(ctx: RenderContext): string {
  // The `if …` and its `end`, both trimming on both sides, trim the file to exactly the document.
  if (!truthy(field(ctx.Values, 'serviceAccount', 'create'))) return '';
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${redisServiceAccountName(ctx)}
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"`;
}
