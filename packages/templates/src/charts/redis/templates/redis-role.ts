/** Port of polyaxon/charts/redis/templates/redis-role.yaml. */
import type { RenderContext } from '../../../context.js';

export function redisRole(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/redis-role.yaml');
}
