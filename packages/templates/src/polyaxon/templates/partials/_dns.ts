/** Port of polyaxon/templates/partials/_dns.tpl. */
import type { RenderContext } from '../../../context.js';
import { define, field, quote, truthy } from '../../../runtime/index.js';

/** define "config.dns": each entry starts with a newline. */
export const configDns = define('config.dns', 'polyaxon/templates/partials/_dns.tpl', (ctx: RenderContext): string => {
  const dns = (key: string) => field(ctx.Values, 'dns', key);
  let out = '';
  if (truthy(dns('backend'))) out += `\n- name: POLYAXON_DNS_BACKEND\n  value: ${quote(dns('backend'))}`;
  if (truthy(dns('customCluster')))
    out += `\n- name: POLYAXON_DNS_CUSTOM_CLUSTER\n  value: ${quote(dns('customCluster'))}`;
  // The chart tests `dns.POLYAXON_DNS_PREFIX` but prints `dns.prefix`: kept as published.
  if (truthy(dns('POLYAXON_DNS_PREFIX'))) out += `\n- name: POLYAXON_DNS_PREFIX\n  value: ${quote(dns('prefix'))}`;
  return out;
});
