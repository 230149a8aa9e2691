/** Port of polyaxon/templates/partials/_rabbitmq.tpl. */
import type { RenderContext } from '../../../context.js';
import { define, dflt, field, index, printValue, sprintf, trimSuffix, trunc, truthy } from '../../../runtime/index.js';

const rabbit = (ctx: RenderContext) => index(ctx.Values, 'rabbitmq-ha');
const enabled = (ctx: RenderContext) => truthy(field(rabbit(ctx), 'enabled'));

/** define "rabbitmq.fullname" */
export const rabbitmqFullname = define(
  'rabbitmq.fullname',
  'polyaxon/templates/partials/_rabbitmq.tpl',
  (ctx: RenderContext): string => {
    return trimSuffix('-', trunc(63, sprintf('%s-%s', ctx.Release.Name, 'rabbitmq-ha')));
  },
);

/** define "rabbitmq.host" */
export const rabbitmqHost = define(
  'rabbitmq.host',
  'polyaxon/templates/partials/_rabbitmq.tpl',
  (ctx: RenderContext): string => {
    if (enabled(ctx)) return rabbitmqFullname(ctx);
    return printValue(field(ctx.Values, 'externalServices', 'rabbitmq', 'host'));
  },
);

/** define "rabbitmq.port" */
export const rabbitmqPort = define(
  'rabbitmq.port',
  'polyaxon/templates/partials/_rabbitmq.tpl',
  (ctx: RenderContext): string => {
    if (enabled(ctx)) return printValue(dflt(5672n, field(rabbit(ctx), 'port')));
    return printValue(dflt(5672n, field(ctx.Values, 'externalServices', 'rabbitmq', 'port')));
  },
);

/** define "rabbitmq.user" */
export const rabbitmqUser = define(
  'rabbitmq.user',
  'polyaxon/templates/partials/_rabbitmq.tpl',
  (ctx: RenderContext): string => {
    if (enabled(ctx)) return printValue(dflt('', field(rabbit(ctx), 'rabbitmqUsername')));
    return printValue(dflt('', field(ctx.Values, 'externalServices', 'rabbitmq', 'user')));
  },
);
