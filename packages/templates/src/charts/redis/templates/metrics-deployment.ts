/** Port of polyaxon/charts/redis/templates/metrics-deployment.yaml. */
import type { RenderContext } from '../../../context.js';

export function metricsDeployment(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/redis/templates/metrics-deployment.yaml');
}
