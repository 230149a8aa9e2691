/** Port of polyaxon/charts/docker-registry/templates/ingress.yaml. */
import type { RenderContext } from '../../../context.js';
import { dockerRegistryFullname } from '../../../polyaxon/templates/partials/_registry.js';
import {
  field,
  printValue,
  quote,
  rangeEntries,
  rangeItems,
  replace,
  toYamlIndented,
  truthy,
} from '../../../runtime/index.js';
import { dockerRegistryName } from './_helpers.js';

export function ingress(ctx: RenderContext): string {
  const v = ctx.Values;
  // The chart wraps the whole file in an if/end that trims on both sides: nothing when off, no final newline when on.
  if (!truthy(field(v, 'ingress', 'enabled'))) return '';
  const serviceName = dockerRegistryFullname(ctx);
  const servicePort = field(v, 'service', 'port');
  const path = field(v, 'ingress', 'path');
  let out = `apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: ${dockerRegistryFullname(ctx)}
  labels:
    app: ${dockerRegistryName(ctx)}
    chart: ${ctx.Chart.Name}-${replace('+', '_', ctx.Chart.Version)}
    release: ${ctx.Release.Name}
    heritage: ${ctx.Release.Service}`;
  const labels = field(v, 'ingress', 'labels');
  if (truthy(labels)) out += `\n${toYamlIndented(4, labels)}`;
  // With no annotations this leaves a bare "annotations:" (null in YAML), as the chart does.
  out += '\n  annotations:';
  for (const [key, value] of rangeEntries(field(v, 'ingress', 'annotations'))) {
    out += `\n      ${printValue(key)}: ${quote(value)}`;
  }
  out += '\nspec:\n  rules:';
  for (const host of rangeItems(field(v, 'ingress', 'hosts'))) {
    out += `
    - host: ${printValue(host)}
      http:
        paths:
          - path: ${printValue(path)}
            backend:
              serviceName: ${serviceName}
              servicePort: ${printValue(servicePort)}`;
  }
  const tls = field(v, 'ingress', 'tls');
  if (truthy(tls)) out += `\n  tls:\n${toYamlIndented(4, tls)}`;
  return out;
}
