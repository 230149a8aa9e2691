// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/gen-defaults.mjs <reference chart dir>

export { polyaxonDefaults, type PolyaxonValues } from './polyaxon.js';
export { postgresqlDefaults, type PostgresqlValues } from './postgresql.js';
export { redisDefaults, type RedisValues } from './redis.js';
export { rabbitmqHaDefaults, type RabbitmqHaValues } from './rabbitmq-ha.js';
export { dockerRegistryDefaults, type DockerRegistryValues } from './docker-registry.js';
export * from './chart-metadata.js';
