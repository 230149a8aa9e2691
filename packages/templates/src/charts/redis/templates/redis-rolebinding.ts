/** Port of polyaxon/charts/redis/templates/redis-rolebinding.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName, redisServiceAccountName } from './_helpers.js';

export function redisRolebinding(ctx: RenderContext): string {
  // The `if …` and its `end`, both trimming on both sides, trim the file to exactly the document.
  if (!truthy(field(ctx.Values, 'rbac', 'create'))) return '';
  return `apiVersion: rbac.authorization.k8s.io/v1beta1
kind: RoleBinding
metadata:
  name: ${redisFullname(ctx)}
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: ${redisFullname(ctx)}
subjects:
- kind: ServiceAccount
  name: ${redisServiceAccountName(ctx)}`;
}
