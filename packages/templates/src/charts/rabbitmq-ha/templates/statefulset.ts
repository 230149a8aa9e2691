/** Port of polyaxon/charts/rabbitmq-ha/templates/statefulset.yaml. */
import type { RenderContext } from '../../../context.js';
import {
  eq,
  field,
  fieldAt,
  includeSha256,
  printValue,
  quote,
  rangeEntries,
  rangeItems,
  toYamlIndented,
  truthy,
} from '../../../runtime/index.js';
import { configmap } from './configmap.js';
import {
  extraLabels,
  rabbitmqHaCertSecretName,
  rabbitmqHaChart,
  rabbitmqHaFullname,
  rabbitmqHaName,
  rabbitmqHaSecretName,
  rabbitmqHaServiceAccountName,
  val,
  yamlBlock,
} from './_helpers.js';

/** Container ports of the optional plugins, in the template's order. */
const pluginPorts: readonly (readonly [string, readonly (readonly [string, number])[]])[] = [
  [
    'rabbitmqSTOMPPlugin',
    [
      ['stomp-tcp', 61613],
      ['stomp-ssl', 61614],
    ],
  ],
  ['rabbitmqWebSTOMPPlugin', [['stomp-ws', 15674]]],
  [
    'rabbitmqMQTTPlugin',
    [
      ['mqtt-tcp', 1883],
      ['mqtt-ssl', 8883],
    ],
  ],
  ['rabbitmqWebMQTTPlugin', [['mqtt-ws', 15675]]],
  ['rabbitmqAmqpsSupport', [['amqps', 5671]]],
];

/** The management API health check both probes run (literal chart text). */
const healthCheck = `'wget -O - -q --header "Authorization: Basic \`echo -n \\"$RABBIT_MANAGEMENT_USER:$RABBIT_MANAGEMENT_PASSWORD\\" | base64\`" http://localhost:15672/api/healthchecks/node | grep -qF "{\\"status\\":\\"ok\\"}"'`;

/** toYaml of .Values.X indented by n, on its own line. */
function yamlAt(ctx: RenderContext, n: bigint, ...keys: string[]): string {
  return toYamlIndented(n, fieldAt(ctx.Values, keys));
}

/** A `secretKeyRef` env entry reading KEY from the chart's Secret. */
function secretEnv(ctx: RenderContext, name: string, key: string): string {
  return `
            - name: ${name}
              valueFrom:
                secretKeyRef:
                  name: ${rabbitmqHaSecretName(ctx)}
                  key: ${key}`;
}

/** The optional exporter container, from its `- name:` through its resources. */
function exporterContainer(ctx: RenderContext): string {
  const exp = (...keys: string[]) => field(ctx.Values, 'prometheus', 'exporter', ...keys);
  let out = `
        - name: ${ctx.Chart.Name}-exporter
          image: ${printValue(exp('image', 'repository'))}:${printValue(exp('image', 'tag'))}
          imagePullPolicy: ${printValue(exp('image', 'pullPolicy'))}
          ports:
          - name: exporter
            protocol: TCP
            containerPort: ${printValue(exp('port'))}
          env:
            - name: PUBLISH_PORT
              value: "${printValue(exp('port'))}"
            `;
  // The untrimmed `if capabilities` leaves, without capabilities, a line of 12 spaces.
  if (truthy(exp('capabilities'))) {
    out += `
            - name: RABBIT_CAPABILITIES
              value: "${printValue(exp('capabilities'))}"`;
  }
  out += secretEnv(ctx, 'RABBIT_USER', 'rabbitmq-username');
  out += secretEnv(ctx, 'RABBIT_PASSWORD', 'rabbitmq-password');
  for (const [key, value] of rangeEntries(exp('env'))) {
    out += `
            - name: ${printValue(key)}
              value: ${quote(value)}`;
  }
  return `${out}
          resources:
${toYamlIndented(12n, exp('resources'))}
        `;
}

/** The `affinity:` block podAntiAffinity "hard" or "soft" asks for; nothing otherwise. */
function antiAffinity(ctx: RenderContext): string {
  const mode = field(ctx.Values, 'podAntiAffinity');
  const topologyKey = val(ctx, 'podAntiAffinityTopologyKey');
  if (eq(mode, 'hard')) {
    return `
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: "${topologyKey}"
              labelSelector:
                matchLabels:
                  app: ${rabbitmqHaName(ctx)}
                  release: ${ctx.Release.Name}`;
  }
  if (eq(mode, 'soft')) {
    return `
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 1
              podAffinityTerm:
                topologyKey: "${topologyKey}"
                labelSelector:
                  matchLabels:
                    app: ${rabbitmqHaName(ctx)}
                    release: ${ctx.Release.Name}`;
  }
  return '';
}

/** `volumeClaimTemplates` with persistence, else one more emptyDir volume. */
function dataVolume(ctx: RenderContext): string {
  const pv = (...keys: string[]) => field(ctx.Values, 'persistentVolume', ...keys);
  if (!truthy(pv('enabled'))) {
    return `
        - name: ${printValue(pv('name'))}
          emptyDir: {}`;
  }
  let out = `
  volumeClaimTemplates:
    - metadata:
        name: ${printValue(pv('name'))}
        annotations:`;
  for (const [key, value] of rangeEntries(pv('annotations'))) {
    out += `\n          ${printValue(key)}: ${printValue(value)}`;
  }
  out += `
      spec:
        accessModes:`;
  for (const mode of rangeItems(pv('accessModes'))) out += `\n          - ${quote(mode)}`;
  out += `
        resources:
          requests:
            storage: ${quote(pv('size'))}`;
  const storageClass = pv('storageClass');
  if (truthy(storageClass)) {
    // "-" asks for no storage class at all (an explicit empty one).
    out += eq('-', storageClass)
      ? `\n        storageClassName: ""`
      : `\n        storageClassName: "${printValue(storageClass)}"`;
  }
  return out;
}

export function statefulset(ctx: RenderContext): string {
  const fullname = rabbitmqHaFullname(ctx);
  let out = `apiVersion: apps/v1beta1
kind: StatefulSet
metadata:
  name: ${fullname}
  namespace: ${ctx.Release.Namespace}
  labels:
    app: ${rabbitmqHaName(ctx)}
    chart: ${rabbitmqHaChart(ctx)}
    release: ${ctx.Release.Name}
    heritage: ${ctx.Release.Service}${extraLabels(ctx)}
spec:
  podManagementPolicy: ${val(ctx, 'podManagementPolicy')}
  serviceName: ${fullname}-discovery
  replicas: ${val(ctx, 'replicaCount')}
  updateStrategy:
    type: ${val(ctx, 'updateStrategy')}
  template:
    metadata:
      labels:
        app: ${rabbitmqHaName(ctx)}
        release: ${ctx.Release.Name}${extraLabels(ctx, 8n)}
      annotations:`;
  if (!truthy(field(ctx.Values, 'existingConfigMap'))) {
    // include of configmap.yaml: a fresh render of that file, hashed.
    out += `\n        checksum/config: ${includeSha256(ctx, 'configmap.yaml', configmap)}`;
  }
  out += `${yamlBlock(ctx, 8n, 'podAnnotations')}
    spec:`;
  const pullSecrets = field(ctx.Values, 'image', 'pullSecrets');
  if (truthy(pullSecrets)) {
    out += '\n      imagePullSecrets:';
    for (const name of rangeItems(pullSecrets)) out += `\n        - name: ${printValue(name)}`;
  }
  out += `
      terminationGracePeriodSeconds: ${val(ctx, 'terminationGracePeriodSeconds')}
      securityContext:
${yamlAt(ctx, 10n, 'securityContext')}
      serviceAccountName: ${rabbitmqHaServiceAccountName(ctx)}
      initContainers:
        - name: copy-rabbitmq-config
          image: ${val(ctx, 'busyboxImage', 'repository')}:${val(ctx, 'busyboxImage', 'tag')}
          imagePullPolicy: ${val(ctx, 'busyboxImage', 'pullPolicy')}
          command: ['sh', '-c', 'cp /configmap/* /etc/rabbitmq; rm -f /var/lib/rabbitmq/.erlang.cookie']
          resources:
${yamlAt(ctx, 12n, 'initContainer', 'resources')}
          volumeMounts:
            - name: configmap
              mountPath: /configmap
            - name: config
              mountPath: /etc/rabbitmq
            - name: ${val(ctx, 'persistentVolume', 'name')}
              mountPath: /var/lib/rabbitmq
      containers:
        - name: ${ctx.Chart.Name}
          image: ${val(ctx, 'image', 'repository')}:${val(ctx, 'image', 'tag')}
          imagePullPolicy: ${val(ctx, 'image', 'pullPolicy')}
          ports:
            - name: epmd
              protocol: TCP
              containerPort: 4369
            - name: amqp
              protocol: TCP
              containerPort: 5672
            - name: http
              protocol: TCP
              containerPort: 15672`;
  for (const [table, ports] of pluginPorts) {
    if (!truthy(field(ctx.Values, table, 'enabled'))) continue;
    for (const [name, port] of ports) {
      out += `
            - name: ${name}
              protocol: TCP
              containerPort: ${port}`;
    }
  }
  out += `
          livenessProbe:
            exec:
              command:
              - /bin/sh
              - -c
              - ${healthCheck}
            initialDelaySeconds: ${val(ctx, 'livenessProbe', 'initialDelaySeconds')}
            periodSeconds: ${val(ctx, 'livenessProbe', 'periodSeconds')}
            timeoutSeconds: ${val(ctx, 'livenessProbe', 'timeoutSeconds')}
            failureThreshold: ${val(ctx, 'livenessProbe', 'failureThreshold')}
          readinessProbe:
            exec:
              command:
              - /bin/sh
              - -c
              - ${healthCheck}
            initialDelaySeconds: ${val(ctx, 'readinessProbe', 'initialDelaySeconds')}
            timeoutSeconds: ${val(ctx, 'readinessProbe', 'timeoutSeconds')}
            periodSeconds: ${val(ctx, 'readinessProbe', 'periodSeconds')}
            failureThreshold: ${val(ctx, 'readinessProbe', 'failureThreshold')}
          env:
            - name: MY_POD_NAME
              valueFrom:
                fieldRef:
                  apiVersion: v1
                  fieldPath: metadata.name
            - name: RABBITMQ_USE_LONGNAME
              value: "true"
            - name: RABBITMQ_NODENAME
              value: rabbit@$(MY_POD_NAME).${fullname}-discovery.${ctx.Release.Namespace}.svc.${val(ctx, 'clusterDomain')}
            - name: K8S_HOSTNAME_SUFFIX
              value: .${fullname}-discovery.${ctx.Release.Namespace}.svc.${val(ctx, 'clusterDomain')}
            - name: K8S_SERVICE_NAME
              value: ${fullname}-discovery`;
  out += secretEnv(ctx, 'RABBITMQ_ERLANG_COOKIE', 'rabbitmq-erlang-cookie');
  out += secretEnv(ctx, 'RABBIT_MANAGEMENT_USER', 'rabbitmq-management-username');
  out += secretEnv(ctx, 'RABBIT_MANAGEMENT_PASSWORD', 'rabbitmq-management-password');
  const hipe = field(ctx.Values, 'rabbitmqHipeCompile');
  if (truthy(hipe)) {
    out += `
            - name: RABBITMQ_HIPE_COMPILE
              value: ${quote(hipe)}`;
  }
  out += `
          resources:
${yamlAt(ctx, 12n, 'resources')}
          volumeMounts:
            - name: ${val(ctx, 'persistentVolume', 'name')}
              mountPath: /var/lib/rabbitmq
            - name: config
              mountPath: /etc/rabbitmq
            - name: definitions
              mountPath: /etc/definitions
              readOnly: true`;
  if (truthy(field(ctx.Values, 'rabbitmqCert', 'enabled'))) {
    out += `
            - name: cert
              mountPath: /etc/cert`;
  }
  out += yamlBlock(ctx, 12n, 'extraVolumeMounts');
  // The untrimmed `if exporter.enabled`, indented by eight, does not trim: its indentation is printed either way.
  out += '\n        ';
  if (truthy(field(ctx.Values, 'prometheus', 'exporter', 'enabled'))) out += exporterContainer(ctx);
  if (truthy(field(ctx.Values, 'nodeSelector'))) out += `\n      nodeSelector:${yamlBlock(ctx, 8n, 'nodeSelector')}`;
  if (truthy(field(ctx.Values, 'tolerations'))) out += `\n      tolerations:${yamlBlock(ctx, 8n, 'tolerations')}`;
  const schedulerName = field(ctx.Values, 'schedulerName');
  if (truthy(schedulerName)) out += `\n      schedulerName: "${printValue(schedulerName)}"`;
  out += antiAffinity(ctx);
  const priorityClassName = field(ctx.Values, 'priorityClassName');
  if (truthy(priorityClassName)) out += `\n      priorityClassName: ${printValue(priorityClassName)}`;
  out += `
      volumes:
        - name: config
          emptyDir: {}
        - name: configmap
          configMap:
            name: ${fullname}
        - name: definitions
          secret:
            secretName: ${rabbitmqHaSecretName(ctx)}
            items:
            - key: ${val(ctx, 'definitionsSource')}
              path: definitions.json`;
  if (truthy(field(ctx.Values, 'rabbitmqCert', 'enabled'))) {
    out += `
        - name: cert
          secret:
            defaultMode: 420
            secretName: ${rabbitmqHaCertSecretName(ctx)}`;
  }
  out += yamlBlock(ctx, 8n, 'extraVolumes');
  return out + dataVolume(ctx) + '\n';
}
