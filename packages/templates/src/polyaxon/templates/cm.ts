/**
 * Port of polyaxon/templates/cm.yaml.
 *
 * One deviation from the published chart: its line 137,
 * an `if ( .Values.broker ) and eq .Values.broker "redis"` that trims on its right, is rejected by every
 * Helm 3 (Helm 2's Go silently dropped what followed the parentheses). We implement
 * what it means, a right-trimming `if and .Values.broker (eq .Values.broker "redis")`, as the
 * reference chart does (docs/reference.md; scripts/reference/assemble-reference.sh makes the same fix).
 */
import type { GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../context.js';
import {
  and,
  contains,
  dflt,
  eq,
  field,
  fieldAt,
  ge,
  index,
  printValue,
  quote,
  replace,
  toInt,
  toJson,
  truthy,
} from '../../runtime/index.js';
import { k8sMinor, polyaxonFullname } from './_helpers.js';
import {
  postgresqlConnMaxAge,
  postgresqlDatabase,
  postgresqlFullname,
  postgresqlHost,
  postgresqlPort,
  postgresqlUser,
} from './partials/_postgres.js';
import { rabbitmqFullname, rabbitmqHost, rabbitmqPort, rabbitmqUser } from './partials/_rabbitmq.js';
import { redisFullname, redisHost, redisPort } from './partials/_redis.js';
import { dockerRegistryHost, dockerRegistryPort } from './partials/_registry.js';

/** `and A B C` over values fields, short-circuiting like Go >= 1.18. */
function allSet(ctx: RenderContext, ...paths: string[][]): boolean {
  return truthy(and(...paths.map((p) => () => field(ctx.Values, ...p))));
}

export function cm(ctx: RenderContext): string {
  const v = (...keys: string[]): GoValue | undefined => fieldAt(ctx.Values, keys);
  const p = (...keys: string[]) => printValue(fieldAt(ctx.Values, keys));
  const q = (...keys: string[]) => quote(fieldAt(ctx.Values, keys));
  const fullname = polyaxonFullname(ctx);
  const chart = `${ctx.Chart.Name}-${replace('+', '_', ctx.Chart.Version)}`;
  const redisUrl = (db: number) => `${redisHost(ctx)}:${redisPort(ctx)}/${db}`;

  let out = `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${fullname}-config
  labels:
    app: ${fullname}
    chart: "${chart}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
    type: ${p('types', 'core')}
    role: ${p('roles', 'config')}
    app.kubernetes.io/name: ${fullname}-beat
    app.kubernetes.io/instance: "${chart}"
    app.kubernetes.io/version: "${ctx.Chart.Version}"
    app.kubernetes.io/part-of: ${p('types', 'core')}
    app.kubernetes.io/component: ${p('types', 'config')}
    app.kubernetes.io/managed-by: "helm"
data:
  # Cluster
  POLYAXON_DEPLOYMENT_TYPE: ${quote(dflt('kubernetes', v('deploymentType')))}
  POLYAXON_CLUSTER_ID: ${quote(dflt('', v('clusterId')))}`;
  if (truthy(v('allowedHosts'))) out += `\n  POLYAXON_ALLOWED_HOSTS: ${quote(toJson(v('allowedHosts')))}`;
  if (truthy(v('ingress', 'enabled'))) {
    out += `\n  POLYAXON_API_HOST: ${q('ingress', 'hostName')}`;
  } else if (truthy(v('hostName'))) {
    out += `\n  POLYAXON_API_HOST: ${q('hostName')}`;
  }
  out += `
  POLYAXON_K8S_NAMESPACE: ${q('namespace')}
  POLYAXON_K8S_APP_NAME: ${fullname}
  POLYAXON_K8S_API_HOST: ${fullname}-api:${p('api', 'service', 'internalPort')}
  POLYAXON_K8S_API_INTERNAL_PORT: ${q('api', 'service', 'internalPort')}
  POLYAXON_K8S_STREAM_INTERNAL_PORT: ${q('streams', 'service', 'internalPort')}`;
  if (contains('NodePort', v('serviceType'))) {
    out += `\n  POLYAXON_K8S_API_HTTP_PORT: ${q('api', 'service', 'nodePort')}`;
  } else {
    out += `\n  POLYAXON_K8S_API_HTTP_PORT: ${q('api', 'service', 'externalPort')}`;
  }
  out += `
  POLYAXON_K8S_APP_CONFIG_NAME: ${fullname}-config
  POLYAXON_K8S_APP_SECRET_NAME: ${fullname}-secret`;
  if (truthy(v('k8s', 'host'))) out += `\n  POLYAXON_K8S_HOST: ${q('k8s', 'host')}`;
  if (truthy(v('k8s', 'ssl_ca_cert'))) out += `\n  POLYAXON_K8S_SSL_CA_CERT: ${q('k8s', 'ssl_ca_cert')}`;
  if (truthy(v('logLevel'))) out += `\n  POLYAXON_LOG_LEVEL: ${q('logLevel')}`;
  const rabbitSecret = truthy(field(index(ctx.Values, 'rabbitmq-ha'), 'enabled'))
    ? rabbitmqFullname(ctx)
    : `${fullname}-rabbitmq-secret`;
  out += `\n  POLYAXON_K8S_RABBITMQ_SECRET_NAME: ${rabbitSecret}`;
  const redisSecret = truthy(v('redis', 'enabled')) ? redisFullname(ctx) : `${fullname}-redis-secret`;
  out += `\n  POLYAXON_K8S_REDIS_SECRET_NAME: ${redisSecret}`;
  const dbSecret = truthy(v('postgresql', 'enabled')) ? postgresqlFullname(ctx) : `${fullname}-postgres-secret`;
  out += `\n  POLYAXON_K8S_DB_SECRET_NAME: ${dbSecret}`;
  out += `
  POLYAXON_ENVIRONMENT: ${quote(dflt('production', v('environment')))}
  POLYAXON_TIME_ZONE: ${q('timeZone')}
  # Run Env`;
  // `int (include "k8s.minor" .)`: sprig's int of the minor version string, compared with the Go int 8.
  if (ge(toInt(k8sMinor(ctx)), 8n)) {
    out += `\n  POLYAXON_K8S_GPU_RESOURCE_KEY: "nvidia.com/gpu"`;
  } else {
    out += `\n  POLYAXON_K8S_GPU_RESOURCE_KEY: "alpha.kubernetes.io/nvidia-gpu"`;
  }
  if (truthy(v('tpuTensorflowVersion'))) out += `\n  POLYAXON_K8S_TPU_TF_VERSION: ${q('tpuTensorflowVersion')}`;
  if (truthy(v('tpuResourceKey'))) out += `\n  POLYAXON_K8S_TPU_RESOURCE_KEY: ${q('tpuResourceKey')}`;
  out += `
  # Dirs
  POLYAXON_DIRS_NVIDIA: ${quote(toJson(v('dirs', 'nvidia')))}`;
  const nvidia = ['lib', 'bin', 'libcuda'];
  if (allSet(ctx, ...nvidia.map((d) => ['mountPaths', 'nvidia', d]))) {
    out += `
  POLYAXON_MOUNT_PATHS_NVIDIA: ${quote(toJson(v('mountPaths', 'nvidia')))}
  LD_LIBRARY_PATH: "${p('mountPaths', 'nvidia', 'lib')}:${p('mountPaths', 'nvidia', 'libcuda')}"`;
  } else if (allSet(ctx, ...nvidia.map((d) => ['dirs', 'nvidia', d]))) {
    out += `
  POLYAXON_MOUNT_PATHS_NVIDIA: ${quote(toJson(v('dirs', 'nvidia')))}
  LD_LIBRARY_PATH: "${p('dirs', 'nvidia', 'lib')}:${p('dirs', 'nvidia', 'libcuda')}"`;
  }
  out += `
  # Admin
  POLYAXON_ADMIN_NAME: ${q('user', 'username')}
  POLYAXON_ADMIN_MAIL: ${q('user', 'email')}
  POLYAXON_PASSWORD_LENGTH: ${quote(dflt('6', v('passwordLength')))}
  POLYAXON_ADMIN_VIEW_ENABLED: ${quote(dflt('false', v('adminViewEnabled')))}`;
  if (truthy(v('adminModels'))) out += `\n  POLYAXON_ADMIN_MODELS: ${quote(toJson(v('adminModels')))}`;
  out += `\n  # Email`;
  if (truthy(v('email', 'from'))) out += `\n  POLYAXON_EMAIL_FROM: ${q('email', 'from')}`;
  if (truthy(v('email', 'subjectPrefix'))) out += `\n  POLYAXON_EMAIL_SUBJECT_PREFIX: ${q('email', 'subjectPrefix')}`;
  out += `
  POLYAXON_EMAIL_HOST: ${q('email', 'host')}
  POLYAXON_EMAIL_PORT: ${q('email', 'port')}
  POLYAXON_EMAIL_USE_TLS: ${q('email', 'useTls')}`;
  if (truthy(v('email', 'hostUser'))) out += `\n  POLYAXON_EMAIL_HOST_USER: ${q('email', 'hostUser')}`;
  if (truthy(v('email', 'backend'))) out += `\n  POLYAXON_EMAIL_BACKEND: ${q('email', 'backend')}`;
  out += `\n  # SSL`;
  if (allSet(ctx, ['ssl', 'enabled'], ['ssl', 'secretName'])) {
    out += `\n  POLYAXON_SSL_ENABLED: "true"`;
    // Two spaces after the colon, as in the chart.
    if (truthy(v('ssl', 'path'))) out += `\n  POLYAXON_SSL_PATH:  ${q('ssl', 'path')}`;
  }
  out += `
  # Queues
  POLYAXON_INTERVALS_EXPERIMENTS_SCHEDULER: ${q('intervals', 'experimentsScheduler')}
  POLYAXON_INTERVALS_EXPERIMENTS_SYNC: ${q('intervals', 'experimentsSync')}
  POLYAXON_INTERVALS_CLUSTERS_UPDATE_SYSTEM_INFO: ${q('intervals', 'clustersUpdateSystemInfo')}
  POLYAXON_INTERVALS_CLUSTERS_UPDATE_SYSTEM_NODES: ${q('intervals', 'clustersUpdateSystemNodes')}
  POLYAXON_INTERVALS_PIPELINES_SCHEDULER: ${q('intervals', 'pipelinesScheduler')}
  POLYAXON_INTERVALS_OPERATIONS_DEFAULT_RETRY_DELAY: ${q('intervals', 'operationsDefaultRetryDelay')}
  POLYAXON_INTERVALS_OPERATIONS_MAX_RETRY_DELAY: ${q('intervals', 'operationsMaxRetryDelay')}
  # DB
  POLYAXON_DB_USER: ${postgresqlUser(ctx)}
  POLYAXON_DB_NAME: ${postgresqlDatabase(ctx)}
  POLYAXON_DB_PORT: "${postgresqlPort(ctx)}"
  POLYAXON_DB_CONN_MAX_AGE: "${postgresqlConnMaxAge(ctx)}"
  POLYAXON_DB_HOST: "${postgresqlHost(ctx)}"
  # Broker
  `;
  // The compatibility fix (see the module comment). Its `if` trims only on its right,
  // not on the left, so the else branch leaves a line of two spaces after "# Broker".
  const broker = v('broker');
  if (truthy(and(broker, () => eq(broker, 'redis')))) {
    out += `POLYAXON_BROKER_BACKEND: ${printValue(broker)}
  POLYAXON_REDIS_CELERY_BROKER_URL: ${redisUrl(0)}`;
  } else {
    out += `
  POLYAXON_AMQP_URL: ${rabbitmqHost(ctx)}:${rabbitmqPort(ctx)}
  POLYAXON_RABBITMQ_USER: ${rabbitmqUser(ctx)}`;
  }
  out += `
  # REDIS
  POLYAXON_REDIS_CELERY_RESULT_BACKEND_URL: ${redisUrl(1)}
  POLYAXON_REDIS_JOB_CONTAINERS_URL: ${redisUrl(3)}
  POLYAXON_REDIS_TO_STREAM_URL: ${redisUrl(4)}
  POLYAXON_REDIS_SESSIONS_URL: ${redisUrl(5)}
  POLYAXON_REDIS_EPHEMERAL_TOKENS_URL: ${redisUrl(6)}
  POLYAXON_REDIS_TTL_URL: ${redisUrl(7)}
  POLYAXON_REDIS_HEARTBEAT_URL: ${redisUrl(8)}
  POLYAXON_REDIS_GROUP_CHECKS_URL: ${redisUrl(9)}
  POLYAXON_REDIS_STATUSES_URL: ${redisUrl(10)}
  POLYAXON_REDIS_HOST: "${redisHost(ctx)}"
  POLYAXON_REDIS_PORT: "${redisPort(ctx)}"
  # Security Context`;
  if (truthy(v('securityContext', 'enabled'))) {
    out += `
  POLYAXON_SECURITY_CONTEXT_USER: ${q('securityContext', 'user')}
  POLYAXON_SECURITY_CONTEXT_GROUP: ${q('securityContext', 'group')}`;
  }
  out += `
  # Spawner
  POLYAXON_JOB_SIDECAR_LOG_SLEEP_INTERVAL: "1"
  POLYAXON_PUBLIC_PLUGIN_JOBS: ${quote(dflt(false, v('publicJobs')))}
  POLYAXON_K8S_INGRESS_ENABLED: ${q('ingress', 'enabled')}
  POLYAXON_K8S_INGRESS_ANNOTATIONS: ${quote(toJson(v('ingress', 'annotations')))}
  POLYAXON_K8S_RBAC_ENABLED: ${q('rbac', 'enabled')}
  POLYAXON_K8S_SERVICE_ACCOUNT_NAME: ${fullname}-serviceaccount
  POLYAXON_K8S_SERVICE_ACCOUNT_EXPERIMENTS: ${fullname}-workers-serviceaccount
  POLYAXON_K8S_SERVICE_ACCOUNT_JOBS: ${fullname}-workers-serviceaccount
  POLYAXON_K8S_SERVICE_ACCOUNT_BUILDS: ${fullname}-workers-serviceaccount
  POLYAXON_ROLE_LABELS_API: ${q('roles', 'api')}
  POLYAXON_ROLE_LABELS_LOG: ${q('roles', 'log')}
  POLYAXON_ROLE_LABELS_CONFIG: ${q('roles', 'config')}
  POLYAXON_ROLE_LABELS_HOOKS: ${q('roles', 'hooks')}
  POLYAXON_ROLE_LABELS_WORKER: ${q('roles', 'worker')}
  POLYAXON_ROLE_LABELS_DASHBOARD: ${q('roles', 'dashboard')}
  POLYAXON_TYPE_LABELS_CORE: ${q('types', 'core')}
  POLYAXON_TYPE_LABELS_RUNNER: ${q('types', 'runner')}
  POLYAXON_TRACKER_BACKEND: ${quote(dflt('publisher', v('trackerBackend')))}
  POLYAXON_PLUGINS: ${quote(toJson(v('plugins')))}
  POLYAXON_DNS_USE_RESOLVER: "true"
  POLYAXON_WS_PORT: ${q('streams', 'service', 'internalPort')}
  # Registry`;
  const registry = () => index(ctx.Values, 'docker-registry');
  if (truthy(field(registry(), 'enabled'))) {
    out += `
  POLYAXON_REGISTRY_HOST: "${dockerRegistryHost(ctx)}:${dockerRegistryPort(ctx)}"
  POLYAXON_REGISTRY_LOCALHOST: "127.0.0.1:${printValue(field(registry(), 'service', 'nodePort'))}"`;
  }
  out += `
  POLYAXON_REGISTRY_IN_CLUSTER: ${quote(field(registry(), 'enabled'))}
  # Versions
  POLYAXON_CLI_MIN_VERSION: "0.5.0"
  POLYAXON_CLI_LATEST_VERSION: "0.5.5"
  POLYAXON_PLATFORM_MIN_VERSION: "0.5.0"
  POLYAXON_PLATFORM_LATEST_VERSION: "0.5.5"
  POLYAXON_LIB_MIN_VERSION: "0.0.2"
  POLYAXON_LIB_LATEST_VERSION: "0.0.5"
  POLYAXON_CHART_VERSION: ${quote(ctx.Chart.Version)}
  POLYAXON_CHART_IS_UPGRADE: ${quote(ctx.Release.IsUpgrade)}
  POLYAXON_CHART_REVISION: ${quote(BigInt(ctx.Release.Revision))}
  # Auth`;
  if (truthy(v('ldap', 'enabled'))) {
    out += `
  POLYAXON_AUTH_LDAP: "true"
  POLYAXON_AUTH_LDAP_SERVER_URI: ${q('ldap', 'serverUri')}
  POLYAXON_AUTH_LDAP_GLOBAL_OPTIONS: ${quote(toJson(v('ldap', 'globalOptions')))}
  POLYAXON_AUTH_LDAP_CONNECTION_OPTIONS: ${quote(toJson(v('ldap', 'connectionOptions')))}
  POLYAXON_AUTH_LDAP_BIND_DN: ${q('ldap', 'bindDN')}
  POLYAXON_AUTH_LDAP_USER_SEARCH_BASE_DN: ${q('ldap', 'userSearchBaseDN')}
  POLYAXON_AUTH_LDAP_USER_SEARCH_FILTERSTR: ${q('ldap', 'userSearchFilterStr')}
  POLYAXON_AUTH_LDAP_USER_DN_TEMPLATE: ${q('ldap', 'userDNTemplate')}
  POLYAXON_AUTH_LDAP_START_TLS: ${q('ldap', 'startTLS')}
  POLYAXON_AUTH_LDAP_USER_ATTR_MAP: ${quote(toJson(v('ldap', 'userAttrMap')))}
  POLYAXON_AUTH_LDAP_GROUP_SEARCH_BASE_DN: ${q('ldap', 'groupSearchBaseDN')}
  POLYAXON_AUTH_LDAP_GROUP_SEARCH_GROUP_TYPE: ${q('ldap', 'groupSearchGroupType')}`;
    if (truthy(v('ldap', 'requireGroup'))) out += `\n  POLYAXON_AUTH_LDAP_REQUIRE_GROUP: ${q('ldap', 'requireGroup')}`;
    if (truthy(v('ldap', 'denyGroup'))) out += `\n  POLYAXON_AUTH_LDAP_DENY_GROUP: ${q('ldap', 'denyGroup')}`;
  }
  return out + '\n';
}
