/** Port of polyaxon/charts/redis/templates/metrics-deployment.yaml. */
import type { RenderContext } from '../../../context.js';
import {
  field,
  includeSha256,
  indentInclude,
  printValue,
  quote,
  rangeEntries,
  sprintf,
  toInt,
  truthy,
} from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import {
  redisChart,
  redisImagePullSecrets,
  redisMetricsImage,
  redisName,
  redisSecretName,
  redisServiceAccountName,
} from './_helpers.js';
import { val, yamlIndent } from '../shared/common.js';
import { secret } from './secret.js';

export function metricsDeployment(ctx: RenderContext): string {
  // Only the newline after the closing delimiter of the left-trimming `if .Values.metrics.enabled` and the file's last one are outside the `if`.
  if (!truthy(field(ctx.Values, 'metrics', 'enabled'))) return '\n';
  const metrics = (...keys: string[]) => field(ctx.Values, 'metrics', ...keys);
  let out = `
apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: ${redisFullname(ctx)}-metrics
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
spec:
  selector:
    matchLabels:
        release: "${ctx.Release.Name}"
        role: metrics
        app: ${redisName(ctx)}
  template:
    metadata:
      labels:
        release: "${ctx.Release.Name}"
        chart: ${redisChart(ctx)}
        role: metrics
        app: ${redisName(ctx)}`;
  if (truthy(metrics('podLabels'))) out += `\n${yamlIndent(8, metrics('podLabels'))}`;
  // A fresh render of secret.yaml, as `include` does: an unpinned random password hashes differently each time.
  out += `
      annotations:
        checksum/secret: ${includeSha256(ctx, 'secret.yaml', secret)}`;
  if (truthy(metrics('podAnnotations'))) out += `\n${yamlIndent(8, metrics('podAnnotations'))}`;
  // The left-trimming action `include "redis.imagePullSecrets" . | indent 6` joins "spec:" and pads even an empty result (trailing spaces kept).
  out += `\n    spec:${indentInclude(6, redisImagePullSecrets, ctx)}`;
  if (truthy(metrics('nodeSelector'))) out += `\n      nodeSelector:\n${yamlIndent(8, metrics('nodeSelector'))}`;
  out += `\n      serviceAccountName: "${redisServiceAccountName(ctx)}"`;
  if (truthy(metrics('priorityClassName')))
    out += `\n      priorityClassName: "${val(ctx, 'metrics', 'priorityClassName')}"`;
  if (truthy(metrics('tolerations'))) out += `\n      tolerations:\n${yamlIndent(8, metrics('tolerations'))}`;
  out += `
      containers:
      - name: metrics
        image: ${redisMetricsImage(ctx)}
        imagePullPolicy: ${quote(metrics('image', 'pullPolicy'))}
        args:`;
  for (const [key, value] of rangeEntries(metrics('extraArgs'))) {
    out += `\n          - --${printValue(key)}=${printValue(value)}`;
  }
  out += `
        env:
        - name: REDIS_ADDR`;
  if (truthy(field(ctx.Values, 'cluster', 'enabled'))) {
    const addr = sprintf(
      '%s-master:%d,%s-slave:%d',
      redisFullname(ctx),
      toInt(field(ctx.Values, 'redisPort')),
      redisFullname(ctx),
      toInt(field(ctx.Values, 'redisPort')),
    );
    out += `\n          value: ${quote(addr)}`;
  } else {
    out += `\n          value: ${quote(sprintf('%s-master:%d', redisFullname(ctx), toInt(field(ctx.Values, 'redisPort'))))}`;
  }
  out += `
        - name: REDIS_ALIAS
          value: ${redisFullname(ctx)}`;
  if (truthy(field(ctx.Values, 'usePassword'))) {
    if (truthy(field(ctx.Values, 'usePasswordFile'))) {
      out += `
        - name: REDIS_PASSWORD_FILE
          value: "/secrets/redis-password"`;
    } else {
      out += `
        - name: REDIS_PASSWORD
          valueFrom:
            secretKeyRef:
              name: ${redisSecretName(ctx)}
              key: redis-password`;
    }
  }
  out += `\n        volumeMounts:`;
  if (truthy(field(ctx.Values, 'usePasswordFile'))) {
    out += `
        - name: redis-password
          mountPath: /secrets/`;
  }
  out += `
        ports:
        - name: metrics
          containerPort: 9121
        resources:
${yamlIndent(10, metrics('resources'))}
      volumes:`;
  if (truthy(field(ctx.Values, 'usePasswordFile'))) {
    out += `
        - name: redis-password
          secret:
            secretName: ${redisSecretName(ctx)}`;
  }
  return out + '\n';
}
