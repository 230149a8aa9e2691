/** Port of polyaxon/templates/hooks/admin-user-job.yaml. */
import type { RenderContext } from '../../../context.js';
import { indentInclude } from '../../../runtime/index.js';
import { val } from '../../shared/workload.js';
import { configEnvFrom } from '../partials/_envFrom.js';
import { configEnvs } from '../partials/_envs.js';
import { hookJobHead } from '../../shared/hook-job.js';

export function adminUserJob(ctx: RenderContext): string {
  const head = hookJobHead(ctx, {
    name: 'admin-user',
    hook: 'post-install',
    weight: '10',
    deletePolicy: 'hook-succeeded,before-hook-creation',
  });
  return `${head}
      - name: admin-user-job
        image: "${val(ctx, 'hooks', 'image')}:${val(ctx, 'hooks', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'hooks', 'imagePullPolicy')}
        args: ["createuser", "--username=${val(ctx, 'user', 'username')}", "--email=${val(ctx, 'user', 'email')}", "--password=$(POLYAXON_ADMIN_PASSWORD)", "--superuser", "--force"]
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}
`;
}
