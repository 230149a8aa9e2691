/** Port of polyaxon/charts/rabbitmq-ha/templates/alerts.yaml. */
import type { RenderContext } from '../../../context.js';
import { and, field, truthy } from '../../../runtime/index.js';
import { rabbitmqHaChart, rabbitmqHaFullname, rabbitmqHaName, val, yamlBlock } from './_helpers.js';

/**
 * A PrometheusRule with the chart's alerts. Their annotations hold Prometheus's own
 * templates (`$labels.x` in double braces), which the chart prints literally.
 */
export function alerts(ctx: RenderContext): string {
  const exporter = field(ctx.Values, 'prometheus', 'exporter', 'enabled');
  const enabled = and(
    exporter,
    () => field(ctx.Values, 'prometheus', 'operator', 'enabled'),
    () => field(ctx.Values, 'prometheus', 'operator', 'alerts', 'enabled'),
  );
  // The chart's `if` keeps the newline after it; the one after its `end` is printed either way.
  if (!truthy(enabled)) return '\n';
  const fullname = rabbitmqHaFullname(ctx);
  const release = ctx.Release.Name;
  const svc = `{service="${fullname}"}`;
  const alertLabels = () => yamlBlock(ctx, 10n, 'prometheus', 'operator', 'alerts', 'labels');
  /** One rule whose labels end with the user's `alerts.labels`. */
  const rule = (alert: string, expr: string, forTime: string, description: string, summary: string) => `
    - alert: ${alert}
      expr: ${expr}
      for: ${forTime}
      labels:
        installed_by: ${release}
        severity: critical${alertLabels()}
      annotations:
        description: ${description}
        summary: ${summary}`;
  const pod = `RabbitMQ ${promLabel('namespace')}/${promLabel('pod', '')}`;
  const service = `${promLabel('namespace')}/${promLabel('service', '')}`;
  const sm = ['prometheus', 'operator', 'serviceMonitor'];
  let out = `
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: ${release}-rabbitmq-alerts
  namespace: ${val(ctx, ...sm, 'namespace')}
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: ${release}
    heritage: ${ctx.Release.Service}${yamlBlock(ctx, 4n, ...sm, 'selector')}${yamlBlock(ctx, 4n, 'prometheus', 'operator', 'alerts', 'selector')}
spec:
  groups:
  - name: ${fullname}.rules
    rules:`;
  out += rule('RabbitMqClusterNodeDown', `rabbitmq_up${svc} == 0`, '5m', `${pod} is down`, 'RabbitMQ Node Is Down');
  // This rule has a fixed `team` label instead of the user's alert labels.
  out += `
    - alert: RabbitMqClusterNotAllNodesRunning
      expr: sum(rabbitmq_up${svc}) by (service) < ${val(ctx, 'replicaCount')}
      for: 5m
      labels:
        installed_by: ${release}
        severity: critical
        team: devops
      annotations:
        description: Some RabbitMQ Cluster Nodes Are Down in Service ${service}
        summary: Some RabbitMQ Cluster Nodes Are Down in Service ${service}`;
  const cutOff = 'Which means the node hit highwater mark and has cut off network connectivity, see RabbitMQ WebUI';
  out += rule(
    'RabbitMqDiskSpaceAlarm',
    `rabbitmq_node_disk_free_alarm${svc} == 1`,
    '1m',
    `${pod} Disk Space Alarm is going off.  ${cutOff}`,
    'RabbitMQ is Out of Disk Space',
  );
  out += rule(
    'RabbitMqMemoryAlarm',
    `rabbitmq_node_mem_alarm${svc} == 1`,
    '1m',
    `${pod} High Memory Alarm is going off.  ${cutOff}`,
    'RabbitMQ is Out of Memory',
  );
  out += rule(
    'RabbitMqMemoryUsageHigh',
    `(rabbitmq_node_mem_used${svc} / rabbitmq_node_mem_limit${svc}) > .9`,
    '1m',
    `${pod} Memory Usage > 90%`,
    'RabbitMQ Node > 90% Memory Usage',
  );
  out += rule(
    'RabbitMqFileDescriptorsLow',
    `(rabbitmq_fd_used${svc} / rabbitmq_fd_total${svc}) > .9`,
    '5m',
    `${pod} File Descriptor Usage > 90%`,
    'RabbitMQ Low File Descriptor Available',
  );
  out += rule(
    'RabbitMqDiskSpaceLow',
    `predict_linear(rabbitmq_node_disk_free${svc}[15m], 1 * 60 * 60) < rabbitmq_node_disk_free_limit${svc}`,
    '5m',
    `${pod} will hit disk limit in the next hr based on last 15 mins trend.`,
    'RabbitMQ is Low on Disk Space and will Run Out in the next hour',
  );
  return out + '\n\n';
}

/**
 * A Prometheus template reading one alert label, as the chart prints it (its `pod` and
 * `service` ones have no space before the closing braces). This is output text for
 * Prometheus to expand, never a template run here; it is put together from its braces so
 * that no template action is written out in a ported template's source.
 */
function promLabel(name: string, spaceBeforeClose = ' '): string {
  const open = '{'.repeat(2);
  const close = '}'.repeat(2);
  return `${open} $labels.${name}${spaceBeforeClose}${close}`;
}
