/**
 * Port of polyaxon/charts/docker-registry/templates/_helpers.tpl.
 *
 * Its "docker-registry.fullname" loses to the parent's define of the same name
 * (Helm parses the parent's templates last, so they win): the templates here call
 * polyaxon/templates/partials/_registry.ts, and fullnameOverride/nameOverride never
 * change the resource names. "docker-registry.name" has no rival and is ported here.
 */
import type { RenderContext } from '../../../context.js';
import { define, dflt, field, trimSuffix, trunc } from '../../../runtime/index.js';

/** define "docker-registry.name": the `app` label. */
export const dockerRegistryName = define(
  'docker-registry.name',
  'polyaxon/charts/docker-registry/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return trimSuffix('-', trunc(63, dflt(ctx.Chart.Name, field(ctx.Values, 'nameOverride'))));
  },
);
