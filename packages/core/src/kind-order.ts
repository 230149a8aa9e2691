import { compareBytes, sortByBytes } from '@polyaxon-render/values';

/**
 * The order `helm install` creates resources in, and so the order `helm template`
 * prints them: Helm's pkg/releaseutil/kind_sorter.go InstallOrder (v3.17.3), as data.
 */
export const installOrder: readonly string[] = [
  'PriorityClass',
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];

const rank = new Map(installOrder.map((k, i) => [k, i]));

/**
 * kind_sorter.go lessByKind: known kinds by their rank, unknown kinds after all
 * known ones, and among themselves alphabetically (Go string order: by bytes).
 */
export function lessByKind(a: string, b: string): boolean {
  const ra = rank.get(a);
  const rb = rank.get(b);
  if (ra === undefined && rb === undefined) return compareBytes(a, b) < 0;
  if (ra === undefined) return false;
  if (rb === undefined) return true;
  return ra < rb;
}

/**
 * A stable sort by kind (sort.SliceStable with lessByKind), as Helm sorts
 * manifests and hooks: one pass into a bucket per known kind (no comparisons),
 * then the unknown kinds, grouped by kind, the groups in byte order.
 */
export function sortByKind<T>(items: readonly T[], kindOf: (t: T) => string): T[] {
  const known: T[][] = [];
  let unknown: Map<string, T[]> | undefined;
  for (const item of items) {
    const kind = kindOf(item);
    const r = rank.get(kind);
    if (r !== undefined) (known[r] ??= []).push(item);
    else {
      unknown ??= new Map();
      const group = unknown.get(kind);
      if (group === undefined) unknown.set(kind, [item]);
      else group.push(item);
    }
  }
  const out: T[] = [];
  for (const bucket of known) if (bucket !== undefined) for (const item of bucket) out.push(item);
  if (unknown !== undefined)
    for (const kind of sortByBytes([...unknown.keys()])) for (const item of unknown.get(kind)!) out.push(item);
  return out;
}
