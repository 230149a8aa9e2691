/**
 * Port of polyaxon/charts/docker-registry/templates/NOTES.txt.
 *
 * `helm template` renders a subchart's NOTES.txt with the other templates and
 * then drops its text (action.renderResources), so nothing of it is printed —
 * but a value it cannot evaluate (hosts that cannot be ranged over, a
 * `service.type` that is not a string for `contains`) fails the whole render.
 */
import type { RenderContext } from '../../../context.js';
import { dockerRegistryFullname } from '../../../polyaxon/templates/partials/_registry.js';
import { contains, field, printValue, rangeItems, truthy } from '../../../runtime/index.js';
import { dockerRegistryName } from './_helpers.js';

export function notes(ctx: RenderContext): string {
  const v = ctx.Values;
  const ns = ctx.Release.Namespace;
  let out = '1. Get the application URL by running these commands:';
  if (truthy(field(v, 'ingress', 'enabled'))) {
    for (const host of rangeItems(field(v, 'ingress', 'hosts'))) {
      // `$.Values…` inside the range: read again for every host, as the template does.
      const s = truthy(field(v, 'ingress', 'tls')) ? 's' : '';
      out += `\n  http${s}://${printValue(host)}${printValue(field(v, 'ingress', 'path'))}`;
    }
  } else if (contains('NodePort', field(v, 'service', 'type'))) {
    const fullname = dockerRegistryFullname(ctx);
    out += `
  export NODE_PORT=$(kubectl get --namespace ${ns} -o jsonpath="{.spec.ports[0].nodePort}" services ${fullname})
  export NODE_IP=$(kubectl get nodes --namespace ${ns} -o jsonpath="{.items[0].status.addresses[0].address}")
  echo http://$NODE_IP:$NODE_PORT`;
  } else if (contains('LoadBalancer', field(v, 'service', 'type'))) {
    const fullname = dockerRegistryFullname(ctx);
    out += `
     NOTE: It may take a few minutes for the LoadBalancer IP to be available.
           You can watch the status of by running 'kubectl get svc -w ${fullname}'
  export SERVICE_IP=$(kubectl get svc --namespace ${ns} ${fullname} -o jsonpath='{.status.loadBalancer.ingress[0].ip}')
  echo http://$SERVICE_IP:${printValue(field(v, 'service', 'externalPort'))}`;
  } else if (contains('ClusterIP', field(v, 'service', 'type'))) {
    out += `
  export POD_NAME=$(kubectl get pods --namespace ${ns} -l "app=${dockerRegistryName(ctx)},release=${ctx.Release.Name}" -o jsonpath="{.items[0].metadata.name}")
  echo "Visit http://127.0.0.1:8080 to use your application"
  kubectl port-forward $POD_NAME 8080:5000`;
  }
  return `${out}\n`;
}
