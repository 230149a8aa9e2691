/** Port of polyaxon/templates/hooks/create_exchange-job.yaml. */
import type { RenderContext } from '../../../context.js';
import { dflt, eq, field } from '../../../runtime/index.js';
import { hookJobHead, manageContainer } from '../../shared/hook-job.js';

export function createExchangeJob(ctx: RenderContext): string {
  // Only the file's final newline is outside the `if` (the right trim of its `if` and the left trim
  // of its `end` remove the rest).
  if (!eq(dflt('rabbitmq', field(ctx.Values, 'broker')), 'rabbitmq')) return '\n';
  const head = hookJobHead(ctx, {
    name: 'create-exchange',
    hook: 'post-install',
    weight: '15',
    deletePolicy: 'hook-succeeded,before-hook-creation',
  });
  return `${head}
${manageContainer(ctx, 'create-exchange-job', '["create_exchange"]')}
`;
}
