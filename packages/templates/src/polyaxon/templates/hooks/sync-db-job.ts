/** Port of polyaxon/templates/hooks/sync-db-job.yaml. */
import type { RenderContext } from '../../../context.js';

export function syncDbJob(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/hooks/sync-db-job.yaml');
}
