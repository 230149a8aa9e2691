/**
 * Port of polyaxon/templates/partials/_redis.tpl.
 * Its "redis.fullname" overrides the redis subchart's own (the parent's defines
 * are parsed last), so redis's fullnameOverride/nameOverride never apply.
 */
import type { RenderContext } from '../../../context.js';
import { define, dflt, field, printValue, sprintf, trimSuffix, trunc, truthy } from '../../../runtime/index.js';

/** define "redis.fullname" — `default "redis"` with no value is just "redis". */
export const redisFullname = define(
  'redis.fullname',
  'polyaxon/templates/partials/_redis.tpl',
  (ctx: RenderContext): string => {
    return trimSuffix('-', trunc(63, sprintf('%s-%s', ctx.Release.Name, 'redis')));
  },
);

/** define "redis.host" */
export const redisHost = define(
  'redis.host',
  'polyaxon/templates/partials/_redis.tpl',
  (ctx: RenderContext): string => {
    if (truthy(field(ctx.Values, 'redis', 'enabled'))) return `${redisFullname(ctx)}-master`;
    return printValue(field(ctx.Values, 'externalServices', 'redis', 'host'));
  },
);

/** define "redis.port" */
export const redisPort = define(
  'redis.port',
  'polyaxon/templates/partials/_redis.tpl',
  (ctx: RenderContext): string => {
    if (truthy(field(ctx.Values, 'redis', 'enabled')))
      return printValue(dflt(6379n, field(ctx.Values, 'redis', 'port')));
    return printValue(dflt(6379n, field(ctx.Values, 'externalServices', 'redis', 'port')));
  },
);
