/** Port of polyaxon/charts/redis/templates/redis-slave-svc.yaml. */
import type { RenderContext } from '../../../context.js';

export function redisSlaveSvc(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/redis-slave-svc.yaml');
}
