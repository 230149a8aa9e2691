/** Port of polyaxon/charts/rabbitmq-ha/templates/role.yaml. */
import type { RenderContext } from '../../../context.js';

export function role(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/rabbitmq-ha/templates/role.yaml');
}
