/** Port of polyaxon/templates/k8s-events-deployment.yaml. */
import type { RenderContext } from '../../context.js';
import { indent, indentInclude } from '../../runtime/index.js';
import { containerResources, deploymentHead, val } from '../shared/workload.js';
import { configCeleryK8sEventsHandlers } from './partials/_celery.js';
import { configEnvFrom } from './partials/_envFrom.js';
import { configEnvs } from './partials/_envs.js';
import { configPersistenceLogs } from './partials/_pvc_def.js';

export function k8sEventsDeployment(ctx: RenderContext): string {
  const head = deploymentHead(ctx, {
    name: 'k8s-events',
    role: 'worker',
    replicas: () => val(ctx, 'k8sEventsHandlers', 'replicas'),
  });
  return `${head}
      containers:
      - name: ${ctx.Chart.Name}-k8s-events
        image: "${val(ctx, 'k8sEventsHandlers', 'image')}:${val(ctx, 'k8sEventsHandlers', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'k8sEventsHandlers', 'imagePullPolicy')}
        args: ["--concurrency=${val(ctx, 'k8sEventsHandlers', 'concurrency')}"]
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}
${indentInclude(8, configPersistenceLogs, ctx)}
${indent(8, configCeleryK8sEventsHandlers(ctx))}
${containerResources(ctx, 'k8sEventsHandlers')}
`;
}
