// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/gen-defaults.mjs <reference chart dir>

export { polyaxonDefaults } from './polyaxon.js';
export { postgresqlDefaults } from './postgresql.js';
export { redisDefaults } from './redis.js';
export { rabbitmqHaDefaults } from './rabbitmq-ha.js';
export { dockerRegistryDefaults } from './docker-registry.js';
export * from './chart-metadata.js';
