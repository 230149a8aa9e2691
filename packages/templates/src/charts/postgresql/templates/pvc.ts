/** Port of polyaxon/charts/postgresql/templates/pvc.yaml. */
import type { RenderContext } from '../../../context.js';

export function pvc(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/postgresql/templates/pvc.yaml');
}
