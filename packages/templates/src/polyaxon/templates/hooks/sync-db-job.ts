/** Port of polyaxon/templates/hooks/sync-db-job.yaml. */
import type { RenderContext } from '../../../context.js';
import { indentInclude } from '../../../runtime/index.js';
import { val } from '../../shared/workload.js';
import { configEnvFrom } from '../partials/_envFrom.js';
import { configEnvs } from '../partials/_envs.js';
import { hookJobHead } from '../../shared/hook-job.js';

export function syncDbJob(ctx: RenderContext): string {
  const head = hookJobHead(ctx, {
    name: 'sync-db',
    hook: 'post-install,post-upgrade',
    weight: '-5',
    deletePolicy: 'hook-succeeded,before-hook-creation',
  });
  return `${head}
      - name: sync-db-job
        image: "${val(ctx, 'hooks', 'image')}:${val(ctx, 'hooks', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'hooks', 'imagePullPolicy')}
        args: ["migrate"]
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
        - name: POLYAXON_DB_NO_CHECK
          value: "true"
${indentInclude(8, configEnvs, ctx)}
`;
}
