/** Port of polyaxon/charts/rabbitmq-ha/templates/service.yaml. */
import type { RenderContext } from '../../../context.js';

export function service(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/rabbitmq-ha/templates/service.yaml');
}
