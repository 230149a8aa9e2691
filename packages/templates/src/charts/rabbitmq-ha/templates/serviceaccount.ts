/** Port of polyaxon/charts/rabbitmq-ha/templates/serviceaccount.yaml. */
import type { RenderContext } from '../../../context.js';

export function serviceaccount(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/rabbitmq-ha/templates/serviceaccount.yaml');
}
