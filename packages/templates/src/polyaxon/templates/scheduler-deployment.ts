/** Port of polyaxon/templates/scheduler-deployment.yaml. */
import type { RenderContext } from '../../context.js';
import { indent } from '../../runtime/index.js';
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
${indent(8, configEnvFrom(ctx))}
        env:
${indent(8, configDns(ctx))}
${indent(8, configEnvs(ctx))}
${indent(8, configPersistenceOutputs(ctx))}
${indent(8, configPersistenceData(ctx))}
${indent(8, configPersistenceLogs(ctx))}
${indent(8, configPersistenceUpload(ctx))}
${indent(8, configPersistenceRepos(ctx))}
${indent(8, configStoresSecretsOutputs(ctx))}
${indent(8, configStoresSecretsLogs(ctx))}
${indent(8, configCeleryScheduler(ctx))}
        volumeMounts:
${indent(8, volumesDirMounts(ctx))}
${indent(8, volumesVolumeMountsLogs(ctx))}
${indent(8, volumesVolumeMountsOutputs(ctx))}
${containerResources(ctx, 'scheduler')}
      volumes:
${indent(6, volumesDirs(ctx))}
${indent(6, volumesVolumesLogs(ctx))}
${indent(6, volumesVolumesOutputs(ctx))}
`;
}
