/** Port of polyaxon/charts/docker-registry/templates/pvc.yaml. */
import type { RenderContext } from '../../../context.js';
import { dockerRegistryFullname } from '../../../polyaxon/templates/partials/_registry.js';
import { eq, field, not, printValue, quote, truthy } from '../../../runtime/index.js';

export function pvc(ctx: RenderContext): string {
  const v = ctx.Values;
  // Both `if`s trim towards the document and the last `end`, trimming on both sides, eats the final newline.
  if (!truthy(field(v, 'persistence', 'enabled'))) return '';
  if (!not(field(v, 'persistence', 'existingClaim'))) return '';
  const fullname = dockerRegistryFullname(ctx);
  let out = `kind: PersistentVolumeClaim
apiVersion: v1
metadata:
  name: ${fullname}
  labels:
    app: ${fullname}
    chart: "${ctx.Chart.Name}-${ctx.Chart.Version}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
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
