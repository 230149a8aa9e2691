/**
 * Port of polyaxon/templates/partials/_postgres.tpl.
 * Its "postgresql.fullname" overrides the postgresql subchart's own (the parent's
 * defines are parsed last), so postgresql's nameOverride never applies.
 */
import type { RenderContext } from '../../../context.js';
import { define, dflt, field, printValue, sprintf, trimSuffix, trunc, truthy } from '../../../runtime/index.js';

const enabled = (ctx: RenderContext) => truthy(field(ctx.Values, 'postgresql', 'enabled'));

/** define "postgresql.fullname" */
export const postgresqlFullname = define(
  'postgresql.fullname',
  'polyaxon/templates/partials/_postgres.tpl',
  (ctx: RenderContext): string => {
    return trimSuffix('-', trunc(63, sprintf('%s-%s', ctx.Release.Name, 'postgresql')));
  },
);

/** define "postgresql.host" */
export const postgresqlHost = define(
  'postgresql.host',
  'polyaxon/templates/partials/_postgres.tpl',
  (ctx: RenderContext): string => {
    if (enabled(ctx)) return postgresqlFullname(ctx);
    return printValue(field(ctx.Values, 'externalServices', 'postgresql', 'host'));
  },
);

/** define "postgresql.port" */
export const postgresqlPort = define(
  'postgresql.port',
  'polyaxon/templates/partials/_postgres.tpl',
  (ctx: RenderContext): string => {
    if (enabled(ctx)) return printValue(dflt(5432n, field(ctx.Values, 'postgresql', 'port')));
    return printValue(dflt(5432n, field(ctx.Values, 'externalServices', 'postgresql', 'port')));
  },
);

/** define "postgresql.user" */
export const postgresqlUser = define(
  'postgresql.user',
  'polyaxon/templates/partials/_postgres.tpl',
  (ctx: RenderContext): string => {
    if (enabled(ctx)) return printValue(dflt('polyaxon', field(ctx.Values, 'postgresql', 'postgresUser')));
    return printValue(dflt('polyaxon', field(ctx.Values, 'externalServices', 'postgresql', 'user')));
  },
);

/** define "postgresql.database" */
export const postgresqlDatabase = define(
  'postgresql.database',
  'polyaxon/templates/partials/_postgres.tpl',
  (ctx: RenderContext): string => {
    if (enabled(ctx)) return printValue(dflt('polyaxon', field(ctx.Values, 'postgresql', 'postgresDatabase')));
    return printValue(dflt('polyaxon', field(ctx.Values, 'externalServices', 'postgresql', 'database')));
  },
);

/** define "postgresql.connMaxAge" — the chart really defaults it to "polyaxon" when the subchart is on. */
export const postgresqlConnMaxAge = define(
  'postgresql.connMaxAge',
  'polyaxon/templates/partials/_postgres.tpl',
  (ctx: RenderContext): string => {
    if (enabled(ctx)) return printValue(dflt('polyaxon', field(ctx.Values, 'postgresql', 'connMaxAge')));
    return printValue(field(ctx.Values, 'externalServices', 'postgresql', 'connMaxAge'));
  },
);
