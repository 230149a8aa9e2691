/** Port of polyaxon/charts/docker-registry/templates/configmap.yaml. */
import type { RenderContext } from '../../../context.js';

export function configmap(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/docker-registry/templates/configmap.yaml');
}
