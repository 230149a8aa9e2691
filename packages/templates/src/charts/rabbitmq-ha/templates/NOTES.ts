/**
 * Port of polyaxon/charts/rabbitmq-ha/templates/NOTES.txt.
 *
 * `helm template` renders a subchart's NOTES.txt with the other templates and
 * then drops its text (action.renderResources), so nothing of it is printed —
 * but a value it cannot evaluate (a `service.type` that is not a string for
 * `contains`, a `prometheus` or `rabbitmqAmqpsSupport` that is not a map) fails
 * the whole render. It runs after secret.yaml, so it sees the passwords `set`.
 */
import type { RenderContext } from '../../../context.js';
import { contains, field, truthy } from '../../../runtime/index.js';
import { rabbitmqHaFullname, rabbitmqHaName, rabbitmqHaSecretName, val } from './_helpers.js';

export function notes(ctx: RenderContext): string {
  const v = ctx.Values;
  const ns = ctx.Release.Namespace;
  const amqps = () => truthy(field(v, 'rabbitmqAmqpsSupport', 'enabled'));
  const exporter = () => truthy(field(v, 'prometheus', 'exporter', 'enabled'));
  const secretGet = (key: string) =>
    `$(kubectl get secret --namespace ${ns} ${rabbitmqHaSecretName(ctx)} -o jsonpath="{.data.${key}}" | base64 --decode)`;
  const username = val(ctx, 'rabbitmqUsername');
  const password = secretGet('rabbitmq-password');
  const managementUsername = val(ctx, 'managementUsername');
  const managementPassword = secretGet('rabbitmq-management-password');
  const cookie = secretGet('rabbitmq-erlang-cookie');
  let out = `** Please be patient while the chart is being deployed **

  Credentials:

    Username            : ${username}
    Password            : ${password}
    Management username : ${managementUsername}
    Management password : ${managementPassword}
    ErLang Cookie       : ${cookie}

  RabbitMQ can be accessed within the cluster on port ${val(ctx, 'rabbitmqNodePort')} at ${rabbitmqHaFullname(ctx)}.${ns}.svc.${val(ctx, 'clusterDomain')}

  To access the cluster externally execute the following commands:`;
  // The trailing spaces after some left-trimming `end`s are the template's own (kept on purpose).
  if (contains('NodePort', field(v, 'service', 'type'))) {
    const fullname = rabbitmqHaFullname(ctx);
    const nodePort = (name: string) =>
      `$(kubectl get --namespace ${ns} -o jsonpath='{.spec.ports[?(@.name=="${name}")].nodePort}' services ${fullname})`;
    out += `

    export NODE_IP=$(kubectl get nodes --namespace ${ns} -o jsonpath="{.items[0].status.addresses[?(@.type=='ExternalIP')].address}")
    export NODE_PORT_AMQP=${nodePort('amqp')}`;
    if (amqps()) out += `\n    export NODE_PORT_AMQPS=${nodePort('amqps')}`;
    out += `\n    export NODE_PORT_STATS=${nodePort('http')}`;
    if (exporter()) out += `\n    export NODE_PORT_RABBITMQ_EXPORTER=${nodePort('exporter')}`;
    out += `  \n  To Access the RabbitMQ AMQP port:\n\n    amqp://$NODE_IP:$NODE_PORT_AMQP/`;
    if (amqps()) out += `\n  To Access the RabbitMQ AMQPS port:\n\n    amqps://$NODE_IP:$NODE_PORT_AMQPS/`;
    if (exporter())
      out += `\n  To Access the RabbitMQ Exporter metrics port:\n    http://$NODE_IP:$NODE_PORT_RABBITMQ_EXPORTER/`;
    out += ` \n\n  To Access the RabbitMQ Management interface:\n\n    http://$NODE_IP:$NODE_PORT_STATS/`;
  } else if (contains('LoadBalancer', field(v, 'service', 'type'))) {
    const fullname = rabbitmqHaFullname(ctx);
    const serviceIp = (i: number) =>
      `$(kubectl get svc --namespace ${ns} ${fullname} -o jsonpath='{.status.loadBalancer.ingress[${i}].ip}')`;
    out += `

  NOTE: It may take a few minutes for the LoadBalancer IP to be available.
        Watch the status with: 'kubectl get svc --namespace ${ns} -w ${rabbitmqHaName(ctx)}'

    export SERVICE_IP=${serviceIp(0)}`;
    if (amqps()) out += `\n    export SERVICE_IP=${serviceIp(1)}`;
    out += `\n\n  To Access the RabbitMQ AMQP port:\n\n    amqp://$SERVICE_IP:${val(ctx, 'rabbitmqNodePort')}/`;
    if (amqps())
      out += `\n  To Access the RabbitMQ AMQPS port:\n\n    amqps://$SERVICE_IP:${val(ctx, 'rabbitmqAmqpsSupport', 'amqpsNodePort')}/`;
    if (exporter())
      out += `\n  To Access the RabbitMQ Exporter metrics port:\n    \n    http://$SERVICE_IP:${val(ctx, 'prometheus', 'exporter', 'port')}/`;
    out += ` \n\n  To Access the RabbitMQ Management interface:\n\n    http://$SERVICE_IP:${val(ctx, 'rabbitmqManagerPort')}/`;
  } else if (contains('ClusterIP', field(v, 'service', 'type'))) {
    const nodePort = val(ctx, 'rabbitmqNodePort');
    const managerPort = val(ctx, 'rabbitmqManagerPort');
    out += `

    export POD_NAME=$(kubectl get pods --namespace ${ns} -l "app=${rabbitmqHaName(ctx)}" -o jsonpath="{.items[0].metadata.name}")
    kubectl port-forward $POD_NAME --namespace ${ns} ${nodePort}:${nodePort} ${managerPort}:${managerPort}`;
    if (amqps()) {
      const p = val(ctx, 'rabbitmqAmqpsSupport', 'amqpsNodePort');
      out += `\n    kubectl port-forward $POD_NAME --namespace ${ns} ${p}:${p}`;
    }
    if (exporter()) {
      const p = val(ctx, 'prometheus', 'exporter', 'port');
      out += `\n    kubectl port-forward $POD_NAME --namespace ${ns} ${p}:${p}`;
    }
    out += `\n\n  To Access the RabbitMQ AMQP port:\n\n    amqp://127.0.0.1:${val(ctx, 'rabbitmqNodePort')}/`;
    if (amqps())
      out += `\n  To Access the RabbitMQ AMQPS port:\n\n    amqps://127.0.0.1:${val(ctx, 'rabbitmqAmqpsSupport', 'amqpsNodePort')}/`;
    if (exporter())
      out += `\n  To Access the RabbitMQ Exporter metrics port:\n    \n    http://127.0.0.1:${val(ctx, 'prometheus', 'exporter', 'port')}/`;
    out += ` \n\n  To Access the RabbitMQ Management interface:\n\n    URL : http://127.0.0.1:${val(ctx, 'rabbitmqManagerPort')}`;
  }
  return `${out}\n\n`;
}
