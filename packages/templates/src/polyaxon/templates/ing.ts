/** Port of polyaxon/templates/ing.yaml. */
import type { RenderContext } from '../../context.js';
import { dflt, empty, field, nindent, quote, toYaml, toYamlIndented, truthy } from '../../runtime/index.js';
import { polyaxonFullname } from './_helpers.js';
import { chartLabel, val } from '../shared/workload.js';

export function ing(ctx: RenderContext): string {
  // Only the file's final newline is outside the `if`.
  if (!truthy(field(ctx.Values, 'ingress', 'enabled'))) return '\n';
  const fullName = polyaxonFullname(ctx);
  // The chart's unused `$secretName := printf ...` cannot fail, so it is left out.
  // The right trims of the variable lines eat the blank line before `---`.
  let out = `---
apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: ${polyaxonFullname(ctx)}-ingress
  namespace: ${val(ctx, 'namespace')}
  labels:
    chart: "${chartLabel(ctx)}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
    type: ${val(ctx, 'types', 'core')}
    role: ${val(ctx, 'roles', 'api')}
    app.kubernetes.io/name: ${polyaxonFullname(ctx)}-ingress
    app.kubernetes.io/instance: "${chartLabel(ctx)}"
    app.kubernetes.io/version: "${ctx.Chart.Version}"
    app.kubernetes.io/part-of: ${val(ctx, 'types', 'core')}
    app.kubernetes.io/component: ${val(ctx, 'roles', 'api')}
    app.kubernetes.io/managed-by: "helm"
  annotations:
${toYamlIndented(4, field(ctx.Values, 'ingress', 'annotations'))}
spec:
  rules:
  - host: ${quote(field(ctx.Values, 'ingress', 'hostName'))}
    http:
      paths:
      - path: ${quote(dflt('/', field(ctx.Values, 'ingress', 'path')))}
        backend:
          serviceName: ${fullName}-api
          servicePort: ${val(ctx, 'api', 'service', 'externalPort')}`;
  const tls = field(ctx.Values, 'ingress', 'tls');
  if (!empty(tls)) {
    // `tls:`, then a line of four spaces holding `toYaml . | nindent 4`, leaves a line of
    // four spaces before the list.
    out += `\n  tls:\n    ${nindent(4, toYaml(tls))}`;
  }
  // The inner `end`, trimmed on both sides, drops the newline before the outer, left-trimming
  // `end`; the file's last newline remains.
  return out + '\n';
}
