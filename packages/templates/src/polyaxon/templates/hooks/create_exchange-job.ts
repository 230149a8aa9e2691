/** Port of polyaxon/templates/hooks/create_exchange-job.yaml. */
import type { RenderContext } from '../../../context.js';

export function createExchangeJob(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/hooks/create_exchange-job.yaml');
}
