import { compareBytes } from '@polyaxon-render/values';

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
const unknownRank = installOrder.length;

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

/** A stable sort by kind (sort.SliceStable with lessByKind), as Helm sorts manifests and hooks. */
export function sortByKind<T>(items: readonly T[], kindOf: (t: T) => string): T[] {
  // Each item's rank is looked up once, not in every comparison.
  const decorated = items.map((item, i) => {
    const kind = kindOf(item);
    return { item, i, kind, rank: rank.get(kind) ?? unknownRank };
  });
  decorated.sort((x, y) => {
    if (x.rank !== y.rank) return x.rank - y.rank;
    if (x.rank === unknownRank && x.kind !== y.kind) return compareBytes(x.kind, y.kind);
    return x.i - y.i;
  });
  return decorated.map((x) => x.item);
}
