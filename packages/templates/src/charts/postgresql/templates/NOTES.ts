/**
 * Port of polyaxon/charts/postgresql/templates/NOTES.txt.
 *
 * `helm template` renders a subchart's NOTES.txt with the other templates and
 * then drops its text (action.renderResources), so nothing of it is printed —
 * but a value it cannot evaluate (a `service.type` that is not a string for
 * `contains`, a `networkPolicy` that is not a map) fails the whole render.
 */
import type { RenderContext } from '../../../context.js';
import { postgresqlFullname } from '../../../polyaxon/templates/partials/_postgres.js';
import { and, contains, dflt, field, not, printValue, truthy } from '../../../runtime/index.js';

export function notes(ctx: RenderContext): string {
  const v = ctx.Values;
  const ns = ctx.Release.Namespace;
  const fullname = postgresqlFullname(ctx);
  // Go >= 1.18 `and` stops at its first false operand.
  const clientLabel = () =>
    truthy(and(field(v, 'networkPolicy', 'enabled'), () => not(field(v, 'networkPolicy', 'allowExternal'))));
  let out = `PostgreSQL can be accessed via port 5432 on the following DNS name from within your cluster:
${fullname}.${ns}.svc.cluster.local

To get your user password run:

    PGPASSWORD=$(kubectl get secret --namespace ${ns} ${fullname} -o jsonpath="{.data.postgres-password}" | base64 --decode; echo)

To connect to your database run the following command (using the env variable from above):

   kubectl run --namespace ${ns} ${fullname}-client --restart=Never --rm --tty -i --image postgres \\
   --env "PGPASSWORD=$PGPASSWORD" \\`;
  if (clientLabel()) out += `\n   --labels="${fullname}-client=true" \\`;
  out += `
   --command -- psql -U ${printValue(dflt('postgres', field(v, 'postgresUser')))} \\
   -h ${fullname} ${printValue(dflt('postgres', field(v, 'postgresDatabase')))}

`;
  if (clientLabel()) {
    out += `
Note: Since NetworkPolicy is enabled, only pods with label
${fullname}-client=true"
will be able to connect to this PostgreSQL cluster.`;
  }
  out += `

To connect to your database directly from outside the K8s cluster:`;
  const type = field(v, 'service', 'type');
  if (contains('NodePort', type)) {
    out += `
     PGHOST=$(kubectl get nodes --namespace ${ns} -o jsonpath='{.items[0].status.addresses[0].address}')
     PGPORT=$(kubectl get svc --namespace ${ns} ${fullname} -o jsonpath='{.spec.ports[0].nodePort}')`;
  } else if (contains('ClusterIP', type)) {
    const port = printValue(dflt('5432', field(v, 'service', 'port')));
    out += `
     PGHOST=127.0.0.1
     PGPORT=${port}

     # Execute the following commands to route the connection:
     export POD_NAME=$(kubectl get pods --namespace ${ns} -l "app=${fullname}" -o jsonpath="{.items[0].metadata.name}")
     kubectl port-forward --namespace ${ns} $POD_NAME ${port}:${port}`;
  }
  return `${out}\n`;
}
