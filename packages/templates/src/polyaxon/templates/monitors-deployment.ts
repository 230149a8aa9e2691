/** Port of polyaxon/templates/monitors-deployment.yaml. */
import type { RenderContext } from '../../context.js';

export function monitorsDeployment(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/monitors-deployment.yaml');
}
