/** Port of polyaxon/charts/redis/templates/redis-with-sentinel-svc.yaml. */
import type { RenderContext } from '../../../context.js';

export function redisWithSentinelSvc(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/redis-with-sentinel-svc.yaml');
}
