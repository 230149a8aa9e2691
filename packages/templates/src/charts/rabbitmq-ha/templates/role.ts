/** Port of polyaxon/charts/rabbitmq-ha/templates/role.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, quote, truthy } from '../../../runtime/index.js';
import { extraLabels, rabbitmqHaChart, rabbitmqHaFullname, rabbitmqHaName } from './_helpers.js';

/** Lets the peer-discovery plugin read the discovery Service's endpoints. */
export function role(ctx: RenderContext): string {
  // Only the file's final newline is outside the left-trimming `if`.
  if (!truthy(field(ctx.Values, 'rbac', 'create'))) return '\n';
  return `
apiVersion: rbac.authorization.k8s.io/v1beta1
kind: Role
metadata:
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: ${quote(ctx.Release.Name)}
    heritage: ${quote(ctx.Release.Service)}${extraLabels(ctx)}
  name: ${rabbitmqHaFullname(ctx)}
  namespace: ${ctx.Release.Namespace}
rules:
  - apiGroups: [""]
    resources: ["endpoints"]
    verbs: ["get"]
`;
}
