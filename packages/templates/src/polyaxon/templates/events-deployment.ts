/** Port of polyaxon/templates/events-deployment.yaml. */
import type { RenderContext } from '../../context.js';
import { indentInclude } from '../../runtime/index.js';
import { containerResources, deploymentHead, val } from '../shared/workload.js';
import { configCeleryEventsHandlers } from './partials/_celery.js';
import { configEnvFrom } from './partials/_envFrom.js';
import { configEnvs } from './partials/_envs.js';
import { configPersistenceLogs } from './partials/_pvc_def.js';

export function eventsDeployment(ctx: RenderContext): string {
  const head = deploymentHead(ctx, {
    name: 'events',
    role: 'worker',
    replicas: () => val(ctx, 'eventsHandlers', 'replicas'),
  });
  return `${head}
      containers:
      - name: ${ctx.Chart.Name}-events
        image: "${val(ctx, 'eventsHandlers', 'image')}:${val(ctx, 'eventsHandlers', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'eventsHandlers', 'imagePullPolicy')}
        args: ["--concurrency=${val(ctx, 'eventsHandlers', 'concurrency')}"]
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}
${indentInclude(8, configPersistenceLogs, ctx)}
${indentInclude(8, configCeleryEventsHandlers, ctx)}
${containerResources(ctx, 'eventsHandlers')}
`;
}
