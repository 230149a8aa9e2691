/**
 * Kubernetes' own OpenAPI schemas (1.33, as kubernetes-models 4.5 compiles them
 * to ajv validators) and the Prometheus operator's, for the kinds the charts
 * print. Loaded only by verify.ts through a dynamic import: a plain render never
 * reads this module or the validators it pulls in.
 */
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { PrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';

/** One schema error as ajv reports it (with ajv-i18n's English message). */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params: Record<string, unknown>;
}

interface ModelClass {
  readonly apiVersion: string;
  readonly kind: string;
  readonly prototype: { validate(): void };
}

const models: readonly ModelClass[] = [
  ConfigMap,
  PersistentVolumeClaim,
  Secret,
  Service,
  ServiceAccount,
  DaemonSet,
  Deployment,
  StatefulSet,
  Job,
  Ingress,
  NetworkPolicy,
  PodDisruptionBudget,
  ClusterRole,
  ClusterRoleBinding,
  Role,
  RoleBinding,
  PrometheusRule,
  ServiceMonitor,
];

const byType = new Map(models.map((m) => [`${m.apiVersion} ${m.kind}`, m]));

/** Whether a schema is known for this apiVersion and kind. */
export function hasSchema(apiVersion: string, kind: string): boolean {
  return byType.has(`${apiVersion} ${kind}`);
}

/**
 * Validates `data` (which may be a Proxy: the strict field check watches what
 * the validator reads); returns its errors, none when valid or unknown.
 */
export function schemaErrors(apiVersion: string, kind: string, data: unknown): readonly SchemaError[] {
  const model = byType.get(`${apiVersion} ${kind}`);
  if (model === undefined) return [];
  try {
    // The model's validate runs the compiled validator on `this` (@kubernetes-models/base setValidateFunc).
    model.prototype.validate.call(data);
    return [];
  } catch (e) {
    const errors = (e as { errors?: SchemaError[] }).errors;
    if (!Array.isArray(errors)) throw e;
    return errors;
  }
}
