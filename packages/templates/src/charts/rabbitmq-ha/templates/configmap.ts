/** Port of polyaxon/charts/rabbitmq-ha/templates/configmap.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, indent, truthy } from '../../../runtime/index.js';
import { extraLabels, rabbitmqHaChart, rabbitmqHaFullname, rabbitmqHaName, val } from './_helpers.js';

/** Optional plugins, in the template's order: the values table that enables each, and the plugin. */
const optionalPlugins: readonly (readonly [string, string])[] = [
  ['rabbitmqLDAPPlugin', 'rabbitmq_auth_backend_ldap'],
  ['rabbitmqMQTTPlugin', 'rabbitmq_mqtt'],
  ['rabbitmqWebMQTTPlugin', 'rabbitmq_web_mqtt'],
  ['rabbitmqSTOMPPlugin', 'rabbitmq_stomp'],
  ['rabbitmqWebSTOMPPlugin', 'rabbitmq_web_stomp'],
  ['rabbitmqAuth', 'rabbitmq_auth_mechanism_ssl'],
  ['rabbitmqAuthHTTP', 'rabbitmq_auth_backend_http'],
];

/** The `## Title` + optional `config` sections of rabbitmq.conf after the memory threshold. */
const pluginConfigs: readonly (readonly [string, string])[] = [
  ['Auth HTTP Backend Plugin', 'rabbitmqAuthHTTP'],
  ['LDAP Plugin', 'rabbitmqLDAPPlugin'],
  ['MQTT Plugin', 'rabbitmqMQTTPlugin'],
  ['Web MQTT Plugin', 'rabbitmqWebMQTTPlugin'],
  ['STOMP Plugin', 'rabbitmqSTOMPPlugin'],
  ['Web STOMP Plugin', 'rabbitmqWebSTOMPPlugin'],
  ['AMQPS support', 'rabbitmqAmqpsSupport'],
];

/**
 * A trimming `if .Values.X.enabled`, X.config indented by 4, a trimming `end`: the config
 * on its own lines when the plugin is enabled.
 */
function enabledConfig(ctx: RenderContext, table: string): string {
  if (!truthy(field(ctx.Values, table, 'enabled'))) return '';
  return `\n${indent(4n, field(ctx.Values, table, 'config'))}`;
}

/** The plugin list and rabbitmq.conf; advanced.config is appended even with existingConfigMap (chart quirk). */
export function configmap(ctx: RenderContext): string {
  let out = '';
  if (!truthy(field(ctx.Values, 'existingConfigMap'))) {
    out += `
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${rabbitmqHaFullname(ctx)}
  namespace: ${ctx.Release.Namespace}
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: ${ctx.Release.Name}
    heritage: ${ctx.Release.Service}${extraLabels(ctx)}
data:
  enabled_plugins: |
    [
${indent(6n, field(ctx.Values, 'extraPlugins'))}`;
    // Each trimming if/end pair takes the blank lines between them, leaving one entry per line.
    for (const [table, plugin] of optionalPlugins) {
      if (truthy(field(ctx.Values, table, 'enabled'))) out += `\n      ${plugin},`;
    }
    out += `

      rabbitmq_consistent_hash_exchange,
      rabbitmq_management,
      rabbitmq_peer_discovery_k8s
    ].

  rabbitmq.conf: |
    ## RabbitMQ configuration
    ## Ref: https://github.com/rabbitmq/rabbitmq-server/blob/master/docs/rabbitmq.conf.example

    ## Authentification${enabledConfig(ctx, 'rabbitmqAuth')}

    ## Clustering
    cluster_formation.peer_discovery_backend  = rabbit_peer_discovery_k8s
    cluster_formation.k8s.host = kubernetes.default.svc.${val(ctx, 'clusterDomain')}
    cluster_formation.k8s.address_type = hostname
    cluster_formation.node_cleanup.interval = 10
    # Set to false if automatic cleanup of absent nodes is desired.
    # This can be dangerous, see http://www.rabbitmq.com/cluster-formation.html#node-health-checks-and-cleanup.
    cluster_formation.node_cleanup.only_log_warning = true
    cluster_partition_handling = ${val(ctx, 'rabbitmqClusterPartitionHandling')}

    ## The default "guest" user is only permitted to access the server
    ## via a loopback interface (e.g. localhost)
    loopback_users.guest = false

    management.load_definitions = /etc/definitions/definitions.json

    ## Memory-based Flow Control threshold
    vm_memory_high_watermark.${val(ctx, 'rabbitmqMemoryHighWatermarkType')} = ${val(ctx, 'rabbitmqMemoryHighWatermark')}`;
    for (const [title, table] of pluginConfigs) {
      out += `\n\n    ## ${title}${enabledConfig(ctx, table)}`;
    }
    // extraConfig indented by 4 after a blank line; the newlines after it are trimmed.
    out += `\n\n${indent(4n, field(ctx.Values, 'extraConfig'))}`;
  }
  const advanced = field(ctx.Values, 'advancedConfig');
  if (truthy(advanced)) out += `\n  advanced.config: |\n${indent(4n, advanced)}`;
  return out + '\n';
}
