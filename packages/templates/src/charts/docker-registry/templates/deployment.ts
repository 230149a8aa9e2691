/** Port of polyaxon/charts/docker-registry/templates/deployment.yaml. */
import type { RenderContext } from '../../../context.js';
import { dockerRegistryFullname } from '../../../polyaxon/templates/partials/_registry.js';
import {
  and,
  eq,
  field,
  includeSha256,
  printValue,
  quote,
  replace,
  required,
  toYamlIndented,
  truthy,
} from '../../../runtime/index.js';
import { dockerRegistryName } from './_helpers.js';
import { configmap } from './configmap.js';

/** One env entry read from the chart's secret, as the chart writes it (14-space indent). */
const secretEnv = (envName: string, fullname: string, key: string) => `
            - name: ${envName}
              valueFrom:
                secretKeyRef:
                  name: ${fullname}-secret
                  key: ${key}`;

export function deployment(ctx: RenderContext): string {
  const v = ctx.Values;
  const fullname = dockerRegistryFullname(ctx);
  const name = dockerRegistryName(ctx);
  let out = `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: ${fullname}
  labels:
    app: ${name}
    chart: ${ctx.Chart.Name}-${replace('+', '_', ctx.Chart.Version)}
    release: ${ctx.Release.Name}
    heritage: ${ctx.Release.Service}
spec:
  replicas: ${printValue(field(v, 'replicaCount'))}`;
  const updateStrategy = field(v, 'updateStrategy');
  if (truthy(updateStrategy)) out += `\n  strategy:\n${toYamlIndented(4, updateStrategy)}`;
  out += `
  minReadySeconds: 5
  template:
    metadata:
      labels:
        app: ${name}
        release: ${ctx.Release.Name}`;
  const podLabels = field(v, 'podLabels');
  if (truthy(podLabels)) out += `\n${toYamlIndented(8, podLabels)}`;
  // `include (print $.Template.BasePath "/configmap.yaml") . | sha256sum`: a fresh render of the ConfigMap.
  out += `
      annotations:
        checksum/config: ${includeSha256(ctx, 'configmap.yaml', configmap)}`;
  const podAnnotations = field(v, 'podAnnotations');
  if (truthy(podAnnotations)) out += `\n${toYamlIndented(8, podAnnotations)}`;
  out += '\n    spec:';
  const imagePullSecrets = field(v, 'imagePullSecrets');
  if (truthy(imagePullSecrets)) out += `\n      imagePullSecrets:\n${toYamlIndented(8, imagePullSecrets)}`;
  const priorityClassName = field(v, 'priorityClassName');
  if (truthy(priorityClassName)) out += `\n      priorityClassName: "${printValue(priorityClassName)}"`;
  if (truthy(field(v, 'securityContext', 'enabled'))) {
    out += `
      securityContext:
        fsGroup: ${printValue(field(v, 'securityContext', 'fsGroup'))}
        runAsUser: ${printValue(field(v, 'securityContext', 'runAsUser'))}`;
  }
  const tls = () => truthy(field(v, 'tlsSecretName'));
  const httpsScheme = () => (tls() ? '\n              scheme: HTTPS' : '');
  out += `
      containers:
        - name: ${ctx.Chart.Name}
          image: "${printValue(field(v, 'image', 'repository'))}:${printValue(field(v, 'image', 'tag'))}"
          imagePullPolicy: ${printValue(field(v, 'image', 'pullPolicy'))}
          command:
          - /bin/registry
          - serve
          - /etc/docker/registry/config.yml
          ports:
            - containerPort: 5000
          livenessProbe:
            httpGet:${httpsScheme()}
              path: /
              port: 5000
          readinessProbe:
            httpGet:${httpsScheme()}
              path: /
              port: 5000
          resources:
${toYamlIndented(12, field(v, 'resources'))}
          env:`;
  const htpasswd = () => truthy(field(v, 'secrets', 'htpasswd'));
  if (htpasswd()) {
    out += `
            - name: REGISTRY_AUTH
              value: "htpasswd"
            - name: REGISTRY_AUTH_HTPASSWD_REALM
              value: "Registry Realm"
            - name: REGISTRY_AUTH_HTPASSWD_PATH
              value: "/auth/htpasswd"`;
  }
  out += secretEnv('REGISTRY_HTTP_SECRET', fullname, 'haSharedSecret');
  if (tls()) {
    out += `
            - name: REGISTRY_HTTP_TLS_CERTIFICATE
              value: /etc/ssl/docker/tls.crt
            - name: REGISTRY_HTTP_TLS_KEY
              value: /etc/ssl/docker/tls.key`;
  }
  out += storageEnv(ctx, fullname);
  if (truthy(field(v, 'persistence', 'deleteEnabled'))) {
    out += `
            - name: REGISTRY_STORAGE_DELETE_ENABLED
              value: "true"`;
  }
  const filesystem = () => eq(field(v, 'storage'), 'filesystem');
  out += '\n          volumeMounts:';
  if (htpasswd()) {
    out += `
            - name: auth
              mountPath: /auth
              readOnly: true`;
  }
  if (filesystem()) {
    out += `
            - name: data
              mountPath: /var/lib/registry/`;
  }
  out += `
            - name: "${fullname}-config"
              mountPath: "/etc/docker/registry"`;
  if (tls()) {
    out += `
            - mountPath: /etc/ssl/docker
              name: tls-cert
              readOnly: true`;
  }
  const nodeSelector = field(v, 'nodeSelector');
  if (truthy(nodeSelector)) out += `\n      nodeSelector:\n${toYamlIndented(8, nodeSelector)}`;
  const tolerations = field(v, 'tolerations');
  if (truthy(tolerations)) out += `\n      tolerations:\n${toYamlIndented(8, tolerations)}`;
  out += '\n      volumes:';
  if (htpasswd()) {
    out += `
        - name: auth
          secret:
            secretName: ${fullname}-secret
            items:
            - key: htpasswd
              path: htpasswd`;
  }
  if (filesystem()) {
    out += '\n        - name: data';
    if (truthy(field(v, 'persistence', 'enabled'))) {
      const existingClaim = field(v, 'persistence', 'existingClaim');
      const claim = truthy(existingClaim) ? printValue(existingClaim) : fullname;
      out += `\n          persistentVolumeClaim:\n            claimName: ${claim}`;
    } else {
      out += '\n          emptyDir: {}';
    }
  }
  out += `
        - name: ${fullname}-config
          configMap:
            name: ${fullname}-config`;
  if (tls()) {
    out += `
        - name: tls-cert
          secret:
            secretName: ${printValue(field(v, 'tlsSecretName'))}`;
  }
  return out + '\n';
}

/** The `if eq .Values.storage …` chain of env entries: one backend's settings, or none for an unknown one. */
function storageEnv(ctx: RenderContext, fullname: string): string {
  const v = ctx.Values;
  const storage = field(v, 'storage');
  if (eq(storage, 'filesystem')) {
    return `
            - name: REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY
              value: "/var/lib/registry"`;
  }
  if (eq(storage, 'azure')) {
    return (
      secretEnv('REGISTRY_STORAGE_AZURE_ACCOUNTNAME', fullname, 'azureAccountName') +
      secretEnv('REGISTRY_STORAGE_AZURE_ACCOUNTKEY', fullname, 'azureAccountKey') +
      secretEnv('REGISTRY_STORAGE_AZURE_CONTAINER', fullname, 'azureContainer')
    );
  }
  if (eq(storage, 's3')) {
    let out = '';
    // Go >= 1.18 `and` stops at the first empty operand.
    if (truthy(and(field(v, 'secrets', 's3', 'secretKey'), () => field(v, 'secrets', 's3', 'accessKey')))) {
      out += secretEnv('REGISTRY_STORAGE_S3_ACCESSKEY', fullname, 's3AccessKey');
      out += secretEnv('REGISTRY_STORAGE_S3_SECRETKEY', fullname, 's3SecretKey');
    }
    out += `
            - name: REGISTRY_STORAGE_S3_REGION
              value: ${printValue(required('.Values.s3.region is required', field(v, 's3', 'region')))}`;
    const regionEndpoint = field(v, 's3', 'regionEndpoint');
    if (truthy(regionEndpoint)) {
      out += `
            - name: REGISTRY_STORAGE_S3_REGIONENDPOINT
              value: ${printValue(regionEndpoint)}`;
    }
    out += `
            - name: REGISTRY_STORAGE_S3_BUCKET
              value: ${printValue(required('.Values.s3.bucket is required', field(v, 's3', 'bucket')))}`;
    const encrypt = field(v, 's3', 'encrypt');
    if (truthy(encrypt)) {
      out += `
            - name: REGISTRY_STORAGE_S3_ENCRYPT
              value: ${quote(encrypt)}`;
    }
    const secure = field(v, 's3', 'secure');
    if (truthy(secure)) {
      out += `
            - name: REGISTRY_STORAGE_S3_SECURE
              value: ${quote(secure)}`;
    }
    return out;
  }
  if (eq(storage, 'swift')) {
    let out = `
            - name: REGISTRY_STORAGE_SWIFT_AUTHURL
              value: ${printValue(required('.Values.swift.authurl is required', field(v, 'swift', 'authurl')))}`;
    out += secretEnv('REGISTRY_STORAGE_SWIFT_USERNAME', fullname, 'swiftUsername');
    out += secretEnv('REGISTRY_STORAGE_SWIFT_PASSWORD', fullname, 'swiftPassword');
    return `${out}
            - name: REGISTRY_STORAGE_SWIFT_CONTAINER
              value: ${printValue(required('.Values.swift.container is required', field(v, 'swift', 'container')))}`;
  }
  return '';
}
