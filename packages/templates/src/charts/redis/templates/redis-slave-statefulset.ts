/** Port of polyaxon/charts/redis/templates/redis-slave-statefulset.yaml. */
import type { RenderContext } from '../../../context.js';

export function redisSlaveStatefulset(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/redis-slave-statefulset.yaml');
}
