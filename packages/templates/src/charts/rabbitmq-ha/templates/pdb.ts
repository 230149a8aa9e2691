/** Port of polyaxon/charts/rabbitmq-ha/templates/pdb.yaml. */
import type { RenderContext } from '../../../context.js';

export function pdb(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/rabbitmq-ha/templates/pdb.yaml');
}
