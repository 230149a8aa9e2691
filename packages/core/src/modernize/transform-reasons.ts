/**
 * What each transform of transforms.ts writes and why, by name: the table
 * docs/modernize.md prints (transform-reasons.test.ts keeps the two in step).
 */
export interface TransformReason {
  readonly change: string;
  readonly reason: string;
}

export const transformReasons: Readonly<Record<string, TransformReason>> = {
  'api-version': {
    change: '`apiVersion`: the newest version of the kind the target serves (table in api-table.ts)',
    reason:
      'extensions/v1beta1, apps/v1beta1/v1beta2 (removed in 1.16), rbac v1beta1 and Ingress v1beta1 (1.22), policy/v1beta1 (1.25) are gone; the postgresql NetworkPolicy prints an empty apiVersion (its helper compares minor versions as strings)',
  },
  'workload-selector': {
    change: '`spec.selector.matchLabels`: the pod-template labels that stay the same across upgrades',
    reason:
      'apps/v1 requires a selector (the old APIs defaulted it to all template labels, chart version included) and makes it immutable: a label carrying the chart version or heritage would block every later upgrade',
  },
  'deployment-revision-history': {
    change: '`spec.revisionHistoryLimit: 10` unless set (the new default, written out)',
    reason:
      'extensions/v1beta1 kept every old ReplicaSet; apps/v1 keeps 10, which is plenty to roll back and stops old ReplicaSets piling up',
  },
  'deployment-progress-deadline': {
    change: '`spec.progressDeadlineSeconds: 600` unless set (the new default, written out)',
    reason:
      'extensions/v1beta1 had no deadline, so a stuck rollout never reported failure; apps/v1 reports it after 10 minutes, longer than any of the chart probes needs to pass',
  },
  'deployment-rolling-update': {
    change:
      '`spec.strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 25%}}` unless a strategy is set (the new default, written out)',
    reason:
      'extensions/v1beta1 defaulted to maxSurge 1 and maxUnavailable 1, which takes a single-replica component (all of the chart defaults) down before its new pod is ready; 25%/25% starts the new pod first',
  },
  'daemonset-update-strategy': {
    change:
      '`spec.updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 1}}` unless set (the new default, written out)',
    reason:
      'extensions/v1beta1 defaulted to OnDelete: an upgrade left the old pods running until someone deleted them; apps/v1 rolls them one node at a time',
  },
  'statefulset-update-strategy': {
    change: '`spec.updateStrategy: {type: RollingUpdate}` unless set, for StatefulSets printed as apps/v1beta1',
    reason:
      'apps/v1beta1 defaulted to OnDelete, apps/v1beta2 and apps/v1 to RollingUpdate; the charts that want OnDelete (rabbitmq-ha) say so, so the new default is written out',
  },
  'ingress-v1-paths': {
    change:
      '`pathType: ImplementationSpecific` on every path; `backend: {serviceName, servicePort}` → `backend: {service: {name, port: {number | name}}}`; `spec.backend` → `spec.defaultBackend`',
    reason:
      'networking.k8s.io/v1 requires pathType (ImplementationSpecific keeps the controller-defined matching of the old API) and names the backend service and port in the new shape',
  },
  'rbac-new-groups': {
    change: 'rules granting `extensions` also grant `apps` and `networking.k8s.io` (same resources and verbs)',
    reason:
      'the same Deployments, ReplicaSets, Ingresses are now reached through apps and networking.k8s.io; a rule on extensions alone no longer covers them',
  },
  'network-policy-peers': {
    change:
      "`from` printed inside an ingress rule's port entry moves to the rule (one rule per port when the ports name different peers)",
    reason:
      "redis 7.0.0's template indents `from` one level too deep: the API server drops the unknown field and the policy then admits every pod, the opposite of what the chart meant",
  },
  'statefulset-strategy-dropped': {
    change: '`spec.strategy` removed from StatefulSets (their field is `updateStrategy`, which is kept)',
    reason:
      'no StatefulSet API has `strategy` (redis 7.0.0 prints it for the slaves): API servers dropped it without effect, and a strict check refuses it',
  },
  'volume-names-strings': {
    change:
      "a number or boolean printed as a volume name, a mount's `name`, `mountPath` or `subPath` becomes that text",
    reason: 'these fields are strings; `name: 0` from a values key `0` means the volume named "0"',
  },
  'image-pull-policy-empty': {
    change: '`imagePullPolicy: ""` removed',
    reason:
      'an empty policy is no valid value (Always, IfNotPresent, Never); without the field the API server picks the same default it applies to an empty one',
  },
  'container-ports-integers': {
    change: 'a `containerPort`/`hostPort` printed as a quoted number becomes that number',
    reason: 'ports are integers in every API version; "5000" and 5000 mean the same port',
  },
  'string-maps': {
    change:
      'numbers and booleans in labels, annotations, nodeSelector, selectors, ConfigMap data and env values printed as strings (as written), `null` as `""`',
    reason:
      'these maps hold strings only: the API server refuses `replicas: 2` as an annotation value; it stores a null ConfigMap value as ""',
  },
};
