/** Port of polyaxon/charts/redis/templates/redis-master-statefulset.yaml. */
import type { RenderContext } from '../../../context.js';
import { and, field, indent, indentInclude, not, quote, textFrom, toYaml, truthy } from '../../../runtime/index.js';
import { tpl } from '../../../runtime/tpl.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import {
  redisChart,
  redisImage,
  redisImagePullSecrets,
  redisName,
  redisSecretName,
  redisServiceAccountName,
} from './_helpers.js';
import { val, yamlIndent } from '../shared/common.js';
import {
  checksumAnnotations,
  containerSecurityContext,
  hostSysVolume,
  initContainers,
  passwordEnv,
  passwordFileMount,
  probe,
  sentinelContainer,
  sentinelSidecar,
  updateStrategy,
  volumeClaimTemplates,
} from '../shared/statefulset.js';
import { redisTplTemplates } from '../shared/tpl-templates.js';

export function redisMasterStatefulset(ctx: RenderContext): string {
  const master = (...keys: string[]) => field(ctx.Values, 'master', ...keys);
  let out = `apiVersion: apps/v1beta2
kind: StatefulSet
metadata:
  name: ${redisFullname(ctx)}-master
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
spec:
  selector:
    matchLabels:
      release: "${ctx.Release.Name}"
      role: master
      app: ${redisName(ctx)}
  serviceName: ${redisFullname(ctx)}-headless
  template:
    metadata:
      labels:
        release: "${ctx.Release.Name}"
        chart: ${redisChart(ctx)}
        role: master
        app: ${redisName(ctx)}`;
  if (truthy(master('podLabels'))) out += `\n${yamlIndent(8, master('podLabels'))}`;
  out += `\n      annotations:${checksumAnnotations(ctx)}`;
  if (truthy(master('podAnnotations'))) out += `\n${yamlIndent(8, master('podAnnotations'))}`;
  // The left-trimming action `include "redis.imagePullSecrets" . | indent 6` joins "spec:" and pads even an empty result (trailing spaces kept).
  out += `\n    spec:${indentInclude(6, redisImagePullSecrets, ctx)}`;
  if (truthy(field(ctx.Values, 'securityContext', 'enabled'))) {
    out += `\n      securityContext:\n        fsGroup: ${val(ctx, 'securityContext', 'fsGroup')}`;
  }
  out += `\n      serviceAccountName: "${redisServiceAccountName(ctx)}"`;
  if (truthy(master('priorityClassName')))
    out += `\n      priorityClassName: "${val(ctx, 'master', 'priorityClassName')}"`;
  const affinity = master('affinity');
  if (truthy(affinity)) {
    // `tpl (toYaml .) $`: the user's affinity may itself contain template actions.
    out += `\n      affinity:\n${indent(8, tpl(toYaml(affinity), ctx, redisTplTemplates))}`;
  }
  if (truthy(master('nodeSelector'))) out += `\n      nodeSelector:\n${yamlIndent(8, master('nodeSelector'))}`;
  if (truthy(master('tolerations'))) out += `\n      tolerations:\n${yamlIndent(8, master('tolerations'))}`;
  if (truthy(master('schedulerName'))) out += `\n      schedulerName: "${val(ctx, 'master', 'schedulerName')}"`;
  // The line after the second "fi" ends in ten spaces in the chart (kept).
  out += `
      containers:
      - name: ${redisFullname(ctx)}
        image: "${redisImage(ctx)}"
        imagePullPolicy: ${quote(field(ctx.Values, 'image', 'pullPolicy'))}${containerSecurityContext(ctx)}
        command:
        - /bin/bash
        - -c
        - |
          if [[ -n $REDIS_PASSWORD_FILE ]]; then
            password_aux=\`cat \${REDIS_PASSWORD_FILE}\`
            export REDIS_PASSWORD=$password_aux
          fi
          if [[ ! -f /opt/bitnami/redis/etc/master.conf ]];then
            cp /opt/bitnami/redis/mounted-etc/master.conf /opt/bitnami/redis/etc/master.conf
          fi
          if [[ ! -f /opt/bitnami/redis/etc/redis.conf ]];then
            cp /opt/bitnami/redis/mounted-etc/redis.conf /opt/bitnami/redis/etc/redis.conf
          fi          
          ARGS=("--port" "\${REDIS_PORT}")`;
  if (truthy(field(ctx.Values, 'usePassword'))) {
    out += `\n          ARGS+=("--requirepass" "\${REDIS_PASSWORD}")`;
  } else {
    out += `\n          ARGS+=("--protected-mode" "no")`;
  }
  out += `
          ARGS+=("--include" "/opt/bitnami/redis/etc/redis.conf")
          ARGS+=("--include" "/opt/bitnami/redis/etc/master.conf")`;
  if (truthy(master('command'))) {
    // Unlike the slave's, the master's custom command gets ${ARGS[@]} unquoted (kept).
    out += `\n          ${val(ctx, 'master', 'command')} \${ARGS[@]}`;
  } else {
    out += `\n          redis-server "\${ARGS[@]}"`;
  }
  out += `
        env:
        - name: REDIS_REPLICATION_MODE
          value: master${passwordEnv(ctx)}
        - name: REDIS_PORT
          value: ${quote(field(ctx.Values, 'redisPort'))}
        ports:
        - name: redis
          containerPort: ${val(ctx, 'redisPort')}`;
  const pingLocal = () => `/health/ping_local.sh ${val(ctx, 'master', 'livenessProbe', 'timeoutSeconds')}`;
  out += probe(ctx, 'master', 'livenessProbe', pingLocal);
  out += probe(ctx, 'master', 'readinessProbe', pingLocal);
  out += `
        resources:
${yamlIndent(10, master('resources'))}
        volumeMounts:
        - name: health
          mountPath: /health${passwordFileMount(ctx)}
        - name: redis-data
          mountPath: ${val(ctx, 'master', 'persistence', 'path')}
          subPath: ${val(ctx, 'master', 'persistence', 'subPath')}
        - name: config
          mountPath: /opt/bitnami/redis/mounted-etc
        - name: redis-tmp-conf
          mountPath: /opt/bitnami/redis/etc/`;
  if (sentinelSidecar(ctx)) out += sentinelContainer(ctx, '/opt/bitnami/redis-sentinel/etc/');
  const needsVolumePermissions = and(
    () => field(ctx.Values, 'volumePermissions', 'enabled'),
    () =>
      and(
        () =>
          and(
            () => master('persistence', 'enabled'),
            () => not(field(ctx.Values, 'persistence', 'existingClaim')),
          ),
        () => field(ctx.Values, 'securityContext', 'enabled'),
      ),
  );
  out += initContainers(ctx, 'master', needsVolumePermissions);
  out += `
      volumes:
      - name: health
        configMap:
          name: ${redisFullname(ctx)}-health
          defaultMode: 0755`;
  if (truthy(field(ctx.Values, 'usePasswordFile'))) {
    out += `
      - name: redis-password
        secret:
          secretName: ${redisSecretName(ctx)}`;
  }
  out += `
      - name: config
        configMap:
          name: ${redisFullname(ctx)}`;
  // existingClaim was read before, inside an `and` that may have stopped short (line 251): textFrom
  // names the read that ran.
  if (!truthy(master('persistence', 'enabled'))) {
    out += `
      - name: "redis-data"
        emptyDir: {}`;
  } else if (truthy(textFrom(303, () => field(ctx.Values, 'persistence', 'existingClaim')))) {
    out += `
      - name: "redis-data"
        persistentVolumeClaim:
          claimName: ${val(ctx, 'persistence', 'existingClaim')}`;
  }
  out += hostSysVolume(ctx);
  out += `
      - name: redis-tmp-conf
        emptyDir: {}`;
  if (sentinelSidecar(ctx)) {
    out += `
      - name: sentinel-tmp-conf
        emptyDir: {}`;
  }
  const claimTemplates = textFrom(320, () =>
    and(
      () => master('persistence', 'enabled'),
      () => not(field(ctx.Values, 'persistence', 'existingClaim')),
    ),
  );
  if (truthy(claimTemplates)) out += volumeClaimTemplates(ctx, 'master');
  return out + updateStrategy(ctx, 'master') + '\n';
}
