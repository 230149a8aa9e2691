/** Port of polyaxon/charts/postgresql/templates/svc.yaml. */
import type { RenderContext } from '../../../context.js';

export function svc(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/postgresql/templates/svc.yaml');
}
