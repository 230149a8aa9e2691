/** Port of polyaxon/charts/rabbitmq-ha/templates/alerts.yaml. */
import type { RenderContext } from '../../../context.js';

export function alerts(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/rabbitmq-ha/templates/alerts.yaml');
}
