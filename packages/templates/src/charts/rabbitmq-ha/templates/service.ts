/** Port of polyaxon/charts/rabbitmq-ha/templates/service.yaml. */
import type { RenderContext } from '../../../context.js';
import { and, field, ne, not, or, quote, truthy } from '../../../runtime/index.js';
import {
  extraLabels,
  pluginPorts,
  rabbitmqHaChart,
  rabbitmqHaFullname,
  rabbitmqHaName,
  val,
  yamlBlock,
} from './_helpers.js';

/** The client-facing Service; with an exporter but no Prometheus operator it carries scrape annotations. */
export function service(ctx: RenderContext): string {
  const exporterEnabled = () => field(ctx.Values, 'prometheus', 'exporter', 'enabled');
  const scrapeAnnotations = () =>
    and(exporterEnabled(), () => not(field(ctx.Values, 'prometheus', 'operator', 'enabled')));
  let out = `apiVersion: v1
kind: Service
metadata:`;
  if (truthy(or(field(ctx.Values, 'service', 'annotations'), scrapeAnnotations))) out += '\n  annotations:';
  out += yamlBlock(ctx, 4n, 'service', 'annotations');
  if (truthy(scrapeAnnotations())) {
    out += `
    prometheus.io/scrape: "true"
    prometheus.io/port: ${quote(field(ctx.Values, 'prometheus', 'exporter', 'port'))}`;
  }
  out += `
  name: ${rabbitmqHaFullname(ctx)}
  namespace: ${ctx.Release.Namespace}
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: ${ctx.Release.Name}
    heritage: ${ctx.Release.Service}${extraLabels(ctx)}
spec:`;
  if (ne(field(ctx.Values, 'service', 'type'), 'NodePort')) {
    out += `\n  clusterIP: "${val(ctx, 'service', 'clusterIP')}"`;
  }
  if (truthy(field(ctx.Values, 'service', 'externalIPs'))) {
    out += `\n  externalIPs:${yamlBlock(ctx, 4n, 'service', 'externalIPs')}`;
  }
  const loadBalancerIP = field(ctx.Values, 'service', 'loadBalancerIP');
  if (truthy(loadBalancerIP)) out += `\n  loadBalancerIP: "${val(ctx, 'service', 'loadBalancerIP')}"`;
  if (truthy(field(ctx.Values, 'service', 'loadBalancerSourceRanges'))) {
    out += `\n  loadBalancerSourceRanges:${yamlBlock(ctx, 4n, 'service', 'loadBalancerSourceRanges')}`;
  }
  // An unset nodePort prints as an empty `nodePort:` (null), as in the chart.
  out += `
  ports:
    - name: http
      protocol: TCP
      port: ${val(ctx, 'rabbitmqManagerPort')}
      nodePort: ${val(ctx, 'service', 'managerNodePort')}
      targetPort: http
    - name: amqp
      protocol: TCP
      port: ${val(ctx, 'rabbitmqNodePort')}
      nodePort: ${val(ctx, 'service', 'amqpNodePort')}
      targetPort: amqp
    - name: epmd
      protocol: TCP
      port: ${val(ctx, 'rabbitmqEpmdPort')}
      nodePort: ${val(ctx, 'service', 'epmdNodePort')}
      targetPort: epmd${pluginPorts(ctx)}
    `;
  // The untrimmed `if exporter.enabled` (indented by four) and its untrimmed `end` each leave a line of four spaces.
  if (truthy(exporterEnabled())) {
    out += `
    - name: exporter
      protocol: TCP
      port: ${val(ctx, 'prometheus', 'exporter', 'port')}
      targetPort: exporter
    `;
  }
  return `${out}
  selector:
    app: ${rabbitmqHaName(ctx)}
    release: ${ctx.Release.Name}
  type: ${val(ctx, 'service', 'type')}
`;
}
