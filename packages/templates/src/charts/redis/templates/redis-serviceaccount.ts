/** Port of polyaxon/charts/redis/templates/redis-serviceaccount.yaml. */
import type { RenderContext } from '../../../context.js';

export function redisServiceaccount(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/redis-serviceaccount.yaml');
}
