/** Port of polyaxon/charts/rabbitmq-ha/templates/ingress.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, printValue, quote, rangeEntries, truthy } from '../../../runtime/index.js';
import { rabbitmqHaChart, rabbitmqHaFullname, rabbitmqHaName, val } from './_helpers.js';

/** An Ingress to the management UI. */
export function ingress(ctx: RenderContext): string {
  // Only the file's final newline is outside the chart's trimming `if`.
  if (!truthy(field(ctx.Values, 'ingress', 'enabled'))) return '\n';
  let out = `
apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: ${rabbitmqHaFullname(ctx)}
  namespace: ${ctx.Release.Namespace}
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: ${ctx.Release.Name}
    heritage: ${ctx.Release.Service}
  annotations:`;
  for (const [key, value] of rangeEntries(field(ctx.Values, 'ingress', 'annotations'))) {
    out += `\n    ${printValue(key)}: ${quote(value)}`;
  }
  out += `
spec:
  rules:`;
  const hostName = field(ctx.Values, 'ingress', 'hostName');
  out += truthy(hostName) ? `\n    - host: ${printValue(hostName)}\n      http:` : '\n    - http:';
  out += `
        paths:
          - path: ${val(ctx, 'ingress', 'path')}
            backend:
              serviceName: ${rabbitmqHaFullname(ctx)}
              servicePort: ${val(ctx, 'rabbitmqManagerPort')}`;
  if (truthy(field(ctx.Values, 'ingress', 'tls'))) {
    out += `
  tls:
    - secretName: ${val(ctx, 'ingress', 'tlsSecret')}`;
    if (truthy(field(ctx.Values, 'ingress', 'hostName'))) {
      out += `
      hosts:
        - ${val(ctx, 'ingress', 'hostName')}`;
    }
  }
  return out + '\n';
}
