/** Port of polyaxon/charts/docker-registry/templates/configmap.yaml. */
import type { RenderContext } from '../../../context.js';
import { dockerRegistryFullname } from '../../../polyaxon/templates/partials/_registry.js';
import { field, toYamlIndented } from '../../../runtime/index.js';
import { dockerRegistryName } from './_helpers.js';

export function configmap(ctx: RenderContext): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${dockerRegistryFullname(ctx)}-config
  labels:
    app: ${dockerRegistryName(ctx)}
    chart: ${ctx.Chart.Name}-${ctx.Chart.Version}
    heritage: ${ctx.Release.Service}
    release: ${ctx.Release.Name}
data:
  config.yml: |-
${toYamlIndented(4, field(ctx.Values, 'configData'))}
`;
}
