/** Port of polyaxon/charts/redis/templates/redis-role.yaml. */
import type { RenderContext } from '../../../context.js';
import { and, field, toYaml, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';

export function redisRole(ctx: RenderContext): string {
  const enabled = and(
    () => field(ctx.Values, 'rbac', 'create'),
    () => field(ctx.Values, 'rbac', 'role', 'rules'),
  );
  // The `if …` and its `end`, both trimming on both sides, trim the file to exactly the document (no newlines around it).
  if (!truthy(enabled)) return '';
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ${redisFullname(ctx)}
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
rules:
${toYaml(field(ctx.Values, 'rbac', 'role', 'rules'))}`;
}
