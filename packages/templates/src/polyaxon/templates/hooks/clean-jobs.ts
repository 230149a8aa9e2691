/** Port of polyaxon/templates/hooks/clean-jobs.yaml. */
import type { RenderContext } from '../../../context.js';
import { hookJobHead, manageContainer } from '../../shared/hook-job.js';

export function cleanJobs(ctx: RenderContext): string {
  const head = hookJobHead(ctx, {
    name: 'clean-jobs',
    hook: 'pre-delete',
    weight: '3',
    deletePolicy: 'hook-succeeded,hook-failed',
  });
  return `${head}
${manageContainer(ctx, 'clean-jobs', '["clean_jobs"]')}
${manageContainer(ctx, 'clean-project-jobs', '["clean_project_jobs"]')}
`;
}
