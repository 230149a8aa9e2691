/** Port of polyaxon/charts/redis/templates/redis-slave-statefulset.yaml. */
import type { RenderContext } from '../../../context.js';
import { and, field, indent, indentInclude, quote, toYaml, truthy } from '../../../runtime/index.js';
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
  passwordFileMount,
  probe,
  sentinelContainer,
  sentinelSidecar,
  updateStrategy,
  volumeClaimTemplates,
} from '../shared/statefulset.js';
import { redisTplTemplates } from '../shared/tpl-templates.js';

/** The slave's password env: its own and its master's, from the same secret or file. */
function slavePasswordEnv(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'usePassword'))) {
    return `
        - name: ALLOW_EMPTY_PASSWORD
          value: "yes"`;
  }
  if (truthy(field(ctx.Values, 'usePasswordFile'))) {
    return `
        - name: REDIS_PASSWORD_FILE
          value: "/opt/bitnami/redis/secrets/redis-password"
        - name: REDIS_MASTER_PASSWORD_FILE
          value: "/opt/bitnami/redis/secrets/redis-password"`;
  }
  return `
        - name: REDIS_PASSWORD
          valueFrom:
            secretKeyRef:
              name: ${redisSecretName(ctx)}
              key: redis-password
        - name: REDIS_MASTER_PASSWORD
          valueFrom:
            secretKeyRef:
              name: ${redisSecretName(ctx)}
              key: redis-password`;
}

export function redisSlaveStatefulset(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'cluster', 'enabled'))) return '\n';
  const slave = (...keys: string[]) => field(ctx.Values, 'slave', ...keys);
  let out = `
apiVersion: apps/v1beta2
kind: StatefulSet
metadata:
  name: ${redisFullname(ctx)}-slave
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
spec:`;
  if (truthy(slave('updateStrategy'))) out += `\n  strategy:\n${yamlIndent(4, slave('updateStrategy'))}`;
  if (truthy(field(ctx.Values, 'cluster', 'slaveCount'))) out += `\n  replicas: ${val(ctx, 'cluster', 'slaveCount')}`;
  out += `
  serviceName: ${redisFullname(ctx)}-headless
  selector:
    matchLabels:
        release: "${ctx.Release.Name}"
        role: slave
        app: ${redisName(ctx)}
  template:
    metadata:
      labels:
        release: "${ctx.Release.Name}"
        chart: ${redisChart(ctx)}
        role: slave
        app: ${redisName(ctx)}`;
  if (truthy(slave('podLabels'))) out += `\n${yamlIndent(8, slave('podLabels'))}`;
  out += `\n      annotations:${checksumAnnotations(ctx)}`;
  if (truthy(slave('podAnnotations'))) out += `\n${yamlIndent(8, slave('podAnnotations'))}`;
  // The left-trimming action `include "redis.imagePullSecrets" . | indent 6` joins "spec:" and pads even an empty result (trailing spaces kept).
  out += `\n    spec:${indentInclude(6, redisImagePullSecrets, ctx)}`;
  if (truthy(field(ctx.Values, 'securityContext', 'enabled'))) {
    out += `\n      securityContext:\n        fsGroup: ${val(ctx, 'securityContext', 'fsGroup')}`;
  }
  out += `\n      serviceAccountName: "${redisServiceAccountName(ctx)}"`;
  if (truthy(slave('priorityClassName')))
    out += `\n      priorityClassName: "${val(ctx, 'slave', 'priorityClassName')}"`;
  if (truthy(slave('nodeSelector'))) out += `\n      nodeSelector:\n${yamlIndent(8, slave('nodeSelector'))}`;
  if (truthy(slave('tolerations'))) out += `\n      tolerations:\n${yamlIndent(8, slave('tolerations'))}`;
  if (truthy(slave('schedulerName'))) out += `\n      schedulerName: "${val(ctx, 'slave', 'schedulerName')}"`;
  const affinity = slave('affinity');
  if (truthy(affinity)) {
    // `tpl (toYaml .) $`: the user's affinity may itself contain template actions.
    out += `\n      affinity:\n${indent(8, tpl(toYaml(affinity), ctx, redisTplTemplates))}`;
  }
  // Unlike the master's, the slave's image is not quoted (kept); the line after the
  // third "fi" ends in ten spaces in the chart (kept).
  out += `
      containers:
      - name: ${redisFullname(ctx)}
        image: ${redisImage(ctx)}
        imagePullPolicy: ${quote(field(ctx.Values, 'image', 'pullPolicy'))}${containerSecurityContext(ctx)}
        command:
        - /bin/bash
        - -c
        - |
          if [[ -n $REDIS_PASSWORD_FILE ]]; then
            password_aux=\`cat \${REDIS_PASSWORD_FILE}\`
            export REDIS_PASSWORD=$password_aux
          fi
          if [[ -n $REDIS_MASTER_PASSWORD_FILE ]]; then
            password_aux=\`cat \${REDIS_MASTER_PASSWORD_FILE}\`
            export REDIS_MASTER_PASSWORD=$password_aux
          fi
          if [[ ! -f /opt/bitnami/redis/etc/replica.conf ]];then
            cp /opt/bitnami/redis/mounted-etc/replica.conf /opt/bitnami/redis/etc/replica.conf
          fi
          if [[ ! -f /opt/bitnami/redis/etc/redis.conf ]];then
            cp /opt/bitnami/redis/mounted-etc/redis.conf /opt/bitnami/redis/etc/redis.conf
          fi          
          ARGS=("--port" "\${REDIS_PORT}")`;
  if (truthy(field(ctx.Values, 'usePassword'))) {
    out += `
          ARGS+=("--requirepass" "\${REDIS_PASSWORD}")
          ARGS+=("--slaveof" "\${REDIS_MASTER_HOST}" "\${REDIS_MASTER_PORT_NUMBER}")
          ARGS+=("--masterauth" "\${REDIS_MASTER_PASSWORD}")`;
  } else {
    out += `\n          ARGS+=("--protected-mode" "no")`;
  }
  out += `
          ARGS+=("--include" "/opt/bitnami/redis/etc/redis.conf")
          ARGS+=("--include" "/opt/bitnami/redis/etc/replica.conf")`;
  if (truthy(slave('command'))) {
    out += `\n          ${val(ctx, 'slave', 'command')} "\${ARGS[@]}"`;
  } else {
    out += `\n          redis-server "\${ARGS[@]}"`;
  }
  const fullname = redisFullname(ctx);
  out += `
        env:
        - name: REDIS_REPLICATION_MODE
          value: slave
        - name: REDIS_MASTER_HOST
          value: ${fullname}-master-0.${redisFullname(ctx)}-headless.${ctx.Release.Namespace}.svc.cluster.local
        - name: REDIS_PORT
          value: ${quote(field(ctx.Values, 'redisPort'))}
        - name: REDIS_MASTER_PORT_NUMBER
          value: ${quote(field(ctx.Values, 'redisPort'))}${slavePasswordEnv(ctx)}
        ports:
        - name: redis
          containerPort: ${val(ctx, 'redisPort')}`;
  // With sentinel the slave only checks itself; otherwise it checks its master too.
  const ping = () =>
    truthy(field(ctx.Values, 'sentinel', 'enabled'))
      ? `/health/ping_local.sh ${val(ctx, 'slave', 'livenessProbe', 'timeoutSeconds')}`
      : `/health/ping_local_and_master.sh ${val(ctx, 'slave', 'livenessProbe', 'timeoutSeconds')}`;
  out += probe(ctx, 'slave', 'livenessProbe', ping);
  out += probe(ctx, 'slave', 'readinessProbe', ping);
  out += `
        resources:
${yamlIndent(10, slave('resources'))}
        volumeMounts:
        - name: health
          mountPath: /health${passwordFileMount(ctx)}
        - name: redis-data
          mountPath: /data
        - name: config
          mountPath: /opt/bitnami/redis/mounted-etc
        - name: redis-tmp-conf
          mountPath: /opt/bitnami/redis/etc`;
  if (sentinelSidecar(ctx)) out += sentinelContainer(ctx, '/opt/bitnami/redis-sentinel/etc');
  const needsVolumePermissions = and(
    () => field(ctx.Values, 'volumePermissions', 'enabled'),
    () =>
      and(
        () => slave('persistence', 'enabled'),
        () => field(ctx.Values, 'securityContext', 'enabled'),
      ),
  );
  out += initContainers(ctx, 'slave', needsVolumePermissions);
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
  out += hostSysVolume(ctx);
  // The slave always mounts both scratch volumes, sentinel or not (kept).
  out += `
      - name: sentinel-tmp-conf
        emptyDir: {}
      - name: redis-tmp-conf
        emptyDir: {}`;
  if (truthy(slave('persistence', 'enabled'))) out += volumeClaimTemplates(ctx, 'slave');
  return out + updateStrategy(ctx, 'slave') + '\n';
}
