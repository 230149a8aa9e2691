/** Port of polyaxon/templates/partials/_rabbitmq.tpl. */
import type { RenderContext } from '../../../context.js';
import { dflt, field, index, printValue, sprintf, trimSuffix, trunc, truthy } from '../../../runtime/index.js';

const rabbit = (ctx: RenderContext) => index(ctx.Values, 'rabbitmq-ha');
const enabled = (ctx: RenderContext) => truthy(field(rabbit(ctx), 'enabled'));

/** define "rabbitmq.fullname" */
export function rabbitmqFullname(ctx: RenderContext): string {
  return trimSuffix('-', trunc(63, sprintf('%s-%s', ctx.Release.Name, 'rabbitmq-ha')));
}

/** define "rabbitmq.host" */
export function rabbitmqHost(ctx: RenderContext): string {
  if (enabled(ctx)) return rabbitmqFullname(ctx);
  return printValue(field(ctx.Values, 'externalServices', 'rabbitmq', 'host'));
}

/** define "rabbitmq.port" */
export function rabbitmqPort(ctx: RenderContext): string {
  if (enabled(ctx)) return printValue(dflt(5672n, field(rabbit(ctx), 'port')));
  return printValue(dflt(5672n, field(ctx.Values, 'externalServices', 'rabbitmq', 'port')));
}

/** define "rabbitmq.user" */
export function rabbitmqUser(ctx: RenderContext): string {
  if (enabled(ctx)) return printValue(dflt('', field(rabbit(ctx), 'rabbitmqUsername')));
  return printValue(dflt('', field(ctx.Values, 'externalServices', 'rabbitmq', 'user')));
}
