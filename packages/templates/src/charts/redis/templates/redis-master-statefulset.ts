/** Port of polyaxon/charts/redis/templates/redis-master-statefulset.yaml. */
import type { RenderContext } from '../../../context.js';

export function redisMasterStatefulset(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/redis-master-statefulset.yaml');
}
