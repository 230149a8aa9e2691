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
 * known ones, and among themselves alphabetically (Go string order).
 */
export function lessByKind(a: string, b: string): boolean {
  const ra = rank.get(a);
  const rb = rank.get(b);
  if (ra === undefined && rb === undefined) return a < b;
  if (ra === undefined) return false;
  if (rb === undefined) return true;
  return ra < rb;
}

/** A stable sort by kind (sort.SliceStable), as Helm sorts manifests and hooks. */
export function sortByKind<T>(items: readonly T[], kindOf: (t: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((x, y) => {
      const a = kindOf(x.item);
      const b = kindOf(y.item);
      if (lessByKind(a, b)) return -1;
      if (lessByKind(b, a)) return 1;
      return x.i - y.i;
    })
    .map((x) => x.item);
}
