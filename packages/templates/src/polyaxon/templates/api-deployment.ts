/** Port of polyaxon/templates/api-deployment.yaml. */
import type { RenderContext } from '../../context.js';

export function apiDeployment(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/api-deployment.yaml');
}
