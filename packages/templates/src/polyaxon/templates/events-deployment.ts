/** Port of polyaxon/templates/events-deployment.yaml. */
import type { RenderContext } from '../../context.js';

export function eventsDeployment(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/events-deployment.yaml');
}
