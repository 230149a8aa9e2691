/** Port of polyaxon/charts/redis/templates/metrics-svc.yaml. */
import type { RenderContext } from '../../../context.js';

export function metricsSvc(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/metrics-svc.yaml');
}
