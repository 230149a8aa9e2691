/**
 * The named templates a `tpl` text in the redis chart can `template`/`include`.
 * Helm's named templates are one namespace across the parent and its four
 * subcharts (the parent's definitions win on a name collision), so this lists
 * every ported `define` by its name; a helper receives the redis chart's context,
 * as it would in Helm when called from redis's `tpl`.
 */
import type { NamedTemplate, TemplateRegistry } from '../../../runtime/tpl.js';
import * as polyaxon from '../../../polyaxon/templates/_helpers.js';
import { configDebugMode } from '../../../polyaxon/templates/partials/_debug.js';
import { configDns } from '../../../polyaxon/templates/partials/_dns.js';
import { configEnvFrom } from '../../../polyaxon/templates/partials/_envFrom.js';
import { configEnvs } from '../../../polyaxon/templates/partials/_envs.js';
import * as postgres from '../../../polyaxon/templates/partials/_postgres.js';
import * as rabbitmq from '../../../polyaxon/templates/partials/_rabbitmq.js';
import * as parentRedis from '../../../polyaxon/templates/partials/_redis.js';
import * as registry from '../../../polyaxon/templates/partials/_registry.js';
import { configSa } from '../../../polyaxon/templates/partials/_sa.js';
import { configScheduling } from '../../../polyaxon/templates/partials/_scheduling.js';
import { securityContext } from '../../../polyaxon/templates/partials/_securityContext.js';
import * as stores from '../../../polyaxon/templates/partials/_stores.js';
import * as volumes from '../../../polyaxon/templates/partials/_volumes.js';
import { dockerRegistryName } from '../../docker-registry/templates/_helpers.js';
import { postgresqlNetworkPolicyApiVersion } from '../../postgresql/templates/_helpers.js';
import * as rabbitmqHa from '../../rabbitmq-ha/templates/_helpers.js';
import * as redis from '../templates/_helpers.js';

const entries: [string, NamedTemplate][] = [
  // redis 7.0.0 _helpers.tpl ("redis.fullname" and "networkPolicy.apiVersion" are the parent's, below)
  ['redis.name', redis.redisName],
  ['redis.chart', redis.redisChart],
  ['redis.image', redis.redisImage],
  ['sentinel.image', redis.sentinelImage],
  ['redis.metrics.image', redis.redisMetricsImage],
  ['redis.volumePermissions.image', redis.redisVolumePermissionsImage],
  ['redis.serviceAccountName', redis.redisServiceAccountName],
  ['redis.secretName', redis.redisSecretName],
  ['redis.sysctl.image', redis.redisSysctlImage],
  ['redis.imagePullSecrets', redis.redisImagePullSecrets],
  // the other subcharts' helpers
  ['postgresql.networkPolicy.apiVersion', postgresqlNetworkPolicyApiVersion],
  ['docker-registry.name', dockerRegistryName],
  ['rabbitmq-ha.name', rabbitmqHa.rabbitmqHaName],
  ['rabbitmq-ha.fullname', rabbitmqHa.rabbitmqHaFullname],
  ['rabbitmq-ha.chart', rabbitmqHa.rabbitmqHaChart],
  ['rabbitmq-ha.serviceAccountName', rabbitmqHa.rabbitmqHaServiceAccountName],
  ['rabbitmq-ha.secretName', rabbitmqHa.rabbitmqHaSecretName],
  ['rabbitmq-ha.certSecretName', rabbitmqHa.rabbitmqHaCertSecretName],
  ['rabbitmq-ha.definitions', rabbitmqHa.rabbitmqHaDefinitions],
  // the parent chart's _helpers.tpl and partials
  ['polyaxon.name', polyaxon.polyaxonName],
  ['polyaxon.fullname', polyaxon.polyaxonFullname],
  ['k8s.minor', polyaxon.k8sMinor],
  ['networkPolicy.apiVersion', polyaxon.networkPolicyApiVersion],
  ['config.debugMode', configDebugMode],
  ['config.dns', configDns],
  ['config.envFrom', configEnvFrom],
  ['config.envs', configEnvs],
  ['postgresql.fullname', postgres.postgresqlFullname],
  ['postgresql.host', postgres.postgresqlHost],
  ['postgresql.port', postgres.postgresqlPort],
  ['postgresql.user', postgres.postgresqlUser],
  ['postgresql.database', postgres.postgresqlDatabase],
  ['postgresql.connMaxAge', postgres.postgresqlConnMaxAge],
  ['rabbitmq.fullname', rabbitmq.rabbitmqFullname],
  ['rabbitmq.host', rabbitmq.rabbitmqHost],
  ['rabbitmq.port', rabbitmq.rabbitmqPort],
  ['rabbitmq.user', rabbitmq.rabbitmqUser],
  ['redis.fullname', parentRedis.redisFullname],
  ['redis.host', parentRedis.redisHost],
  ['redis.port', parentRedis.redisPort],
  ['docker-registry.fullname', registry.dockerRegistryFullname],
  ['docker-registry.host', registry.dockerRegistryHost],
  ['docker-registry.port', registry.dockerRegistryPort],
  ['config.sa', configSa],
  ['config.scheduling', configScheduling],
  ['securityContext', securityContext],
  ['config.storesSecrets.outputs', stores.configStoresSecretsOutputs],
  ['config.storesSecrets.logs', stores.configStoresSecretsLogs],
  ['volumes.volumeMounts.upload', volumes.volumesVolumeMountsUpload],
  ['volumes.volumeMounts.logs', volumes.volumesVolumeMountsLogs],
  ['volumes.volumeMounts.repos', volumes.volumesVolumeMountsRepos],
  ['volumes.volumeMounts.ssl', volumes.volumesVolumeMountsSsl],
  ['volumes.volumes.upload', volumes.volumesVolumesUpload],
  ['volumes.volumes.repos', volumes.volumesVolumesRepos],
  ['volumes.volumes.logs', volumes.volumesVolumesLogs],
  ['volumes.volumes.ssl', volumes.volumesVolumesSsl],
  ['volumes.dirs', volumes.volumesDirs],
  ['volumes.dirMounts', volumes.volumesDirMounts],
];

export const redisTplTemplates: TemplateRegistry = new Map(entries);
