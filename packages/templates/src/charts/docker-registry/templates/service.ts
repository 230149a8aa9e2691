/** Port of polyaxon/charts/docker-registry/templates/service.yaml. */
import type { RenderContext } from '../../../context.js';
import { dockerRegistryFullname } from '../../../polyaxon/templates/partials/_registry.js';
import { and, empty, eq, field, not, printValue, replace, toYamlIndented, truthy } from '../../../runtime/index.js';
import { dockerRegistryName } from './_helpers.js';

export function service(ctx: RenderContext): string {
  const v = ctx.Values;
  const name = dockerRegistryName(ctx);
  let out = `apiVersion: v1
kind: Service
metadata:
  name: ${dockerRegistryFullname(ctx)}
  labels:
    app: ${name}
    chart: ${ctx.Chart.Name}-${replace('+', '_', ctx.Chart.Version)}
    release: ${ctx.Release.Name}
    heritage: ${ctx.Release.Service}`;
  const annotations = field(v, 'service', 'annotations');
  if (truthy(annotations)) out += `\n  annotations:\n${toYamlIndented(4, annotations)}`;
  out += `
spec:
  type: ${printValue(field(v, 'service', 'type'))}`;
  // Go >= 1.18 `and` stops at the first false operand, so `empty` runs only for the matching type.
  if (truthy(and(eq(field(v, 'service', 'type'), 'ClusterIP'), () => not(empty(field(v, 'service', 'clusterIP')))))) {
    out += `\n  clusterIP: ${printValue(field(v, 'service', 'clusterIP'))}`;
  }
  out += `
  ports:
    - port: ${printValue(field(v, 'service', 'port'))}
      protocol: TCP
      name: ${printValue(field(v, 'service', 'name'))}
      targetPort: 5000`;
  if (truthy(and(eq(field(v, 'service', 'type'), 'NodePort'), () => not(empty(field(v, 'service', 'nodePort')))))) {
    out += `\n      nodePort: ${printValue(field(v, 'service', 'nodePort'))}`;
  }
  return `${out}
  selector:
    app: ${name}
    release: ${ctx.Release.Name}
`;
}
