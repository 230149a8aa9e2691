/** Port of polyaxon/charts/redis/templates/redis-master-svc.yaml. */
import type { RenderContext } from '../../../context.js';

export function redisMasterSvc(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/redis-master-svc.yaml');
}
