/** Port of polyaxon/templates/resources-ds.yaml. */
import type { RenderContext } from '../../context.js';
import { field, indentInclude, toYamlIndented, truthy } from '../../runtime/index.js';
import { polyaxonFullname } from './_helpers.js';
import { chartLabel, configChecksum, containerResources, secretsChecksum, val } from '../shared/workload.js';
import { configEnvFrom } from './partials/_envFrom.js';
import { configEnvs } from './partials/_envs.js';
import { configSa } from './partials/_sa.js';
import { volumesDirMounts, volumesDirs } from './partials/_volumes.js';

export function resourcesDs(ctx: RenderContext): string {
  // Only the file's final newline is outside the `if`.
  if (!truthy(field(ctx.Values, 'resourcesDaemon', 'enabled'))) return '\n';
  let out = `apiVersion: extensions/v1beta1
kind: DaemonSet
metadata:
  name: ${polyaxonFullname(ctx)}-resources
  annotations:
    chart: "${chartLabel(ctx)}"
    checksum/config: ${configChecksum(ctx)}
    checksum/secrets: ${secretsChecksum(ctx)}
  labels:
    app: ${polyaxonFullname(ctx)}-resources
    chart: "${chartLabel(ctx)}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
    type: ${val(ctx, 'types', 'core')}
    role: ${val(ctx, 'roles', 'log')}
    app.kubernetes.io/name: ${polyaxonFullname(ctx)}-resources
    app.kubernetes.io/instance: "${chartLabel(ctx)}"
    app.kubernetes.io/version: "${ctx.Chart.Version}"
    app.kubernetes.io/part-of: ${val(ctx, 'types', 'core')}
    app.kubernetes.io/component: ${val(ctx, 'roles', 'log')}
    app.kubernetes.io/managed-by: "helm"
spec:
  updateStrategy:
    type: RollingUpdate
  template:
    metadata:
      annotations:
        chart: "${chartLabel(ctx)}"
        checksum/config: ${configChecksum(ctx)}
        checksum/secrets: ${secretsChecksum(ctx)}
      labels:
        app: ${polyaxonFullname(ctx)}-resources
        release: "${ctx.Release.Name}"
        type: ${val(ctx, 'types', 'core')}
        role: ${val(ctx, 'roles', 'log')}
    spec:`;
  const tolerations = field(ctx.Values, 'resourcesDaemon', 'tolerations');
  if (truthy(tolerations)) {
    out += `\n      tolerations:\n${toYamlIndented(8, tolerations)}`;
  }
  // The chart's commented-out securityContext lines are template text, so they are output too.
  out += `
${indentInclude(6, configSa, ctx)}
      containers:
      - name: ${ctx.Chart.Name}-resources
        image: "${val(ctx, 'resourcesDaemon', 'image')}:${val(ctx, 'resourcesDaemon', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'resourcesDaemon', 'imagePullPolicy')}
        args: ["--sleep_interval=${val(ctx, 'resourcesDaemon', 'sleepInterval')}", "--persist=${val(ctx, 'resourcesDaemon', 'persists')}"]
#        securityContext:
#          privileged: true
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}
${containerResources(ctx, 'resourcesDaemon')}
        volumeMounts:
${indentInclude(8, volumesDirMounts, ctx)}
      volumes:
${indentInclude(6, volumesDirs, ctx)}`;
  // The left-trimming `end` eats the newline before it; the file's last newline remains.
  return out + '\n';
}
