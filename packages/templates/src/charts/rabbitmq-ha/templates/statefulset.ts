/** Port of polyaxon/charts/rabbitmq-ha/templates/statefulset.yaml. */
import type { RenderContext } from '../../../context.js';

export function statefulset(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/rabbitmq-ha/templates/statefulset.yaml');
}
