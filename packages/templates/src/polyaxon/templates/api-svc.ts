/** Port of polyaxon/templates/api-svc.yaml. */
import type { RenderContext } from '../../context.js';

export function apiSvc(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/api-svc.yaml');
}
