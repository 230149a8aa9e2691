/** Port of polyaxon/templates/scheduler-deployment.yaml. */
import type { RenderContext } from '../../context.js';

export function schedulerDeployment(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/scheduler-deployment.yaml');
}
