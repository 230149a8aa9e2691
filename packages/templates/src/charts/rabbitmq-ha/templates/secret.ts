/** Port of polyaxon/charts/rabbitmq-ha/templates/secret.yaml. */
import type { RenderContext } from '../../../context.js';

export function secret(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/rabbitmq-ha/templates/secret.yaml');
}
