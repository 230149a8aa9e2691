/** Port of polyaxon/charts/postgresql/templates/networkpolicy.yaml. */
import type { RenderContext } from '../../../context.js';
import { postgresqlFullname } from '../../../polyaxon/templates/partials/_postgres.js';
import { field, not, truthy } from '../../../runtime/index.js';
import { postgresqlNetworkPolicyApiVersion } from './_helpers.js';

export function networkpolicy(ctx: RenderContext): string {
  const v = ctx.Values;
  // The whole file is one left-trimming `if`: off, only the file's final newline is left.
  if (!truthy(field(v, 'networkPolicy', 'enabled'))) return '\n';
  const fullname = postgresqlFullname(ctx);
  // With Kubernetes minors from "10" up the helper prints nothing, leaving "apiVersion: " (trailing space kept).
  let out = `
kind: NetworkPolicy
apiVersion: ${postgresqlNetworkPolicyApiVersion(ctx)}
metadata:
  name: "${fullname}"
  labels:
    app: ${fullname}
    chart: "${ctx.Chart.Name}-${ctx.Chart.Version}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
spec:
  podSelector:
    matchLabels:
      app: "${fullname}"
  ingress:
    # Allow inbound connections
    - ports:
      - port: 5432`;
  if (not(field(v, 'networkPolicy', 'allowExternal'))) {
    out += `
      from:
      - podSelector:
          matchLabels:
            ${fullname}-client: "true"`;
  }
  return `${out}
    # Allow prometheus scrapes
    - ports:
      - port: 9187
`;
}
