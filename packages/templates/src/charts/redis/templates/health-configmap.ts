/** Port of polyaxon/charts/redis/templates/health-configmap.yaml. */
import type { RenderContext } from '../../../context.js';

export function healthConfigmap(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/health-configmap.yaml');
}
