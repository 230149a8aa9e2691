/** Port of polyaxon/charts/postgresql/templates/networkpolicy.yaml. */
import type { RenderContext } from '../../../context.js';

export function networkpolicy(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/postgresql/templates/networkpolicy.yaml');
}
