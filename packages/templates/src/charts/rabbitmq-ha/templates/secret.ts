/** Port of polyaxon/charts/rabbitmq-ha/templates/secret.yaml. */
import type { RenderContext } from '../../../context.js';
import { and, b64enc, dflt, field, not, nospace, quote, randAlphaNum, set, truthy } from '../../../runtime/index.js';
import { extraLabels, rabbitmqHaChart, rabbitmqHaDefinitions, rabbitmqHaFullname, rabbitmqHaName, val } from './_helpers.js';

/**
 * The credentials Secret and, with rabbitmqCert, the certificate Secret.
 *
 * Generated passwords are written back into .Values with `set`, so the definitions
 * include below (and any template rendered after this one) sees them; the Erlang
 * cookie is not written back. Helm renders this file after statefulset.yaml.
 */
export function secret(ctx: RenderContext): string {
  let out = '';
  // `{{ if not .Values.existingSecret }}` keeps the newline after it.
  if (not(field(ctx.Values, 'existingSecret'))) {
    out += `
apiVersion: v1
kind: Secret
metadata:
  name: ${rabbitmqHaFullname(ctx)}
  namespace: ${ctx.Release.Namespace}
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"${extraLabels(ctx)}
type: Opaque
data:`;
    // Go evaluates every argument before calling `default`, so a password is drawn even when one is given.
    const password = dflt(nospace(randAlphaNum(ctx.random, 24n)), field(ctx.Values, 'rabbitmqPassword'));
    set(ctx.Values, 'rabbitmqPassword', password);
    const managementPassword = dflt(nospace(randAlphaNum(ctx.random, 24n)), field(ctx.Values, 'managementPassword'));
    set(ctx.Values, 'managementPassword', managementPassword);
    const b64 = (...keys: string[]) => quote(b64enc(field(ctx.Values, ...keys)));
    out += `
  rabbitmq-username: ${b64('rabbitmqUsername')}
  rabbitmq-password: ${b64('rabbitmqPassword')}
  rabbitmq-management-username: ${b64('managementUsername')}
  rabbitmq-management-password: ${b64('managementPassword')}`;
    const cookie = dflt(randAlphaNum(ctx.random, 32n), field(ctx.Values, 'rabbitmqErlangCookie'));
    out += `
  rabbitmq-erlang-cookie: ${quote(b64enc(cookie))}
  ${val(ctx, 'definitionsSource')}: ${quote(b64enc(rabbitmqHaDefinitions(ctx)))}
`;
  }
  // The newline after `{{ end }}` is eaten by the `{{- if` that follows.
  const cert = () => field(ctx.Values, 'rabbitmqCert', 'existingSecret');
  if (truthy(and(field(ctx.Values, 'rabbitmqCert', 'enabled'), () => not(cert())))) {
    const c = (key: string) => quote(field(ctx.Values, 'rabbitmqCert', key));
    out += `
---
apiVersion: v1
kind: Secret
metadata:
  name: ${rabbitmqHaFullname(ctx)}-cert
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"${extraLabels(ctx)}
type: Opaque
data:
  cacert.pem: ${c('cacertfile')}
  cert.pem: ${c('certfile')}
  key.pem: ${c('keyfile')}`;
  }
  return out + '\n';
}
