/** Port of polyaxon/charts/docker-registry/templates/deployment.yaml. */
import type { RenderContext } from '../../../context.js';

export function deployment(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/docker-registry/templates/deployment.yaml');
}
