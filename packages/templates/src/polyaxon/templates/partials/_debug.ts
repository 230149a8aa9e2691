/** Port of polyaxon/templates/partials/_debug.tpl. */
import type { RenderContext } from '../../../context.js';
import { define, field, truthy } from '../../../runtime/index.js';

/** define "config.debugMode": a leading newline when set (the text inside the `if` starts with one). */
export const configDebugMode = define(
  'config.debugMode',
  'polyaxon/templates/partials/_debug.tpl',
  (ctx: RenderContext): string => {
    if (!truthy(field(ctx.Values, 'debugMode'))) return '';
    return '\n- name: POLYAXON_DEBUG\n  value: "true"';
  },
);
