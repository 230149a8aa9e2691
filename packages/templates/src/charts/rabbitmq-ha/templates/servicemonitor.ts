/** Port of polyaxon/charts/rabbitmq-ha/templates/servicemonitor.yaml. */
import type { RenderContext } from '../../../context.js';

export function servicemonitor(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/rabbitmq-ha/templates/servicemonitor.yaml');
}
