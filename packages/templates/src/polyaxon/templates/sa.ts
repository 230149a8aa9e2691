/** Port of polyaxon/templates/sa.yaml. */
import type { RenderContext } from '../../context.js';

export function sa(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/sa.yaml');
}
