/** Port of polyaxon/templates/hooks/clean-experiments-job.yaml. */
import type { RenderContext } from '../../../context.js';

export function cleanExperimentsJob(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/hooks/clean-experiments-job.yaml');
}
