/**
 * Which API versions each kind the charts print is served in, by Kubernetes
 * release: facts from Kubernetes' deprecation guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/), the same
 * ones pluto's versions.yaml lists. Data, not branches: a rewrite is "the newest
 * entry the target serves".
 */
import { parseKubeVersion } from '../capabilities.js';

export interface ServedApi {
  readonly apiVersion: string;
  /** First Kubernetes minor (1.x) that serves it. */
  readonly introduced: number;
  /** First Kubernetes minor that no longer serves it; absent while it is served. */
  readonly removed?: number;
}

/** Kind → its API versions, oldest first. Kinds not listed are served in `v1` (core) or are custom resources. */
export const apiTable: Readonly<Record<string, readonly ServedApi[]>> = {
  Deployment: [
    { apiVersion: 'extensions/v1beta1', introduced: 2, removed: 16 },
    { apiVersion: 'apps/v1beta1', introduced: 6, removed: 16 },
    { apiVersion: 'apps/v1beta2', introduced: 8, removed: 16 },
    { apiVersion: 'apps/v1', introduced: 9 },
  ],
  DaemonSet: [
    { apiVersion: 'extensions/v1beta1', introduced: 2, removed: 16 },
    { apiVersion: 'apps/v1beta2', introduced: 8, removed: 16 },
    { apiVersion: 'apps/v1', introduced: 9 },
  ],
  StatefulSet: [
    { apiVersion: 'apps/v1beta1', introduced: 5, removed: 16 },
    { apiVersion: 'apps/v1beta2', introduced: 8, removed: 16 },
    { apiVersion: 'apps/v1', introduced: 9 },
  ],
  Ingress: [
    { apiVersion: 'extensions/v1beta1', introduced: 1, removed: 22 },
    { apiVersion: 'networking.k8s.io/v1beta1', introduced: 14, removed: 22 },
    { apiVersion: 'networking.k8s.io/v1', introduced: 19 },
  ],
  NetworkPolicy: [
    { apiVersion: 'extensions/v1beta1', introduced: 3, removed: 16 },
    { apiVersion: 'networking.k8s.io/v1', introduced: 7 },
  ],
  PodDisruptionBudget: [
    { apiVersion: 'policy/v1beta1', introduced: 5, removed: 25 },
    { apiVersion: 'policy/v1', introduced: 21 },
  ],
  Role: rbac(),
  RoleBinding: rbac(),
  ClusterRole: rbac(),
  ClusterRoleBinding: rbac(),
  Job: [{ apiVersion: 'batch/v1', introduced: 2 }],
  ConfigMap: core(2),
  Secret: core(0),
  Service: core(0),
  ServiceAccount: core(0),
  PersistentVolumeClaim: core(0),
};

function rbac(): ServedApi[] {
  return [
    { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', introduced: 6, removed: 22 },
    { apiVersion: 'rbac.authorization.k8s.io/v1beta1', introduced: 6, removed: 22 },
    { apiVersion: 'rbac.authorization.k8s.io/v1', introduced: 8 },
  ];
}

function core(introduced: number): ServedApi[] {
  return [{ apiVersion: 'v1', introduced }];
}

/** Custom resources (the Prometheus operator's): served by whatever operator is installed, not by a Kubernetes release. */
export const customResourceGroups: readonly string[] = ['monitoring.coreos.com/'];

/** The target's minor version (1.x) from a --kube-version string; Helm's default v1.32.0 when absent. */
export function targetMinor(kubeVersion: string | undefined): number {
  if (kubeVersion === undefined || kubeVersion === '') return 32;
  const v = parseKubeVersion(kubeVersion);
  // Kubernetes 2.x does not exist; a major above 1 is read as "newer than every table entry".
  return v.Major === '1' ? Number(v.Minor) : v.Major === '0' ? 0 : Number.MAX_SAFE_INTEGER;
}

const serves = (a: ServedApi, minor: number) => a.introduced <= minor && (a.removed === undefined || minor < a.removed);

/** The newest API version of `kind` that Kubernetes 1.`minor` serves; undefined for kinds the table does not list. */
export function newestServed(kind: string, minor: number): ServedApi | undefined | 'none' {
  const apis = Object.hasOwn(apiTable, kind) ? apiTable[kind] : undefined;
  if (apis === undefined) return undefined;
  for (let i = apis.length - 1; i >= 0; i--) if (serves(apis[i], minor)) return apis[i];
  return 'none';
}

/** The table's entry for `apiVersion` of `kind`, if any. */
export function apiEntry(kind: string, apiVersion: string): ServedApi | undefined {
  const apis = Object.hasOwn(apiTable, kind) ? apiTable[kind] : undefined;
  return apis?.find((a) => a.apiVersion === apiVersion);
}

/** Is `apiVersion` of `kind` served by 1.`minor`? undefined when the table cannot tell (custom resources, unknown kinds). */
export function isServed(kind: string, apiVersion: string, minor: number): boolean | undefined {
  if (customResourceGroups.some((g) => apiVersion.startsWith(g))) return undefined;
  const apis = Object.hasOwn(apiTable, kind) ? apiTable[kind] : undefined;
  if (apis === undefined) return undefined;
  const a = apis.find((x) => x.apiVersion === apiVersion);
  return a !== undefined && serves(a, minor);
}
