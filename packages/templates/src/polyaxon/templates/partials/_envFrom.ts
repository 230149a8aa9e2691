/** Port of polyaxon/templates/partials/_envFrom.tpl. */
import type { RenderContext } from '../../../context.js';
import { define, field, printValue, truthy } from '../../../runtime/index.js';
import { polyaxonFullname } from '../_helpers.js';

/** define "config.envFrom": no newline before or after (the define trims both ends). */
export const configEnvFrom = define(
  'config.envFrom',
  'polyaxon/templates/partials/_envFrom.tpl',
  (ctx: RenderContext): string => {
    let out = `- configMapRef:
    name: ${polyaxonFullname(ctx)}-config
- secretRef:
    name: ${polyaxonFullname(ctx)}-secret`;
    const encryptionSecret = field(ctx.Values, 'encryptionSecret');
    if (truthy(encryptionSecret)) {
      out += `
- secretRef:
    name: ${printValue(encryptionSecret)}`;
    }
    return out;
  },
);
