/** Port of polyaxon/templates/hpsearch-deployment.yaml. */
import type { RenderContext } from '../../context.js';
import { indentInclude } from '../../runtime/index.js';
import { containerResources, deploymentHead, val } from '../shared/workload.js';
import { configCeleryHpsearch } from './partials/_celery.js';
import { configEnvFrom } from './partials/_envFrom.js';
import { configEnvs } from './partials/_envs.js';
import { configPersistenceData, configPersistenceLogs, configPersistenceOutputs } from './partials/_pvc_def.js';

export function hpsearchDeployment(ctx: RenderContext): string {
  const head = deploymentHead(ctx, {
    name: 'hpsearch',
    role: 'worker',
    replicas: () => val(ctx, 'hpsearch', 'replicas'),
  });
  return `${head}
      containers:
      - name: ${ctx.Chart.Name}-hpsearch
        image: "${val(ctx, 'hpsearch', 'image')}:${val(ctx, 'hpsearch', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'hpsearch', 'imagePullPolicy')}
        args: ["--concurrency=${val(ctx, 'hpsearch', 'concurrency')}"]
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}
${indentInclude(8, configPersistenceData, ctx)}
${indentInclude(8, configPersistenceOutputs, ctx)}
${indentInclude(8, configPersistenceLogs, ctx)}
${indentInclude(8, configCeleryHpsearch, ctx)}
${containerResources(ctx, 'hpsearch')}
`;
}
