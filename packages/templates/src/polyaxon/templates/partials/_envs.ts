/** Port of polyaxon/templates/partials/_envs.tpl. */
import type { RenderContext } from '../../../context.js';
import { and, define, field, index, not, truthy } from '../../../runtime/index.js';
import { polyaxonFullname } from '../_helpers.js';
import { postgresqlFullname } from './_postgres.js';
import { rabbitmqFullname } from './_rabbitmq.js';
import { redisFullname } from './_redis.js';

/**
 * define "config.envs": the secret-backed env vars every Polyaxon container gets.
 * No newline before or after (the define trims both ends).
 */
export const configEnvs = define(
  'config.envs',
  'polyaxon/templates/partials/_envs.tpl',
  (ctx: RenderContext): string => {
    const v = ctx.Values;
    const rabbitSecret = truthy(field(index(v, 'rabbitmq-ha'), 'enabled'))
      ? rabbitmqFullname(ctx)
      : `${polyaxonFullname(ctx)}-rabbitmq-secret`;
    let out = `- name: POLYAXON_K8S_NODE_NAME
  valueFrom:
    fieldRef:
      fieldPath: spec.nodeName
- name: POLYAXON_RABBITMQ_PASSWORD
  valueFrom:
    secretKeyRef:
      name: ${rabbitSecret}
      key: rabbitmq-password`;
    // `and` short-circuits (Go >= 1.18), so the second operand is only read when needed.
    if (truthy(and(field(v, 'redis', 'enabled'), () => field(v, 'redis', 'usePassword')))) {
      out += `
- name: POLYAXON_REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: ${redisFullname(ctx)}
      key: redis-password`;
    }
    if (truthy(and(not(field(v, 'redis', 'enabled')), () => field(v, 'externalServices', 'redis', 'usePassword')))) {
      out += `
- name: POLYAXON_REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: ${polyaxonFullname(ctx)}-redis-secret
      key: redis-password`;
    }
    const dbSecret = truthy(field(v, 'postgresql', 'enabled'))
      ? postgresqlFullname(ctx)
      : `${polyaxonFullname(ctx)}-postgres-secret`;
    out += `
- name: POLYAXON_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: ${dbSecret}
      key: postgres-password`;
    return out;
  },
);
