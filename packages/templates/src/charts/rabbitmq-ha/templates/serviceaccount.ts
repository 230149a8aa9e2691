/** Port of polyaxon/charts/rabbitmq-ha/templates/serviceaccount.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, quote, truthy } from '../../../runtime/index.js';
import { extraLabels, rabbitmqHaChart, rabbitmqHaName, rabbitmqHaServiceAccountName } from './_helpers.js';

/** The pods' ServiceAccount. */
export function serviceaccount(ctx: RenderContext): string {
  // The file has no final newline, so nothing at all is printed when disabled.
  if (!truthy(field(ctx.Values, 'serviceAccount', 'create'))) return '';
  return `
apiVersion: v1
kind: ServiceAccount
metadata:
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: ${quote(ctx.Release.Name)}
    heritage: ${quote(ctx.Release.Service)}${extraLabels(ctx)}
  name: ${rabbitmqHaServiceAccountName(ctx)}
  namespace: ${ctx.Release.Namespace}`;
}
