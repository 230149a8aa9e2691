/** Port of polyaxon/charts/redis/templates/metrics-prometheus.yaml. */
import type { RenderContext } from '../../../context.js';

export function metricsPrometheus(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/metrics-prometheus.yaml');
}
