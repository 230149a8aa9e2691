/** Port of polyaxon/templates/cm.yaml. */
import type { RenderContext } from '../../context.js';

export function cm(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/cm.yaml');
}
