/** Port of polyaxon/templates/hpsearch-deployment.yaml. */
import type { RenderContext } from '../../context.js';

export function hpsearchDeployment(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/hpsearch-deployment.yaml');
}
