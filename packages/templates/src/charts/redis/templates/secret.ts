/** Port of polyaxon/charts/redis/templates/secret.yaml. */
import type { RenderContext } from '../../../context.js';
import { and, b64encQuoted, field, not, randAlphaNum, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';

export function secret(ctx: RenderContext): string {
  const enabled = and(
    () => field(ctx.Values, 'usePassword'),
    () => not(field(ctx.Values, 'existingSecret')),
  );
  // The `if …` and its `end`, both trimming on both sides, trim the file to exactly the document.
  if (!truthy(enabled)) return '';
  const out = `apiVersion: v1
kind: Secret
metadata:
  name: ${redisFullname(ctx)}
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
type: Opaque
data:`;
  const password = field(ctx.Values, 'password');
  // Without a password, every render (and every checksum include) draws a new random one, as in Helm.
  const value = truthy(password) ? b64encQuoted(password) : randomPassword(ctx);
  return `${out}\n  redis-password: ${value}`;
}

/** A new random password, as the Secret prints it. */
const randomPassword = (ctx: RenderContext) => b64encQuoted(randAlphaNum(ctx.random, 10n));
