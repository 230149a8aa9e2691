/** Port of polyaxon/templates/partials/_sa.tpl. */
import type { RenderContext } from '../../../context.js';
import { define, field, truthy } from '../../../runtime/index.js';
import { polyaxonFullname } from '../_helpers.js';

/** define "config.sa": a leading newline when RBAC is on, else nothing. */
export const configSa = define('config.sa', 'polyaxon/templates/partials/_sa.tpl', (ctx: RenderContext): string => {
  if (!truthy(field(ctx.Values, 'rbac', 'enabled'))) return '';
  return `\nserviceAccountName: ${polyaxonFullname(ctx)}-serviceaccount`;
});
