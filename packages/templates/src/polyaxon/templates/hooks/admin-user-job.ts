/** Port of polyaxon/templates/hooks/admin-user-job.yaml. */
import type { RenderContext } from '../../../context.js';

export function adminUserJob(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/hooks/admin-user-job.yaml');
}
