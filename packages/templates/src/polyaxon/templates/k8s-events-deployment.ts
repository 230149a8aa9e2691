/** Port of polyaxon/templates/k8s-events-deployment.yaml. */
import type { RenderContext } from '../../context.js';

export function k8sEventsDeployment(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/k8s-events-deployment.yaml');
}
