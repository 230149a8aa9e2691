/** Port of polyaxon/templates/hooks/clean-jobs.yaml. */
import type { RenderContext } from '../../../context.js';

export function cleanJobs(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/hooks/clean-jobs.yaml');
}
