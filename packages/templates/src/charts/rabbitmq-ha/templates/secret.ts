/** Port of polyaxon/charts/rabbitmq-ha/templates/secret.yaml. */
import type { RenderContext } from '../../../context.js';
import {
  and,
  b64encQuoted,
  dflt,
  field,
  fieldAt,
  nospace,
  not,
  quote,
  randAlphaNum,
  set,
  truthy,
} from '../../../runtime/index.js';
import {
  extraLabels,
  rabbitmqHaChart,
  rabbitmqHaDefinitions,
  rabbitmqHaFullname,
  rabbitmqHaName,
  val,
} from './_helpers.js';

/**
 * The credentials Secret and, with rabbitmqCert, the certificate Secret.
 *
 * Generated passwords are written back into .Values with `set`, so the definitions
 * include below (and any template rendered after this one) sees them; the Erlang
 * cookie is not written back. Helm renders this file after statefulset.yaml.
 */
/**
 * The action `$password := default (randAlphaNum 24 | nospace) .Values.<key>` then
 * `$_ := set .Values "<key>" $password`, and the line
 * `<name>: ` followed by the pipeline `.Values.<key> | b64enc | quote`. Go evaluates every argument before
 * calling `default`, so a password is drawn even when one is given.
 */
function generatedPasswordLine(ctx: RenderContext, name: string, key: string): string {
  const password = dflt(nospace(randAlphaNum(ctx.random, 24n)), field(ctx.Values, key));
  set(ctx.Values, key, password, ctx.state);
  return `${name}: ${b64encQuoted(field(ctx.Values, key))}`;
}

const rabbitmqPasswordLine = (ctx: RenderContext) =>
  generatedPasswordLine(ctx, 'rabbitmq-password', 'rabbitmqPassword');
const managementPasswordLine = (ctx: RenderContext) =>
  generatedPasswordLine(ctx, 'rabbitmq-management-password', 'managementPassword');
/** The Erlang cookie line (the cookie is not written back into the values). */
const erlangCookieLine = (ctx: RenderContext) =>
  `rabbitmq-erlang-cookie: ${b64encQuoted(dflt(randAlphaNum(ctx.random, 32n), field(ctx.Values, 'rabbitmqErlangCookie')))}`;
/** The definitions JSON, which holds the passwords just set. */
const definitions = (ctx: RenderContext) => b64encQuoted(rabbitmqHaDefinitions(ctx));

export function secret(ctx: RenderContext): string {
  let out = '';
  // The untrimmed `if not .Values.existingSecret` keeps the newline after it.
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
    // The chart draws both passwords and `set`s them before printing the four lines; each
    // password line reads only its own key, and the usernames are not set, so drawing, setting
    // and printing each password in one step keeps Helm's order of draws.
    const b64 = (...keys: string[]) => b64encQuoted(fieldAt(ctx.Values, keys));
    out += `
  rabbitmq-username: ${b64('rabbitmqUsername')}
  ${rabbitmqPasswordLine(ctx)}
  rabbitmq-management-username: ${b64('managementUsername')}
  ${managementPasswordLine(ctx)}`;
    out += `
  ${erlangCookieLine(ctx)}
  ${val(ctx, 'definitionsSource')}: ${definitions(ctx)}
`;
  }
  // The newline after the untrimmed `end` is eaten by the left-trimming `if` that follows.
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
