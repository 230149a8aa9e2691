/** Port of polyaxon/templates/hooks/load-fixtures-job.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, truthy } from '../../../runtime/index.js';
import { hookJobHead, manageContainer } from '../../shared/hook-job.js';

export function loadFixturesJob(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'hooks', 'loadFixtures'))) return '\n';
  const head = hookJobHead(ctx, {
    name: 'load-fixtures',
    hook: 'post-install',
    weight: '5',
    deletePolicy: 'hook-succeeded,before-hook-creation',
  });
  // The `if` action does not trim after itself, so the document starts with a newline.
  return `
${head}
${manageContainer(ctx, 'load-fixtures-job', '["loaddata", "polyaxon/fixtures/db.json"]')}
`;
}
