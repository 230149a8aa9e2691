/** Port of polyaxon/charts/docker-registry/templates/ingress.yaml. */
import type { RenderContext } from '../../../context.js';

export function ingress(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/docker-registry/templates/ingress.yaml');
}
