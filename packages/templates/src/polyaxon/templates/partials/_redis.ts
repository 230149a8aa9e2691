/**
 * Port of polyaxon/templates/partials/_redis.tpl.
 * Its "redis.fullname" overrides the redis subchart's own (the parent's defines
 * are parsed last), so redis's fullnameOverride/nameOverride never apply.
 */
import type { RenderContext } from '../../../context.js';
import { dflt, field, printValue, sprintf, trimSuffix, trunc, truthy } from '../../../runtime/index.js';

/** define "redis.fullname" — `default "redis"` with no value is just "redis". */
export function redisFullname(ctx: RenderContext): string {
  return trimSuffix('-', trunc(63, sprintf('%s-%s', ctx.Release.Name, 'redis')));
}

/** define "redis.host" */
export function redisHost(ctx: RenderContext): string {
  if (truthy(field(ctx.Values, 'redis', 'enabled'))) return `${redisFullname(ctx)}-master`;
  return printValue(field(ctx.Values, 'externalServices', 'redis', 'host'));
}

/** define "redis.port" */
export function redisPort(ctx: RenderContext): string {
  if (truthy(field(ctx.Values, 'redis', 'enabled'))) return printValue(dflt(6379n, field(ctx.Values, 'redis', 'port')));
  return printValue(dflt(6379n, field(ctx.Values, 'externalServices', 'redis', 'port')));
}
