/** Port of polyaxon/templates/partials/_stores.tpl: secret env vars for cloud stores. */
import type { GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../../context.js';
import { define, field, quote, rangeEntries, truthy } from '../../../runtime/index.js';

/** One env entry (leading newline) exposing a store's secret key. */
function storeSecret(store: GoValue | undefined): string {
  return `
- name: ${quote(field(store, 'secretKey'))}
  valueFrom:
    secretKeyRef:
      name: ${quote(field(store, 'secret'))}
      key: ${quote(field(store, 'secretKey'))}`;
}

/** define "config.storesSecrets.outputs": one entry per outputs volume backed by a store. */
export const configStoresSecretsOutputs = define(
  'config.storesSecrets.outputs',
  'polyaxon/templates/partials/_stores.tpl',
  (ctx: RenderContext): string => {
    const outputs = field(ctx.Values, 'persistence', 'outputs');
    if (!truthy(outputs)) return '';
    let out = '';
    for (const [, val] of rangeEntries(outputs)) {
      if (truthy(field(val, 'store'))) out += storeSecret(val);
    }
    return out;
  },
);

/** define "config.storesSecrets.logs" */
export const configStoresSecretsLogs = define(
  'config.storesSecrets.logs',
  'polyaxon/templates/partials/_stores.tpl',
  (ctx: RenderContext): string => {
    const logs = field(ctx.Values, 'persistence', 'logs');
    return truthy(field(logs, 'store')) ? storeSecret(logs) : '';
  },
);
