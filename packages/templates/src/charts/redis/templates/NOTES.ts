/**
 * Port of polyaxon/charts/redis/templates/NOTES.txt.
 *
 * `helm template` renders a subchart's NOTES.txt with the other templates and
 * then drops its text (action.renderResources), so nothing of it is printed —
 * but a value it cannot evaluate (a `master.service.type` that is not a string
 * for `contains`, a `networkPolicy` or `sentinel` that is not a map on a branch
 * that reads it) fails the whole render.
 */
import type { RenderContext } from '../../../context.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { and, contains, field, not, printValue, truthy } from '../../../runtime/index.js';
import { redisImage, redisName } from './_helpers.js';

export function notes(ctx: RenderContext): string {
  const v = ctx.Values;
  const ns = ctx.Release.Namespace;
  // Each `if .Values.usePassword` action reads the value again (same result, but a read per use, as in Go).
  const usePassword = () => truthy(field(v, 'usePassword'));
  const passwordArg = () => (usePassword() ? ' -a $REDIS_PASSWORD' : '');
  // Go >= 1.18 `and` stops at its first false operand, so allowExternal is read only when enabled is true.
  const clientLabel = () =>
    truthy(and(field(v, 'networkPolicy', 'enabled'), () => not(field(v, 'networkPolicy', 'allowExternal'))));

  let out = '** Please be patient while the chart is being deployed **';
  // Note the argument order: the service type is the SUBSTRING looked for in "LoadBalancer".
  if (contains(field(v, 'master', 'service', 'type'), 'LoadBalancer')) {
    if (!truthy(field(v, 'usePassword'))) {
      // The untrimmed `if and …` keeps the newline before it.
      out += '\n';
      if (truthy(and(not(field(v, 'networkPolicy', 'enabled')), () => field(v, 'networkPolicy', 'allowExternal')))) {
        out += `

-------------------------------------------------------------------------------
 WARNING

    By specifying "master.service.type=LoadBalancer" and "usePassword=false" you have
    most likely exposed the Redis service externally without any authentication
    mechanism.

    For security reasons, we strongly suggest that you switch to "ClusterIP" or
    "NodePort". As alternative, you can also switch to "usePassword=true"
    providing a valid password on "password" parameter.

-------------------------------------------------------------------------------`;
      }
    }
  }

  if (truthy(field(v, 'cluster', 'enabled'))) {
    if (truthy(field(v, 'sentinel', 'enabled'))) {
      out += `
Redis can be accessed via port ${printValue(field(v, 'sentinel', 'service', 'redisPort'))} on the following DNS name from within your cluster:

${redisFullname(ctx)}.${ns}.svc.cluster.local for read only operations

For read/write operations, first access the Redis Sentinel cluster, which is available in port ${printValue(field(v, 'sentinel', 'service', 'sentinelPort'))} using the same domain name above.`;
    } else {
      out += `
Redis can be accessed via port ${printValue(field(v, 'redisPort'))} on the following DNS names from within your cluster:

${redisFullname(ctx)}-master.${ns}.svc.cluster.local for read/write operations
${redisFullname(ctx)}-slave.${ns}.svc.cluster.local for read-only operations`;
    }
  } else {
    out += `
Redis can be accessed via port ${printValue(field(v, 'redisPort'))} on the following DNS name from within your cluster:

${redisFullname(ctx)}-master.${ns}.svc.cluster.local`;
  }

  // `if .Values.usePassword` is not trimmed: the blank line before it stays either way.
  out += '\n\n';
  if (usePassword()) {
    out += `
To get your password run:

    export REDIS_PASSWORD=$(kubectl get secret --namespace ${ns} ${redisFullname(ctx)} -o jsonpath="{.data.redis-password}" | base64 --decode)`;
  }

  out += `

To connect to your Redis server:

1. Run a Redis pod that you can use as a client:

   kubectl run --namespace ${ns} ${redisFullname(ctx)}-client --rm --tty -i --restart='Never' \\
   `;
  if (usePassword()) out += ' --env REDIS_PASSWORD=$REDIS_PASSWORD \\';
  // The left-trimming `if` eats the newline and indent before it: the label follows on the same line.
  if (clientLabel()) out += `--labels="${redisName(ctx)}-client=true" \\`;
  out += `
   --image ${redisImage(ctx)} -- bash

2. Connect using the Redis CLI:`;

  if (truthy(field(v, 'cluster', 'enabled'))) {
    if (truthy(field(v, 'sentinel', 'enabled'))) {
      out += `\n   redis-cli -h ${redisFullname(ctx)} -p ${printValue(field(v, 'sentinel', 'service', 'redisPort'))}${passwordArg()} # Read only operations`;
      out += `\n   redis-cli -h ${redisFullname(ctx)} -p ${printValue(field(v, 'sentinel', 'service', 'sentinelPort'))}${passwordArg()} # Sentinel access`;
    } else {
      out += `\n   redis-cli -h ${redisFullname(ctx)}-master${passwordArg()}`;
      out += `\n   redis-cli -h ${redisFullname(ctx)}-slave${passwordArg()}`;
    }
  } else {
    out += `\n   redis-cli -h ${redisFullname(ctx)}-master${passwordArg()}`;
  }

  // Untrimmed `if and …`: the blank line stays before both branches.
  out += '\n\n';
  if (clientLabel()) {
    out += `
Note: Since NetworkPolicy is enabled, only pods with label
${redisFullname(ctx)}-client=true"
will be able to connect to redis.`;
  } else {
    // The `else`, trimming on both sides, eats the newlines after it.
    out += 'To connect to your database from outside the cluster execute the following commands:';
    // Here the service type is the string searched (the other argument order).
    if (contains('NodePort', field(v, 'master', 'service', 'type'))) {
      out += `

    export NODE_IP=$(kubectl get nodes --namespace ${ns} -o jsonpath="{.items[0].status.addresses[0].address}")
    export NODE_PORT=$(kubectl get --namespace ${ns} -o jsonpath="{.spec.ports[0].nodePort}" services ${redisFullname(ctx)}-master)
    redis-cli -h $NODE_IP -p $NODE_PORT${passwordArg()}`;
    } else if (contains('LoadBalancer', field(v, 'master', 'service', 'type'))) {
      out += `

  NOTE: It may take a few minutes for the LoadBalancer IP to be available.
        Watch the status with: 'kubectl get svc --namespace ${ns} -w ${redisFullname(ctx)}'

    export SERVICE_IP=$(kubectl get svc --namespace ${ns} ${redisFullname(ctx)} --template "${loadBalancerIpTemplate}")
    redis-cli -h $SERVICE_IP -p ${printValue(field(v, 'master', 'service', 'nodePort'))}${passwordArg()}`;
    } else if (contains('ClusterIP', field(v, 'master', 'service', 'type'))) {
      const port = printValue(field(v, 'redisPort'));
      out += `

    kubectl port-forward --namespace ${ns} svc/${redisFullname(ctx)} ${port}:${port} &
    redis-cli -h 127.0.0.1 -p ${port}${passwordArg()}`;
    }
  }
  return `${out}\n`;
}

/**
 * The Go template the notes tell the user to hand to `kubectl --template` (it prints the
 * load balancer's first address). Output text for kubectl, never a template run here; put
 * together from its braces so that no template action is written out in a ported template.
 */
const open = '{'.repeat(2);
const close = '}'.repeat(2);
const loadBalancerIpTemplate = `${open} range (index .status.loadBalancer.ingress 0) ${close}${open}.${close}${open} end ${close}`;
