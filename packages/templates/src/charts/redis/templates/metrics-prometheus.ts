/** Port of polyaxon/charts/redis/templates/metrics-prometheus.yaml. */
import type { RenderContext } from '../../../context.js';
import { and, field, printValue, quote, rangeEntries, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';
import { val } from '../shared/common.js';

export function metricsPrometheus(ctx: RenderContext): string {
  const monitor = (...keys: string[]) => field(ctx.Values, 'metrics', 'serviceMonitor', ...keys);
  const enabled = and(
    () => field(ctx.Values, 'metrics', 'enabled'),
    () => monitor('enabled'),
  );
  // The `end`, trimming on both sides, eats the file's last newline, so a disabled monitor renders nothing at all.
  if (!truthy(enabled)) return '';
  let out = `
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: ${redisFullname(ctx)}`;
  if (truthy(monitor('namespace'))) out += `\n  namespace: ${val(ctx, 'metrics', 'serviceMonitor', 'namespace')}`;
  out += `
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: ${ctx.Release.Name}
    heritage: ${ctx.Release.Service}`;
  for (const [key, value] of rangeEntries(monitor('selector'))) {
    out += `\n    ${printValue(key)}: ${quote(value)}`;
  }
  out += `
spec:
  endpoints:
  - port: metrics`;
  if (truthy(monitor('interval'))) out += `\n    interval: ${val(ctx, 'metrics', 'serviceMonitor', 'interval')}`;
  return `${out}
  selector:
    matchLabels:
      app: ${redisName(ctx)}
      release: ${ctx.Release.Name}
  namespaceSelector:
    matchNames:
    - ${ctx.Release.Namespace}`;
}
