/** Port of polyaxon/templates/sa.yaml. */
import type { RenderContext } from '../../context.js';
import { field, fieldAt, printValue, replace, truthy } from '../../runtime/index.js';
import { polyaxonFullname } from './_helpers.js';

/**
 * `metadata:` through the labels of one RBAC object named `<fullname>-<name>`
 * (no newline after the last label). Cluster-scoped kinds have no namespace line.
 */
function metadata(ctx: RenderContext, name: string, namespaced: boolean): string {
  const p = (...keys: string[]) => printValue(fieldAt(ctx.Values, keys));
  const fullname = polyaxonFullname(ctx);
  const chart = `${ctx.Chart.Name}-${replace('+', '_', ctx.Chart.Version)}`;
  return `metadata:
  name: ${fullname}-${name}${namespaced ? `\n  namespace: ${p('namespace')}` : ''}
  labels:
    app: ${fullname}-${name}
    chart: "${chart}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
    type: ${p('types', 'core')}
    role: ${p('roles', 'config')}
    app.kubernetes.io/name: ${fullname}-${name}
    app.kubernetes.io/instance: "${chart}"
    app.kubernetes.io/version: "${ctx.Chart.Version}"
    app.kubernetes.io/part-of: ${p('types', 'core')}
    app.kubernetes.io/component: ${p('roles', 'config')}
    app.kubernetes.io/managed-by: "helm"`;
}

/** `roleRef:` and `subjects:` binding `<fullname>-<role>` to the service account `<fullname>-<account>`. */
function binding(ctx: RenderContext, kind: string, role: string, account: string): string {
  const fullname = polyaxonFullname(ctx);
  return `roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ${kind}
  name: ${fullname}-${role}
subjects:
  - kind: ServiceAccount
    name: ${fullname}-${account}
    namespace: ${printValue(field(ctx.Values, 'namespace'))}`;
}

export function sa(ctx: RenderContext): string {
  let out = `---
apiVersion: v1
kind: ServiceAccount
${metadata(ctx, 'serviceaccount', true)}
---
apiVersion: v1
kind: ServiceAccount
${metadata(ctx, 'workers-serviceaccount', true)}`;
  // The left-trimming `if` eats the blank line before it; only the file's last newline stays when RBAC is off.
  if (truthy(field(ctx.Values, 'rbac', 'enabled'))) {
    out += `
---
apiVersion: rbac.authorization.k8s.io/v1beta1
kind: ClusterRole
${metadata(ctx, 'clusterrole', false)}
rules:
  - apiGroups: [""]
    resources: ["nodes"]
    verbs: ["watch", "list", "patch"]
  - apiGroups: ["metrics.k8s.io"]
    resources: ["pods", "nodes"]
    verbs: ["get", "list"]
  - nonResourceURLs:
    - /version/
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1beta1
kind: Role
${metadata(ctx, 'role', true)}
rules:
  - apiGroups: [""]
    resources: ["pods", "batch"]
    verbs: ["get", "watch", "list", "create", "delete", "patch"]
  - apiGroups: ["batch"]
    resources: ["jobs"]
    verbs: ["get", "watch", "list", "create", "delete", "patch"]
  - apiGroups: [""]
    resources: ["configmaps", "secrets"]
    verbs: ["get", "update", "patch", "create", "delete"]
  - apiGroups: ["", "extensions"]
    resources: ["services", "ingresses", "deployments", "replicasets"]
    verbs: ["get", "create", "patch", "delete", "list"]
  - apiGroups: ["metrics.k8s.io"]
    resources: ["pods", "nodes", "apis"]
    verbs: ["get", "list", "watch"]
  - apiGroups: ["", "*"]
    resources: ["events", "pods/status", "pods/log"]
    verbs: ["watch", "get", "list"]
  - apiGroups: ["kubeflow.org"]
    resources: ["tfjobs", "pytorchjobs", "mpijobs"]
    verbs: ["get", "watch", "list", "create", "delete", "patch"]
  - apiGroups: ["apiextensions.k8s.io"]
    resources: ["customresourcedefinitions"]
    verbs: ["get", "watch", "list", "create", "delete", "patch"]
---
apiVersion: rbac.authorization.k8s.io/v1beta1
kind: RoleBinding
${metadata(ctx, 'role-binding', true)}
${binding(ctx, 'Role', 'role', 'serviceaccount')}
---
apiVersion: rbac.authorization.k8s.io/v1beta1
kind: ClusterRoleBinding
${metadata(ctx, 'clusterrole-binding', false)}
${binding(ctx, 'ClusterRole', 'clusterrole', 'serviceaccount')}
---
apiVersion: rbac.authorization.k8s.io/v1beta1
kind: Role
${metadata(ctx, 'workers-role', true)}
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "watch", "list"]
  - apiGroups: ["metrics.k8s.io"]
    resources: ["pods", "nodes", "apis"]
    verbs: ["get", "list", "watch"]
  - apiGroups: ["", "*"]
    resources: ["events", "pods/status", "pods/log"]
    verbs: ["watch", "get", "list"]
  - apiGroups: ["kubeflow.org"]
    resources: ["tfjobs", "pytorchjobs", "mpijobs"]
    verbs: ["get", "watch", "list"]
  - apiGroups: ["apiextensions.k8s.io"]
    resources: ["customresourcedefinitions"]
    verbs: ["get", "watch", "list"]
---
apiVersion: rbac.authorization.k8s.io/v1beta1
kind: RoleBinding
${metadata(ctx, 'workers-role-binding', true)}
${binding(ctx, 'Role', 'workers-role', 'workers-serviceaccount')}`;
  }
  return out + '\n';
}
