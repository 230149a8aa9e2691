/** Port of polyaxon/templates/beat-deployment.yaml. */
import type { RenderContext } from '../../context.js';
import { indentInclude } from '../../runtime/index.js';
import { containerResources, deploymentHead, val } from '../shared/workload.js';
import { configEnvFrom } from './partials/_envFrom.js';
import { configEnvs } from './partials/_envs.js';

export function beatDeployment(ctx: RenderContext): string {
  const head = deploymentHead(ctx, { name: 'beat', role: 'worker', replicas: () => val(ctx, 'beat', 'replicas') });
  return `${head}
      containers:
      - name: ${ctx.Chart.Name}-beat
        image: "${val(ctx, 'beat', 'image')}:${val(ctx, 'beat', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'beat', 'imagePullPolicy')}
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}
${containerResources(ctx, 'beat')}
      - name: ${ctx.Chart.Name}-crons
        image: "${val(ctx, 'crons', 'image')}:${val(ctx, 'crons', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'crons', 'imagePullPolicy')}
        args: ["--concurrency=${val(ctx, 'crons', 'concurrency')}"]
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}
${containerResources(ctx, 'crons')}
`;
}
