/** Port of polyaxon/charts/rabbitmq-ha/templates/rolebinding.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, quote, truthy } from '../../../runtime/index.js';
import {
  extraLabels,
  rabbitmqHaChart,
  rabbitmqHaFullname,
  rabbitmqHaName,
  rabbitmqHaServiceAccountName,
} from './_helpers.js';

/** Binds the Role to the pods' service account. */
export function rolebinding(ctx: RenderContext): string {
  // Only the file's final newline is outside the left-trimming `if`.
  if (!truthy(field(ctx.Values, 'rbac', 'create'))) return '\n';
  return `
apiVersion: rbac.authorization.k8s.io/v1beta1
kind: RoleBinding
metadata:
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: ${quote(ctx.Release.Name)}
    heritage: ${quote(ctx.Release.Service)}${extraLabels(ctx)}
  name: ${rabbitmqHaFullname(ctx)}
  namespace: ${ctx.Release.Namespace}
subjects:
  - kind: ServiceAccount
    name: ${rabbitmqHaServiceAccountName(ctx)}
    namespace: ${ctx.Release.Namespace}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: ${rabbitmqHaFullname(ctx)}
`;
}
