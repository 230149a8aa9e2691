/**
 * Port of polyaxon/templates/partials/_registry.tpl.
 * Its "docker-registry.fullname" overrides the docker-registry subchart's own
 * (the parent's defines are parsed last), so fullnameOverride never applies.
 */
import type { RenderContext } from '../../../context.js';
import { define, field, index, printValue, sprintf, trimSuffix, trunc, truthy } from '../../../runtime/index.js';

const registry = (ctx: RenderContext) => index(ctx.Values, 'docker-registry');

/** define "docker-registry.fullname" */
export const dockerRegistryFullname = define(
  'docker-registry.fullname',
  'polyaxon/templates/partials/_registry.tpl',
  (ctx: RenderContext): string => {
    return trimSuffix('-', trunc(63, sprintf('%s-%s', ctx.Release.Name, 'docker-registry')));
  },
);

/** define "docker-registry.host": empty when the subchart is off. */
export const dockerRegistryHost = define(
  'docker-registry.host',
  'polyaxon/templates/partials/_registry.tpl',
  (ctx: RenderContext): string => {
    return truthy(field(registry(ctx), 'enabled')) ? dockerRegistryFullname(ctx) : '';
  },
);

/** define "docker-registry.port": empty when the subchart is off. */
export const dockerRegistryPort = define(
  'docker-registry.port',
  'polyaxon/templates/partials/_registry.tpl',
  (ctx: RenderContext): string => {
    const r = registry(ctx);
    return truthy(field(r, 'enabled')) ? printValue(field(r, 'service', 'port')) : '';
  },
);
