/** Port of polyaxon/charts/rabbitmq-ha/templates/service-discovery.yaml. */
import type { RenderContext } from '../../../context.js';
import { sprintf, trimSuffix, trunc } from '../../../runtime/index.js';
import { pluginPorts, rabbitmqHaChart, rabbitmqHaFullname, rabbitmqHaName, val, yamlBlock } from './_helpers.js';

/** The headless Service the StatefulSet's pods are addressed through (peer discovery). */
export function serviceDiscovery(ctx: RenderContext): string {
  return `apiVersion: v1
kind: Service
metadata:
  annotations:
    service.alpha.kubernetes.io/tolerate-unready-endpoints: "true"${yamlBlock(ctx, 4n, 'service', 'annotations')}
  name: ${trimSuffix('-', trunc(63n, sprintf('%s-discovery', rabbitmqHaFullname(ctx))))}
  namespace: ${ctx.Release.Namespace}
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: ${ctx.Release.Name}
    heritage: ${ctx.Release.Service}
spec:
  clusterIP: None
  ports:
    - name: http
      protocol: TCP
      port: ${val(ctx, 'rabbitmqManagerPort')}
      targetPort: http
    - name: amqp
      protocol: TCP
      port: ${val(ctx, 'rabbitmqNodePort')}
      targetPort: amqp
    - name: epmd
      protocol: TCP
      port: ${val(ctx, 'rabbitmqEpmdPort')}
      targetPort: epmd${pluginPorts(ctx)}
  publishNotReadyAddresses: true
  selector:
    app: ${rabbitmqHaName(ctx)}
    release: ${ctx.Release.Name}
  type: ClusterIP
`;
}
