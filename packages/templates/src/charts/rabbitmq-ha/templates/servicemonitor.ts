/** Port of polyaxon/charts/rabbitmq-ha/templates/servicemonitor.yaml. */
import type { RenderContext } from '../../../context.js';
import { and, field, truthy } from '../../../runtime/index.js';
import { rabbitmqHaFullname, rabbitmqHaName, val, yamlBlock } from './_helpers.js';

/** A Prometheus-operator ServiceMonitor for the exporter port. */
export function servicemonitor(ctx: RenderContext): string {
  const exporter = field(ctx.Values, 'prometheus', 'exporter', 'enabled');
  // The untrimmed `if` keeps the newline after it; the one after the untrimmed `end` is printed either way.
  if (!truthy(and(exporter, () => field(ctx.Values, 'prometheus', 'operator', 'enabled')))) return '\n';
  const sm = ['prometheus', 'operator', 'serviceMonitor'];
  return `
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: ${rabbitmqHaFullname(ctx)}
  namespace: ${val(ctx, ...sm, 'namespace')}
  labels:${yamlBlock(ctx, 4n, ...sm, 'selector')}
spec:
  selector:
    matchLabels:
      app: ${rabbitmqHaName(ctx)}
      release: ${ctx.Release.Name}
  endpoints:
  - port: exporter
    interval: ${val(ctx, ...sm, 'interval')}
  namespaceSelector:
    any: true

`;
}
