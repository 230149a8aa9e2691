/** Port of polyaxon/charts/postgresql/templates/secrets.yaml. */
import type { RenderContext } from '../../../context.js';
import { postgresqlFullname } from '../../../polyaxon/templates/partials/_postgres.js';
import { b64encQuoted, field, randAlphaNum, toYaml, truthy } from '../../../runtime/index.js';

/** The chart's randAlphaNum 10, b64enc'd and quoted: drawn afresh every render. */
const randomPassword = (ctx: RenderContext) => b64encQuoted(randAlphaNum(ctx.random, 10n));

export function secrets(ctx: RenderContext): string {
  const v = ctx.Values;
  const fullname = postgresqlFullname(ctx);
  let out = `apiVersion: v1
kind: Secret
metadata:
  name: ${fullname}
  labels:
    app: ${fullname}
    chart: "${ctx.Chart.Name}-${ctx.Chart.Version}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
type: Opaque
data:
  `;
  // The chart's if/else/end actions trim nothing: a "  " line is left above the
  // password, the given one is followed by two spaces after the colon, and "\n  " after it.
  const password = field(v, 'postgresPassword');
  if (truthy(password)) out += `\n  postgres-password:  ${b64encQuoted(password)}\n  `;
  else out += `\n  postgres-password: ${randomPassword(ctx)}\n  `;
  const customMetrics = field(v, 'metrics', 'customMetrics');
  if (truthy(customMetrics)) out += `\n  custom-metrics.yaml: ${b64encQuoted(toYaml(customMetrics))}`;
  return out + '\n';
}
