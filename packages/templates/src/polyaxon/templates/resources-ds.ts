/** Port of polyaxon/templates/resources-ds.yaml. */
import type { RenderContext } from '../../context.js';

export function resourcesDs(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/resources-ds.yaml');
}
