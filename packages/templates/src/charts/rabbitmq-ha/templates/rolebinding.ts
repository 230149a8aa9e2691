/** Port of polyaxon/charts/rabbitmq-ha/templates/rolebinding.yaml. */
import type { RenderContext } from '../../../context.js';

export function rolebinding(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/rabbitmq-ha/templates/rolebinding.yaml');
}
