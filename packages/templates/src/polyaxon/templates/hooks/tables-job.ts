/** Port of polyaxon/templates/hooks/tables-job.yaml. */
import type { RenderContext } from '../../../context.js';

export function tablesJob(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/hooks/tables-job.yaml');
}
