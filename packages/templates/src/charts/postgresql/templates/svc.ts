/** Port of polyaxon/charts/postgresql/templates/svc.yaml. */
import type { RenderContext } from '../../../context.js';
import { postgresqlFullname } from '../../../polyaxon/templates/partials/_postgres.js';
import { field, printValue, toYamlIndented, truthy } from '../../../runtime/index.js';

export function svc(ctx: RenderContext): string {
  const v = ctx.Values;
  const fullname = postgresqlFullname(ctx);
  let out = `apiVersion: v1
kind: Service
metadata:
  name: ${fullname}
  labels:
    app: ${fullname}
    chart: "${ctx.Chart.Name}-${ctx.Chart.Version}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"`;
  if (truthy(field(v, 'metrics', 'enabled'))) {
    out += `
  annotations:
    prometheus.io/scrape: "true"
    prometheus.io/port: "9187"`;
  }
  out += `
spec:
  type: ${printValue(field(v, 'service', 'type'))}
  ports:
  - name: postgresql
    port: ${printValue(field(v, 'service', 'port'))}
    targetPort: postgresql`;
  const externalIPs = field(v, 'service', 'externalIPs');
  if (truthy(externalIPs)) out += `\n  externalIPs:\n${toYamlIndented(4, externalIPs)}`;
  // The chart's file has no final newline.
  return `${out}
  selector:
    app: ${fullname}`;
}
