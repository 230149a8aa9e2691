/** Port of polyaxon/charts/docker-registry/templates/secret.yaml. */
import type { RenderContext } from '../../../context.js';
import { dockerRegistryFullname } from '../../../polyaxon/templates/partials/_registry.js';
import { and, b64enc, b64encQuoted, eq, field, randAlphaNum, truthy } from '../../../runtime/index.js';
import { dockerRegistryName } from './_helpers.js';

/** The pipeline `randAlphaNum 16 | b64enc | quote`, drawn afresh every render. */
const randomSharedSecret = (ctx: RenderContext) => b64encQuoted(randAlphaNum(ctx.random, 16n));

export function secret(ctx: RenderContext): string {
  const v = ctx.Values;
  let out = `apiVersion: v1
kind: Secret
metadata:
  name: ${dockerRegistryFullname(ctx)}-secret
  labels:
    app: ${dockerRegistryName(ctx)}
    chart: ${ctx.Chart.Name}-${ctx.Chart.Version}
    heritage: ${ctx.Release.Service}
    release: ${ctx.Release.Name}
type: Opaque
data:`;
  const secrets = (...keys: string[]) => field(v, 'secrets', ...keys);
  // Unquoted in the chart, unlike every other key here.
  if (truthy(secrets('htpasswd'))) out += `\n  htpasswd: ${b64enc(secrets('htpasswd'))}`;
  const haSharedSecret = secrets('haSharedSecret');
  if (truthy(haSharedSecret)) out += `\n  haSharedSecret: ${b64encQuoted(haSharedSecret)}`;
  else out += `\n  haSharedSecret: ${randomSharedSecret(ctx)}`;
  // Each backend's keys are written only when all of them are set (Go >= 1.18 `and` stops at the first empty one).
  const storage = field(v, 'storage');
  if (eq(storage, 'azure')) {
    if (
      truthy(
        and(
          secrets('azure', 'accountName'),
          () => secrets('azure', 'accountKey'),
          () => secrets('azure', 'container'),
        ),
      )
    ) {
      out += `
  azureAccountName: ${b64encQuoted(secrets('azure', 'accountName'))}
  azureAccountKey: ${b64encQuoted(secrets('azure', 'accountKey'))}
  azureContainer: ${b64encQuoted(secrets('azure', 'container'))}`;
    }
  } else if (eq(storage, 's3')) {
    if (truthy(and(secrets('s3', 'secretKey'), () => secrets('s3', 'accessKey')))) {
      out += `
  s3AccessKey: ${b64encQuoted(secrets('s3', 'accessKey'))}
  s3SecretKey: ${b64encQuoted(secrets('s3', 'secretKey'))}`;
    }
  } else if (eq(storage, 'swift')) {
    if (truthy(and(secrets('swift', 'username'), () => secrets('swift', 'password')))) {
      out += `
  swiftUsername: ${b64encQuoted(secrets('swift', 'username'))}
  swiftPassword: ${b64encQuoted(secrets('swift', 'password'))}`;
    }
  }
  return out + '\n';
}
