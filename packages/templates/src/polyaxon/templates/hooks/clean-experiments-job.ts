/** Port of polyaxon/templates/hooks/clean-experiments-job.yaml. */
import type { RenderContext } from '../../../context.js';
import { hookJobHead, manageContainer } from '../../shared/hook-job.js';

export function cleanExperimentsJob(ctx: RenderContext): string {
  const head = hookJobHead(ctx, {
    name: 'clean-experiments',
    hook: 'pre-delete',
    weight: '-10',
    deletePolicy: 'hook-succeeded,hook-failed',
  });
  return `${head}
${manageContainer(ctx, 'clean-experiments', '["clean_experiments"]')}
${manageContainer(ctx, 'clean-experiment-groups', '["clean_experiment_groups"]')}
`;
}
