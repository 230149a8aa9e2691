/** Port of polyaxon/templates/hooks/load-fixtures-job.yaml. */
import type { RenderContext } from '../../../context.js';

export function loadFixturesJob(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/hooks/load-fixtures-job.yaml');
}
