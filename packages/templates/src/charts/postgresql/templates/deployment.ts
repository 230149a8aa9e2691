/** Port of polyaxon/charts/postgresql/templates/deployment.yaml. */
import type { RenderContext } from '../../../context.js';
import { postgresqlFullname } from '../../../polyaxon/templates/partials/_postgres.js';
import { and, dflt, field, printValue, quote, toYamlIndented, truthy } from '../../../runtime/index.js';

export function deployment(ctx: RenderContext): string {
  const v = ctx.Values;
  const fullname = postgresqlFullname(ctx);
  let out = `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: ${fullname}
  labels:
    app: ${fullname}
    chart: "${ctx.Chart.Name}-${ctx.Chart.Version}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
spec:
  template:
    metadata:
      labels:
        app: ${fullname}
    spec:`;
  // The chart's left-trimming if/end actions swallow the indentation and newline around each optional block.
  const affinity = field(v, 'affinity');
  if (truthy(affinity)) out += `\n      affinity:\n${toYamlIndented(8, affinity)}`;
  const nodeSelector = field(v, 'nodeSelector');
  if (truthy(nodeSelector)) out += `\n      nodeSelector:\n${toYamlIndented(8, nodeSelector)}`;
  const tolerations = field(v, 'tolerations');
  if (truthy(tolerations)) out += `\n      tolerations:\n${toYamlIndented(8, tolerations)}`;
  const user = () => quote(dflt('postgres', field(v, 'postgresUser')));
  out += `
      containers:
      - name: ${fullname}
        image: "${printValue(field(v, 'image'))}:${printValue(field(v, 'imageTag'))}"
        imagePullPolicy: ${quote(dflt('', field(v, 'imagePullPolicy')))}
        env:
        - name: POSTGRES_USER
          value: ${user()}
          # Required for pg_isready in the health probes.
        - name: PGUSER
          value: ${user()}
        - name: POSTGRES_DB
          value: ${quote(dflt('', field(v, 'postgresDatabase')))}
        - name: POSTGRES_INITDB_ARGS
          value: ${quote(dflt('', field(v, 'postgresInitdbArgs')))}
        - name: PGDATA
          value: /var/lib/postgresql/data/pgdata
        - name: POSTGRES_PASSWORD
          valueFrom:
            secretKeyRef:
              name: ${fullname}
              key: postgres-password
        - name: POD_IP
          valueFrom: { fieldRef: { fieldPath: status.podIP } }
        ports:
        - name: postgresql
          containerPort: 5432
        livenessProbe:
          exec:
            command:
            - sh
            - -c
            - exec pg_isready --host $POD_IP
          initialDelaySeconds: 60
          timeoutSeconds: 5
          failureThreshold: 6
        readinessProbe:
          exec:
            command:
            - sh
            - -c
            - exec pg_isready --host $POD_IP
          initialDelaySeconds: 5
          timeoutSeconds: 3
          periodSeconds: 5
        resources:
${toYamlIndented(10, field(v, 'resources'))}
        volumeMounts:
        - name: data
          mountPath: /var/lib/postgresql/data/pgdata
          subPath: ${printValue(field(v, 'persistence', 'subPath'))}`;
  if (truthy(field(v, 'metrics', 'enabled'))) {
    out += `
      - name: metrics
        image: "${printValue(field(v, 'metrics', 'image'))}:${printValue(field(v, 'metrics', 'imageTag'))}"
        imagePullPolicy: ${quote(dflt('', field(v, 'metrics', 'imagePullPolicy')))}
        env:
        - name: DATA_SOURCE_NAME
          value: postgresql://postgres@127.0.0.1:5432?sslmode=disable
        ports:
        - name: metrics
          containerPort: 9187`;
    if (truthy(field(v, 'metrics', 'customMetrics'))) {
      out += `
        args: ["-extend.query-path", "/conf/custom-metrics.yaml"]
        volumeMounts:
          - name: custom-metrics
            mountPath: /conf
            readOnly: true`;
    }
    out += `\n        resources:\n${toYamlIndented(10, field(v, 'metrics', 'resources'))}`;
  }
  out += `
      volumes:
      - name: data`;
  if (truthy(field(v, 'persistence', 'enabled'))) {
    const claim = dflt(fullname, field(v, 'persistence', 'existingClaim'));
    out += `\n        persistentVolumeClaim:\n          claimName: ${printValue(claim)}`;
  } else {
    out += `\n        emptyDir: {}`;
  }
  if (truthy(and(field(v, 'metrics', 'enabled'), () => field(v, 'metrics', 'customMetrics')))) {
    out += `
      - name: custom-metrics
        secret:
          secretName: ${fullname}
          items:
            - key: custom-metrics.yaml
              path: custom-metrics.yaml`;
  }
  const pullSecrets = field(v, 'imagePullSecrets');
  if (truthy(pullSecrets)) out += `\n      imagePullSecrets:\n        - name: ${printValue(pullSecrets)}`;
  return out + '\n';
}
