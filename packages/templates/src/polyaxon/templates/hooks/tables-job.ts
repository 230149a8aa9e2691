/** Port of polyaxon/templates/hooks/tables-job.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, indentInclude, truthy } from '../../../runtime/index.js';
import { val } from '../../shared/workload.js';
import { configEnvFrom } from '../partials/_envFrom.js';
import { configEnvs } from '../partials/_envs.js';
import { hookJobHead } from '../../shared/hook-job.js';

export function tablesJob(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'hooks', 'enabled'))) return '\n';
  const head = hookJobHead(ctx, {
    name: 'tables',
    hook: 'post-upgrade',
    weight: '-25',
    deletePolicy: 'hook-succeeded,before-hook-creation',
  });
  // The `if` action does not trim after itself, so the document starts with a newline.
  return `
${head}
      - name: tables-job
        image: "${val(ctx, 'tablesHook', 'image')}:${val(ctx, 'tablesHook', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'tablesHook', 'imagePullPolicy')}
        args: ["--db=$(POLYAXON_DB_NAME)", "--host=$(POLYAXON_DB_HOST)", "--port=$(POLYAXON_DB_PORT)", "--username=$(POLYAXON_DB_USER)", "--password=$(POLYAXON_DB_PASSWORD)"]
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}
`;
}
