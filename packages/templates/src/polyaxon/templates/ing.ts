/** Port of polyaxon/templates/ing.yaml. */
import type { RenderContext } from '../../context.js';

export function ing(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/ing.yaml');
}
