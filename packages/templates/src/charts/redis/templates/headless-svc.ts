/** Port of polyaxon/charts/redis/templates/headless-svc.yaml. */
import type { RenderContext } from '../../../context.js';

export function headlessSvc(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/headless-svc.yaml');
}
