/** Port of polyaxon/templates/partials/_scheduling.tpl. */
import type { RenderContext } from '../../../context.js';
import { define, field, toYamlIndented, truthy } from '../../../runtime/index.js';

/** define "config.scheduling": each present block starts with a newline. */
export const configScheduling = define(
  'config.scheduling',
  'polyaxon/templates/partials/_scheduling.tpl',
  (ctx: RenderContext): string => {
    let out = '';
    for (const key of ['nodeSelector', 'affinity', 'tolerations']) {
      const value = field(ctx.Values, key);
      if (truthy(value)) out += `\n${key}:\n${toYamlIndented(2, value)}`;
    }
    return out;
  },
);
