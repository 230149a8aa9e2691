/**
 * Blocks that redis-master-statefulset.yaml and redis-slave-statefulset.yaml
 * repeat nearly verbatim (the sentinel sidecar, probes, init containers, volume
 * claim templates, update strategy). Each function returns the text from the
 * newline before its first line, so the callers concatenate them as the
 * templates' left-trimming `if …` lines join them. Parameters carry the few differences.
 */
import type { GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../../context.js';
import { dflt, eq, field, includeSha256, or, printValue, quote, rangeItems, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { configmap } from '../templates/configmap.js';
import { healthConfigmap } from '../templates/health-configmap.js';
import { secret } from '../templates/secret.js';
import {
  redisName,
  redisSecretName,
  redisSysctlImage,
  redisVolumePermissionsImage,
  sentinelImage,
} from '../templates/_helpers.js';
import { val, yamlIndent } from './common.js';

export type Role = 'master' | 'slave';

/**
 * The three `checksum/*:` annotations, each valued by the pipeline `include (print $.Template.BasePath "/x.yaml") . | sha256sum`;
 * each include renders afresh, as Helm does (random passwords differ).
 */
export function checksumAnnotations(ctx: RenderContext): string {
  return `
        checksum/health: ${includeSha256(ctx, 'health-configmap.yaml', healthConfigmap)}
        checksum/configmap: ${includeSha256(ctx, 'configmap.yaml', configmap)}
        checksum/secret: ${includeSha256(ctx, 'secret.yaml', secret)}`;
}

/** `securityContext: runAsUser:` of a container, when `securityContext.enabled`. */
export function containerSecurityContext(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'securityContext', 'enabled'))) return '';
  return `
        securityContext:
          runAsUser: ${val(ctx, 'securityContext', 'runAsUser')}`;
}

/**
 * A probe block, between a left-trimming `if .Values.<c>.<probe>.enabled` and a left-trimming `end`. The command
 * line is the caller's: the chart passes livenessProbe.timeoutSeconds to the
 * readiness probe's script too (kept).
 */
export function probe(
  ctx: RenderContext,
  component: string,
  name: 'livenessProbe' | 'readinessProbe',
  command: () => string,
): string {
  if (!truthy(field(ctx.Values, component, name, 'enabled'))) return '';
  const p = (key: string) => val(ctx, component, name, key);
  return `
        ${name}:
          initialDelaySeconds: ${p('initialDelaySeconds')}
          periodSeconds: ${p('periodSeconds')}
          timeoutSeconds: ${p('timeoutSeconds')}
          successThreshold: ${p('successThreshold')}
          failureThreshold: ${p('failureThreshold')}
          exec:
            command:
            - sh
            - -c
            - ${command()}`;
}

/** The password env entries of the redis and sentinel containers (the master container's too). */
export function passwordEnv(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'usePassword'))) {
    return `
        - name: ALLOW_EMPTY_PASSWORD
          value: "yes"`;
  }
  if (truthy(field(ctx.Values, 'usePasswordFile'))) {
    return `
        - name: REDIS_PASSWORD_FILE
          value: "/opt/bitnami/redis/secrets/redis-password"`;
  }
  return `
        - name: REDIS_PASSWORD
          valueFrom:
            secretKeyRef:
              name: ${redisSecretName(ctx)}
              key: redis-password`;
}

/** The password file mount, under the left-trimming `if .Values.usePasswordFile`. */
export function passwordFileMount(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'usePasswordFile'))) return '';
  return `
        - name: redis-password
          mountPath: /opt/bitnami/redis/secrets/`;
}

/** The left-trimming `if and .Values.cluster.enabled .Values.sentinel.enabled`. */
export function sentinelSidecar(ctx: RenderContext): boolean {
  // `and` short-circuits: sentinel.enabled is read only when cluster.enabled is true.
  return truthy(field(ctx.Values, 'cluster', 'enabled')) && truthy(field(ctx.Values, 'sentinel', 'enabled'));
}

/**
 * The sentinel container (both statefulsets run one when sentinel is on); they
 * differ only in the trailing slash of the last mount path.
 */
export function sentinelContainer(ctx: RenderContext, etcMountPath: string): string {
  const s = (...keys: string[]) => val(ctx, 'sentinel', ...keys);
  let out = `
      - name: sentinel
        image: "${sentinelImage(ctx)}"
        imagePullPolicy: ${quote(field(ctx.Values, 'sentinel', 'image', 'pullPolicy'))}${containerSecurityContext(ctx)}
        command:
        - /bin/bash
        - -c
        - |
          if [[ -n $REDIS_PASSWORD_FILE ]]; then
            password_aux=\`cat \${REDIS_PASSWORD_FILE}\`
            export REDIS_PASSWORD=$password_aux
          fi
          if [[ ! -f /opt/bitnami/redis-sentinel/etc/sentinel.conf ]];then
            cp /opt/bitnami/redis-sentinel/mounted-etc/sentinel.conf /opt/bitnami/redis-sentinel/etc/sentinel.conf`;
  if (truthy(field(ctx.Values, 'usePassword'))) {
    out += `
            printf "\\nsentinel auth-pass ${s('masterSet')} $REDIS_PASSWORD" >> /opt/bitnami/redis-sentinel/etc/sentinel.conf`;
  }
  out += `
          fi
          echo "Getting information about current running sentinels"
          # Get information from existing sentinels
          existing_sentinels=$(timeout -s 9 ${s('initialCheckTimeout')} redis-cli --raw -h ${redisFullname(ctx)} -a $REDIS_PASSWORD -p ${s('service', 'sentinelPort')} SENTINEL sentinels ${s('masterSet')})
          echo "$existing_sentinels" | awk -f /health/parse_sentinels.awk | tee -a  /opt/bitnami/redis-sentinel/etc/sentinel.conf

          redis-server /opt/bitnami/redis-sentinel/etc/sentinel.conf --sentinel
        env:${passwordEnv(ctx)}
        - name: REDIS_SENTINEL_PORT
          value: ${quote(field(ctx.Values, 'sentinel', 'port'))}
        ports:
        - name: redis-sentinel
          containerPort: ${s('port')}`;
  const pingSentinel = () => `/health/ping_sentinel.sh ${s('livenessProbe', 'timeoutSeconds')}`;
  out += probe(ctx, 'sentinel', 'livenessProbe', pingSentinel);
  out += probe(ctx, 'sentinel', 'readinessProbe', pingSentinel);
  return `${out}
        resources:
${yamlIndent(10, field(ctx.Values, 'sentinel', 'resources'))}
        volumeMounts:
        - name: health
          mountPath: /health${passwordFileMount(ctx)}
        - name: redis-data
          mountPath: ${val(ctx, 'master', 'persistence', 'path')}
          subPath: ${val(ctx, 'master', 'persistence', 'subPath')}
        - name: config
          mountPath: /opt/bitnami/redis-sentinel/mounted-etc
        - name: sentinel-tmp-conf
          mountPath: ${etcMountPath}`;
}

/**
 * The left-trimming `if or $needsVolumePermissions .Values.sysctlImage.enabled`, then `initContainers: …`.
 * `needsVolumePermissions` is the template's variable, already evaluated.
 */
export function initContainers(ctx: RenderContext, role: Role, needsVolumePermissions: GoValue | undefined): string {
  const sysctl = (...keys: string[]) => field(ctx.Values, 'sysctlImage', ...keys);
  if (!truthy(or(needsVolumePermissions, () => sysctl('enabled')))) return '';
  let out = `
      initContainers:`;
  if (truthy(needsVolumePermissions)) {
    out += `
      - name: volume-permissions
        image: "${redisVolumePermissionsImage(ctx)}"
        imagePullPolicy: ${quote(field(ctx.Values, 'volumePermissions', 'image', 'pullPolicy'))}
        command: ["/bin/chown", "-R", "${val(ctx, 'securityContext', 'runAsUser')}:${val(ctx, 'securityContext', 'fsGroup')}", "${val(ctx, role, 'persistence', 'path')}"]
        securityContext:
          runAsUser: 0
        resources:
${yamlIndent(10, field(ctx.Values, 'volumePermissions', 'resources'))}
        volumeMounts:
        - name: redis-data
          mountPath: ${val(ctx, role, 'persistence', 'path')}
          subPath: ${val(ctx, role, 'persistence', 'subPath')}`;
  }
  if (truthy(sysctl('enabled'))) {
    out += `
      - name: init-sysctl
        image: ${redisSysctlImage(ctx)}
        imagePullPolicy: ${quote(dflt('', sysctl('pullPolicy')))}
        resources:
${yamlIndent(10, sysctl('resources'))}`;
    if (truthy(sysctl('mountHostSys'))) {
      out += `
        volumeMounts:
        - name: host-sys
          mountPath: /host-sys`;
    }
    out += `
        command:
${yamlIndent(10, sysctl('command'))}
        securityContext:
          privileged: true
          runAsUser: 0`;
  }
  return out;
}

/** The volume under the left-trimming `if .Values.sysctlImage.mountHostSys`. */
export function hostSysVolume(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'sysctlImage', 'mountHostSys'))) return '';
  return `
      - name: host-sys
        hostPath:
          path: /sys`;
}

/** The `volumeClaimTemplates:` block; the caller decides whether there is one. */
export function volumeClaimTemplates(ctx: RenderContext, role: Role): string {
  const persistence = (key: string) => field(ctx.Values, role, 'persistence', key);
  let out = `
  volumeClaimTemplates:
    - metadata:
        name: redis-data
        labels:
          app: "${redisName(ctx)}"
          component: "${role}"
          release: ${quote(ctx.Release.Name)}
          heritage: ${quote(ctx.Release.Service)}
      spec:
        accessModes:`;
  for (const mode of rangeItems(persistence('accessModes'))) out += `\n          - ${quote(mode)}`;
  out += `
        resources:
          requests:
            storage: ${quote(persistence('size'))}`;
  const storageClass = persistence('storageClass');
  if (truthy(storageClass)) {
    // "-" asks for no storage class at all: an explicit empty one.
    if (eq('-', storageClass)) out += `\n        storageClassName: ""`;
    else out += `\n        storageClassName: ${quote(storageClass)}`;
  }
  return out;
}

/** The `updateStrategy:` block, from "\n  updateStrategy:" on. */
export function updateStrategy(ctx: RenderContext, role: Role): string {
  const statefulset = (key: string) => field(ctx.Values, role, 'statefulset', key);
  let out = `
  updateStrategy:
    type: ${printValue(statefulset('updateStrategy'))}`;
  if (truthy(statefulset('rollingUpdatePartition'))) {
    if (eq('Recreate', statefulset('updateStrategy'))) {
      out += `\n    rollingUpdate: null`;
    } else {
      out += `\n    rollingUpdate:\n      partition: ${printValue(statefulset('rollingUpdatePartition'))}`;
    }
  }
  return out;
}
