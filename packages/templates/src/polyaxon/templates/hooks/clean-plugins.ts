/** Port of polyaxon/templates/hooks/clean-plugins.yaml. */
import type { RenderContext } from '../../../context.js';
import { hookJobHead, manageContainer } from '../../shared/hook-job.js';

export function cleanPlugins(ctx: RenderContext): string {
  const head = hookJobHead(ctx, {
    name: 'clean-plugins',
    hook: 'pre-delete',
    weight: '-5',
    deletePolicy: 'hook-succeeded,hook-failed',
  });
  return `${head}
${manageContainer(ctx, 'clean-notebooks', '["clean_notebooks"]')}
${manageContainer(ctx, 'clean-tensorboards', '["clean_tensorboards"]')}
`;
}
