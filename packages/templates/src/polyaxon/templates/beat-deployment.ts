/** Port of polyaxon/templates/beat-deployment.yaml. */
import type { RenderContext } from '../../context.js';

export function beatDeployment(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/beat-deployment.yaml');
}
