/** Port of polyaxon/templates/scheduler-deployment.yaml. */
import type { RenderContext } from '../../context.js';
import { indentInclude } from '../../runtime/index.js';
import { containerResources, deploymentHead, val } from '../shared/workload.js';
import { configCeleryScheduler } from './partials/_celery.js';
import { configDns } from './partials/_dns.js';
import { configEnvFrom } from './partials/_envFrom.js';
import { configEnvs } from './partials/_envs.js';
import {
  configPersistenceData,
  configPersistenceLogs,
  configPersistenceOutputs,
  configPersistenceRepos,
  configPersistenceUpload,
} from './partials/_pvc_def.js';
import { configStoresSecretsLogs, configStoresSecretsOutputs } from './partials/_stores.js';
import {
  volumesDirMounts,
  volumesDirs,
  volumesVolumeMountsLogs,
  volumesVolumeMountsOutputs,
  volumesVolumesLogs,
  volumesVolumesOutputs,
} from './partials/_volumes.js';

export function schedulerDeployment(ctx: RenderContext): string {
  const head = deploymentHead(ctx, {
    name: 'scheduler',
    role: 'worker',
    replicas: () => val(ctx, 'scheduler', 'replicas'),
    kubernetesName: 'resources',
  });
  return `${head}
      containers:
      - name: ${ctx.Chart.Name}-scheduler
        image: "${val(ctx, 'scheduler', 'image')}:${val(ctx, 'scheduler', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'scheduler', 'imagePullPolicy')}
        args: ["--concurrency=${val(ctx, 'scheduler', 'concurrency')}"]
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configDns, ctx)}
${indentInclude(8, configEnvs, ctx)}
${indentInclude(8, configPersistenceOutputs, ctx)}
${indentInclude(8, configPersistenceData, ctx)}
${indentInclude(8, configPersistenceLogs, ctx)}
${indentInclude(8, configPersistenceUpload, ctx)}
${indentInclude(8, configPersistenceRepos, ctx)}
${indentInclude(8, configStoresSecretsOutputs, ctx)}
${indentInclude(8, configStoresSecretsLogs, ctx)}
${indentInclude(8, configCeleryScheduler, ctx)}
        volumeMounts:
${indentInclude(8, volumesDirMounts, ctx)}
${indentInclude(8, volumesVolumeMountsLogs, ctx)}
${indentInclude(8, volumesVolumeMountsOutputs, ctx)}
${containerResources(ctx, 'scheduler')}
      volumes:
${indentInclude(6, volumesDirs, ctx)}
${indentInclude(6, volumesVolumesLogs, ctx)}
${indentInclude(6, volumesVolumesOutputs, ctx)}
`;
}
