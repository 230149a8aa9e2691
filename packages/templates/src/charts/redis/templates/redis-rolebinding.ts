/** Port of polyaxon/charts/redis/templates/redis-rolebinding.yaml. */
import type { RenderContext } from '../../../context.js';

export function redisRolebinding(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/redis-rolebinding.yaml');
}
