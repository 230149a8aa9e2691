/** Port of polyaxon/templates/partials/_securityContext.tpl. */
import type { RenderContext } from '../../../context.js';
import { define, field, printValue, truthy } from '../../../runtime/index.js';

/** define "securityContext": the pod's fsGroup, with a leading newline, when enabled. */
export const securityContext = define(
  'securityContext',
  'polyaxon/templates/partials/_securityContext.tpl',
  (ctx: RenderContext): string => {
    if (!truthy(field(ctx.Values, 'securityContext', 'enabled'))) return '';
    return `\nsecurityContext:\n  fsGroup: ${printValue(field(ctx.Values, 'securityContext', 'group'))}`;
  },
);
