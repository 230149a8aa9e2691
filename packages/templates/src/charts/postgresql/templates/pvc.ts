/** Port of polyaxon/charts/postgresql/templates/pvc.yaml. */
import type { RenderContext } from '../../../context.js';
import { postgresqlFullname } from '../../../polyaxon/templates/partials/_postgres.js';
import { and, eq, field, not, printValue, quote, toYamlIndented, truthy } from '../../../runtime/index.js';

export function pvc(ctx: RenderContext): string {
  const v = ctx.Values;
  // The chart wraps the whole file in an if/end that trims on both sides: nothing at all when off, and no final newline when on.
  if (!truthy(and(field(v, 'persistence', 'enabled'), () => not(field(v, 'persistence', 'existingClaim'))))) return '';
  const fullname = postgresqlFullname(ctx);
  let out = `kind: PersistentVolumeClaim
apiVersion: v1
metadata:
  name: ${fullname}
  labels:
    app: ${fullname}
    chart: "${ctx.Chart.Name}-${ctx.Chart.Version}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"`;
  const annotations = field(v, 'persistence', 'annotations');
  if (truthy(annotations)) out += `\n  annotations:\n${toYamlIndented(4, annotations)}`;
  out += `
spec:
  accessModes:
    - ${quote(field(v, 'persistence', 'accessMode'))}
  resources:
    requests:
      storage: ${quote(field(v, 'persistence', 'size'))}`;
  const storageClass = field(v, 'persistence', 'storageClass');
  if (truthy(storageClass)) {
    // "-" asks for an explicitly empty class (no dynamic provisioning).
    out += eq('-', storageClass) ? '\n  storageClassName: ""' : `\n  storageClassName: "${printValue(storageClass)}"`;
  }
  return out;
}
