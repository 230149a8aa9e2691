/** Port of polyaxon/templates/api-svc.yaml. */
import type { RenderContext } from '../../context.js';
import { eq, field, nindent, toYaml, truthy } from '../../runtime/index.js';
import { polyaxonFullname } from './_helpers.js';
import { chartLabel, val } from '../shared/workload.js';

export function apiSvc(ctx: RenderContext): string {
  let out = `apiVersion: v1
kind: Service
metadata:
  name: ${polyaxonFullname(ctx)}-api
  labels:
    app: ${polyaxonFullname(ctx)}-api
    chart: "${chartLabel(ctx)}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
    type: ${val(ctx, 'types', 'core')}
    role: ${val(ctx, 'roles', 'api')}
    app.kubernetes.io/name: ${polyaxonFullname(ctx)}-api
    app.kubernetes.io/instance: "${chartLabel(ctx)}"
    app.kubernetes.io/version: "${ctx.Chart.Version}"
    app.kubernetes.io/part-of: ${val(ctx, 'types', 'core')}
    app.kubernetes.io/component: ${val(ctx, 'roles', 'api')}
    app.kubernetes.io/managed-by: "helm"`;
  const annotations = field(ctx.Values, 'api', 'service', 'annotations');
  if (truthy(annotations)) {
    // `annotations:`, then a line of two spaces holding `toYaml . | nindent 4`, leaves a line
    // of two spaces before the map.
    out += `\n  annotations:\n  ${nindent(4, toYaml(annotations))}`;
  }
  out += `
spec:
  type: ${val(ctx, 'serviceType')}
  selector:
    app: ${polyaxonFullname(ctx)}-api
  ports:
  - port: ${val(ctx, 'api', 'service', 'externalPort')}
    targetPort: ${val(ctx, 'api', 'service', 'internalPort')}
    `;
  // Without a NodePort the line of the `if` (which trims only on its right) leaves four
  // trailing spaces behind.
  if (eq(field(ctx.Values, 'serviceType'), 'NodePort')) {
    out += `nodePort: ${val(ctx, 'api', 'service', 'nodePort')}`;
  }
  return out + `\n    name: ${val(ctx, 'api', 'service', 'name')}\n`;
}
