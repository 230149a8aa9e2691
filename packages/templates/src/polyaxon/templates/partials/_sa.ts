/** Port of polyaxon/templates/partials/_sa.tpl. */
import type { RenderContext } from '../../../context.js';
import { field, truthy } from '../../../runtime/index.js';
import { polyaxonFullname } from '../_helpers.js';

/** define "config.sa": a leading newline when RBAC is on, else nothing. */
export function configSa(ctx: RenderContext): string {
  if (!truthy(field(ctx.Values, 'rbac', 'enabled'))) return '';
  return `\nserviceAccountName: ${polyaxonFullname(ctx)}-serviceaccount`;
}
