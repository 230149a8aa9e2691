/** Port of polyaxon/charts/rabbitmq-ha/templates/pdb.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, toYamlIndented, truthy } from '../../../runtime/index.js';
import { rabbitmqHaChart, rabbitmqHaFullname, rabbitmqHaName } from './_helpers.js';

/** A PodDisruptionBudget whose spec is the `podDisruptionBudget` table (e.g. maxUnavailable). */
export function pdb(ctx: RenderContext): string {
  const budget = field(ctx.Values, 'podDisruptionBudget');
  // The `if ...` and its `end`, both trimming on both sides, trim the newlines around the document, the file's last one too.
  if (!truthy(budget)) return '';
  return `apiVersion: policy/v1beta1
kind: PodDisruptionBudget
metadata:
  name: ${rabbitmqHaFullname(ctx)}
  namespace: ${ctx.Release.Namespace}
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: ${ctx.Release.Name}
    heritage: ${ctx.Release.Service}
spec:
  selector:
    matchLabels:
      app: ${rabbitmqHaName(ctx)}
      release: ${ctx.Release.Name}
${toYamlIndented(2n, budget)}`;
}
