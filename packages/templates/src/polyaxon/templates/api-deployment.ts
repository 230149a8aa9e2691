/** Port of polyaxon/templates/api-deployment.yaml. */
import type { RenderContext } from '../../context.js';
import { dflt, field, indentInclude, printValue, truthy } from '../../runtime/index.js';
import { polyaxonFullname } from './_helpers.js';
import { containerResources, deploymentHead, val } from '../shared/workload.js';
import { configDebugMode } from './partials/_debug.js';
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
  volumesVolumeMountsRepos,
  volumesVolumeMountsSsl,
  volumesVolumeMountsUpload,
  volumesVolumesLogs,
  volumesVolumesOutputs,
  volumesVolumesRepos,
  volumesVolumesSsl,
  volumesVolumesUpload,
} from './partials/_volumes.js';

export function apiDeployment(ctx: RenderContext): string {
  const head = deploymentHead(ctx, { name: 'api', role: 'api', replicas: () => val(ctx, 'api', 'replicas') });
  return `${head}
      containers:
      - name: ${ctx.Chart.Name}-api
        image: "${val(ctx, 'api', 'image')}:${val(ctx, 'api', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'api', 'imagePullPolicy')}
        ports:
        - containerPort: ${val(ctx, 'api', 'service', 'internalPort')}
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
${indentInclude(8, configDebugMode, ctx)}
        volumeMounts:
${indentInclude(8, volumesVolumeMountsLogs, ctx)}
${indentInclude(8, volumesVolumeMountsOutputs, ctx)}
${indentInclude(8, volumesVolumeMountsRepos, ctx)}
${indentInclude(8, volumesVolumeMountsUpload, ctx)}
${indentInclude(8, volumesVolumeMountsSsl, ctx)}
${indentInclude(8, volumesDirMounts, ctx)}
        livenessProbe:
          failureThreshold: 10
          httpGet:
            path: /healthz/
            port: ${val(ctx, 'api', 'service', 'internalPort')}
            scheme: ${apiScheme(ctx)}${hostHeader(ctx)}
          initialDelaySeconds: 150
          periodSeconds: 30
          successThreshold: 1
          timeoutSeconds: 2
        readinessProbe:
          failureThreshold: 30
          httpGet:
            path: /healthz/
            port: ${val(ctx, 'api', 'service', 'internalPort')}
            scheme: ${apiScheme(ctx)}${hostHeader(ctx)}
          initialDelaySeconds: 150
          periodSeconds: 30
          successThreshold: 1
          timeoutSeconds: 2
${containerResources(ctx, 'api')}
      - name: ${ctx.Chart.Name}-streams
        image: "${val(ctx, 'streams', 'image')}:${val(ctx, 'streams', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'streams', 'imagePullPolicy')}
        ports:
        - containerPort: ${val(ctx, 'streams', 'service', 'internalPort')}
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}
        livenessProbe:
          failureThreshold: 10
          httpGet:
            path: /healthz/
            port: ${val(ctx, 'streams', 'service', 'internalPort')}
            scheme: ${apiScheme(ctx)}
          initialDelaySeconds: 100
          periodSeconds: 30
          successThreshold: 1
          timeoutSeconds: 2
        readinessProbe:
          failureThreshold: 30
          httpGet:
            path: /healthz/
            port: ${val(ctx, 'streams', 'service', 'internalPort')}
            scheme: ${apiScheme(ctx)}
          initialDelaySeconds: 150
          periodSeconds: 30
          successThreshold: 1
          timeoutSeconds: 2
${containerResources(ctx, 'streams')}
      volumes:
${indentInclude(6, volumesVolumesLogs, ctx)}
${indentInclude(6, volumesVolumesOutputs, ctx)}
${indentInclude(6, volumesVolumesRepos, ctx)}
${indentInclude(6, volumesVolumesUpload, ctx)}
${indentInclude(6, volumesVolumesSsl, ctx)}
${indentInclude(6, volumesDirs, ctx)}
`;
}

/** A `default "HTTP"` of .Values.api.service.scheme, printed (the streams probes use the api's scheme too). */
function apiScheme(ctx: RenderContext): string {
  return printValue(dflt('HTTP', field(ctx.Values, 'api', 'service', 'scheme')));
}

/**
 * The probes' left-trimming `if .Values.allowedHosts` around `httpHeaders: ...`, closed by a
 * left-trimming `end`: with allowed
 * hosts the API checks the Host header, so the probe sends the service's name.
 */
function hostHeader(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'allowedHosts'))) return '';
  return `
            httpHeaders:
              - name: Host
                value: ${polyaxonFullname(ctx)}-api`;
}
