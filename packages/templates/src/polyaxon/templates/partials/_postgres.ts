/**
 * Port of polyaxon/templates/partials/_postgres.tpl.
 * Its "postgresql.fullname" overrides the postgresql subchart's own (the parent's
 * defines are parsed last), so postgresql's nameOverride never applies.
 */
import type { RenderContext } from '../../../context.js';
import { dflt, field, printValue, sprintf, trimSuffix, trunc, truthy } from '../../../runtime/index.js';

const enabled = (ctx: RenderContext) => truthy(field(ctx.Values, 'postgresql', 'enabled'));

/** define "postgresql.fullname" */
export function postgresqlFullname(ctx: RenderContext): string {
  return trimSuffix('-', trunc(63, sprintf('%s-%s', ctx.Release.Name, 'postgresql')));
}

/** define "postgresql.host" */
export function postgresqlHost(ctx: RenderContext): string {
  if (enabled(ctx)) return postgresqlFullname(ctx);
  return printValue(field(ctx.Values, 'externalServices', 'postgresql', 'host'));
}

/** define "postgresql.port" */
export function postgresqlPort(ctx: RenderContext): string {
  if (enabled(ctx)) return printValue(dflt(5432n, field(ctx.Values, 'postgresql', 'port')));
  return printValue(dflt(5432n, field(ctx.Values, 'externalServices', 'postgresql', 'port')));
}

/** define "postgresql.user" */
export function postgresqlUser(ctx: RenderContext): string {
  if (enabled(ctx)) return printValue(dflt('polyaxon', field(ctx.Values, 'postgresql', 'postgresUser')));
  return printValue(dflt('polyaxon', field(ctx.Values, 'externalServices', 'postgresql', 'user')));
}

/** define "postgresql.database" */
export function postgresqlDatabase(ctx: RenderContext): string {
  if (enabled(ctx)) return printValue(dflt('polyaxon', field(ctx.Values, 'postgresql', 'postgresDatabase')));
  return printValue(dflt('polyaxon', field(ctx.Values, 'externalServices', 'postgresql', 'database')));
}

/** define "postgresql.connMaxAge" — the chart really defaults it to "polyaxon" when the subchart is on. */
export function postgresqlConnMaxAge(ctx: RenderContext): string {
  if (enabled(ctx)) return printValue(dflt('polyaxon', field(ctx.Values, 'postgresql', 'connMaxAge')));
  return printValue(field(ctx.Values, 'externalServices', 'postgresql', 'connMaxAge'));
}
