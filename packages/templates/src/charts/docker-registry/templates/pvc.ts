/** Port of polyaxon/charts/docker-registry/templates/pvc.yaml. */
import type { RenderContext } from '../../../context.js';

export function pvc(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/docker-registry/templates/pvc.yaml');
}
