/**
 * The field changes that move the chart's objects to the API versions today's
 * Kubernetes serves, one named transform each with its reason (docs/modernize.md
 * prints this table). Each works on the object as Kubernetes reads the document
 * (YAML 1.1, as sigs.k8s.io/yaml), in place, and only touches what it must.
 */
import { newestServed } from './api-table.js';

export type Json = null | boolean | number | string | Json[] | JsonMap;
export interface JsonMap {
  [key: string]: Json;
}

export interface TransformContext {
  /** The target Kubernetes minor version (1.x). */
  readonly minor: number;
  /** The apiVersion the template printed. */
  readonly printedApiVersion: string;
  /** The text a scalar was printed as, e.g. `1e+06` or `yes` (what a user most likely meant as a string). */
  scalarText(path: readonly (string | number)[]): string | undefined;
  /** An object these transforms cannot make valid without guessing. */
  problem(path: string, expected: string, found: string): void;
}

export interface Transform {
  readonly name: string;
  /** Kinds it applies to; empty: every kind. */
  readonly kinds: readonly string[];
  /** What it writes, for the docs' table. */
  readonly change: string;
  readonly reason: string;
  apply(obj: JsonMap, ctx: TransformContext): void;
}

export const isMap = (v: unknown): v is JsonMap => typeof v === 'object' && v !== null && !Array.isArray(v);
const mapAt = (m: JsonMap, key: string): JsonMap | undefined => (isMap(m[key]) ? (m[key] as JsonMap) : undefined);
const listAt = (m: JsonMap, key: string): Json[] => (Array.isArray(m[key]) ? (m[key] as Json[]) : []);

/** Labels that change when the chart is upgraded: a selector made of them would break the next upgrade (selectors are immutable in apps/v1). */
const UNSTABLE_LABEL_KEYS = new Set([
  'chart',
  'heritage',
  'helm.sh/chart',
  'app.kubernetes.io/version',
  'app.kubernetes.io/managed-by',
]);
/** A label value naming a chart and its version ("polyaxon-0.5.5", "redis-7.0.0"): changes on upgrade. */
const CHART_VERSION_VALUE = /-v?[0-9]+\.[0-9]+\.[0-9]+/;

/** The pod-template labels a new selector may use: those that stay the same across upgrades. */
export function stableLabels(labels: JsonMap): JsonMap {
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(labels)) {
    if (UNSTABLE_LABEL_KEYS.has(k) || (typeof v === 'string' && CHART_VERSION_VALUE.test(v))) continue;
    out[k] = v;
  }
  return out;
}

const WORKLOADS = ['Deployment', 'DaemonSet', 'StatefulSet'];
const newApi = (obj: JsonMap) => String(obj.apiVersion ?? '');
/** True when the transform moved a workload to apps/v1 from an older API (whose defaults differed). */
const movedToAppsV1 = (obj: JsonMap, ctx: TransformContext) =>
  newApi(obj) === 'apps/v1' && ctx.printedApiVersion !== 'apps/v1';

function setIfAbsent(m: JsonMap, key: string, v: Json): void {
  if (m[key] === undefined || m[key] === null) m[key] = v;
}

/** Inserts `key` into `m` right before `before` (key order is what the diff shows), or at the end. */
function insertBefore(m: JsonMap, key: string, v: Json, before: string): void {
  if (m[key] !== undefined) return;
  const entries = Object.entries(m);
  const at = entries.findIndex(([k]) => k === before);
  if (at < 0) {
    m[key] = v;
    return;
  }
  for (const [k] of entries) delete m[k];
  entries.splice(at, 0, [key, v]);
  for (const [k, val] of entries) m[k] = val;
}

/** A string map (labels, annotations, nodeSelector, ConfigMap data): numbers and booleans as printed, null as "". */
function stringifyMap(m: JsonMap, path: (string | number)[], ctx: TransformContext): void {
  for (const [k, v] of Object.entries(m)) {
    if (typeof v === 'string') continue;
    if (v === null) m[k] = '';
    else if (typeof v === 'number' || typeof v === 'boolean') m[k] = ctx.scalarText([...path, k]) ?? String(v);
    else ctx.problem([...path, k].join('.'), 'string', Array.isArray(v) ? 'list' : 'map');
  }
}

function podSpecOf(obj: JsonMap): { spec: JsonMap; path: (string | number)[] } | undefined {
  const spec = mapAt(obj, 'spec');
  if (!spec) return undefined;
  const tpl = mapAt(spec, 'template');
  const ps = tpl && mapAt(tpl, 'spec');
  if (ps) return { spec: ps, path: ['spec', 'template', 'spec'] };
  // A Job's template, a CronJob's jobTemplate are the same shape one level down; the chart prints Jobs only.
  return undefined;
}

function eachContainer(obj: JsonMap, f: (c: JsonMap, path: (string | number)[]) => void): void {
  const pod = podSpecOf(obj);
  if (!pod) return;
  for (const list of ['initContainers', 'containers']) {
    listAt(pod.spec, list).forEach((c, i) => {
      if (isMap(c)) f(c, [...pod.path, list, i]);
    });
  }
}

/** Integer fields the chart fills from values that a template may print as a quoted number. */
const PORT_FIELDS = ['containerPort', 'hostPort'];

function toInteger(m: JsonMap, key: string, path: (string | number)[], ctx: TransformContext): void {
  const v = m[key];
  if (typeof v === 'string' && /^[0-9]+$/.test(v)) m[key] = Number(v);
  else if (v !== undefined && typeof v !== 'number')
    ctx.problem([...path, key].join('.'), 'integer', JSON.stringify(v));
}

export const transforms: readonly Transform[] = [
  {
    name: 'api-version',
    kinds: [],
    change: '`apiVersion`: the newest version of the kind the target serves (table in api-table.ts)',
    reason:
      'extensions/v1beta1, apps/v1beta1/v1beta2 (removed in 1.16), rbac v1beta1 and Ingress v1beta1 (1.22), policy/v1beta1 (1.25) are gone; the postgresql NetworkPolicy prints an empty apiVersion (its helper compares minor versions as strings)',
    apply(obj, ctx) {
      const kind = String(obj.kind ?? '');
      const newest = newestServed(kind, ctx.minor);
      if (newest === undefined) return;
      if (newest === 'none') {
        ctx.problem('apiVersion', `an API version of ${kind} that Kubernetes 1.${ctx.minor} serves`, 'none exists');
        return;
      }
      obj.apiVersion = newest.apiVersion;
    },
  },
  {
    name: 'workload-selector',
    kinds: WORKLOADS,
    change: '`spec.selector.matchLabels`: the pod-template labels that stay the same across upgrades',
    reason:
      'apps/v1 requires a selector (the old APIs defaulted it to all template labels, chart version included) and makes it immutable: a label carrying the chart version or heritage would block every later upgrade',
    apply(obj, ctx) {
      if (!newApi(obj).startsWith('apps/') || newApi(obj) === 'apps/v1beta1') return;
      const spec = mapAt(obj, 'spec');
      if (!spec || spec.selector !== undefined) return;
      const labels = mapAt(mapAt(mapAt(spec, 'template') ?? {}, 'metadata') ?? {}, 'labels') ?? {};
      const stable = stableLabels(labels);
      if (Object.keys(stable).length === 0) {
        ctx.problem('spec.template.metadata.labels', 'a label that stays the same across upgrades', 'none');
        return;
      }
      insertBefore(spec, 'selector', { matchLabels: stable }, 'template');
    },
  },
  {
    name: 'deployment-revision-history',
    kinds: ['Deployment'],
    change: '`spec.revisionHistoryLimit: 10` unless set (the new default, written out)',
    reason:
      'extensions/v1beta1 kept every old ReplicaSet; apps/v1 keeps 10, which is plenty to roll back and stops old ReplicaSets piling up',
    apply(obj, ctx) {
      const spec = mapAt(obj, 'spec');
      if (spec && movedToAppsV1(obj, ctx)) insertBefore(spec, 'revisionHistoryLimit', 10, 'template');
    },
  },
  {
    name: 'deployment-progress-deadline',
    kinds: ['Deployment'],
    change: '`spec.progressDeadlineSeconds: 600` unless set (the new default, written out)',
    reason:
      'extensions/v1beta1 had no deadline, so a stuck rollout never reported failure; apps/v1 reports it after 10 minutes, longer than any of the chart probes needs to pass',
    apply(obj, ctx) {
      const spec = mapAt(obj, 'spec');
      if (spec && movedToAppsV1(obj, ctx)) insertBefore(spec, 'progressDeadlineSeconds', 600, 'template');
    },
  },
  {
    name: 'deployment-rolling-update',
    kinds: ['Deployment'],
    change:
      '`spec.strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 25%}}` unless a strategy is set (the new default, written out)',
    reason:
      'extensions/v1beta1 defaulted to maxSurge 1 and maxUnavailable 1, which takes a single-replica component (all of the chart defaults) down before its new pod is ready; 25%/25% starts the new pod first',
    apply(obj, ctx) {
      const spec = mapAt(obj, 'spec');
      if (!spec || !movedToAppsV1(obj, ctx)) return;
      const rolling = { maxSurge: '25%', maxUnavailable: '25%' };
      const strategy = mapAt(spec, 'strategy');
      if (strategy === undefined) {
        insertBefore(spec, 'strategy', { type: 'RollingUpdate', rollingUpdate: rolling }, 'template');
      } else if ((strategy.type ?? 'RollingUpdate') === 'RollingUpdate') {
        setIfAbsent(strategy, 'type', 'RollingUpdate');
        const r = mapAt(strategy, 'rollingUpdate');
        if (r === undefined) strategy.rollingUpdate = rolling;
        else {
          setIfAbsent(r, 'maxSurge', '25%');
          setIfAbsent(r, 'maxUnavailable', '25%');
        }
      }
    },
  },
  {
    name: 'daemonset-update-strategy',
    kinds: ['DaemonSet'],
    change:
      '`spec.updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 1}}` unless set (the new default, written out)',
    reason:
      'extensions/v1beta1 defaulted to OnDelete: an upgrade left the old pods running until someone deleted them; apps/v1 rolls them one node at a time',
    apply(obj, ctx) {
      const spec = mapAt(obj, 'spec');
      if (!spec || !movedToAppsV1(obj, ctx)) return;
      insertBefore(spec, 'updateStrategy', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } }, 'template');
    },
  },
  {
    name: 'statefulset-update-strategy',
    kinds: ['StatefulSet'],
    change: '`spec.updateStrategy: {type: RollingUpdate}` unless set, for StatefulSets printed as apps/v1beta1',
    reason:
      'apps/v1beta1 defaulted to OnDelete, apps/v1beta2 and apps/v1 to RollingUpdate; the charts that want OnDelete (rabbitmq-ha) say so, so the new default is written out',
    apply(obj, ctx) {
      const spec = mapAt(obj, 'spec');
      if (!spec || !movedToAppsV1(obj, ctx) || ctx.printedApiVersion !== 'apps/v1beta1') return;
      insertBefore(spec, 'updateStrategy', { type: 'RollingUpdate' }, 'template');
    },
  },
  {
    name: 'ingress-v1-paths',
    kinds: ['Ingress'],
    change:
      '`pathType: ImplementationSpecific` on every path; `backend: {serviceName, servicePort}` → `backend: {service: {name, port: {number | name}}}`; `spec.backend` → `spec.defaultBackend`',
    reason:
      'networking.k8s.io/v1 requires pathType (ImplementationSpecific keeps the controller-defined matching of the old API) and names the backend service and port in the new shape',
    apply(obj) {
      if (newApi(obj) !== 'networking.k8s.io/v1') return;
      const spec = mapAt(obj, 'spec');
      if (!spec) return;
      if (spec.backend !== undefined && spec.defaultBackend === undefined) {
        const entries = Object.entries(spec).map(([k, v]): [string, Json] =>
          k === 'backend' ? ['defaultBackend', v1Backend(v)] : [k, v],
        );
        for (const k of Object.keys(spec)) delete spec[k];
        for (const [k, v] of entries) spec[k] = v;
      }
      for (const rule of listAt(spec, 'rules')) {
        const http = isMap(rule) ? mapAt(rule, 'http') : undefined;
        if (!http) continue;
        for (const p of listAt(http, 'paths')) {
          if (!isMap(p)) continue;
          if (p.backend !== undefined) p.backend = v1Backend(p.backend);
          if (p.pathType === undefined) {
            // After "path" when there is one, as the Kubernetes docs print it.
            const entries = Object.entries(p);
            const at = entries.findIndex(([k]) => k === 'path');
            entries.splice(at + 1, 0, ['pathType', 'ImplementationSpecific']);
            for (const k of Object.keys(p)) delete p[k];
            for (const [k, v] of entries) p[k] = v;
          }
        }
      }
    },
  },
  {
    name: 'rbac-new-groups',
    kinds: ['Role', 'ClusterRole'],
    change: 'rules granting `extensions` also grant `apps` and `networking.k8s.io` (same resources and verbs)',
    reason:
      'the same Deployments, ReplicaSets, Ingresses are now reached through apps and networking.k8s.io; a rule on extensions alone no longer covers them',
    apply(obj) {
      for (const rule of listAt(obj, 'rules')) {
        if (!isMap(rule) || !Array.isArray(rule.apiGroups) || !rule.apiGroups.includes('extensions')) continue;
        const groups = rule.apiGroups;
        for (const g of ['apps', 'networking.k8s.io']) if (!groups.includes(g)) groups.push(g);
      }
    },
  },
  {
    name: 'network-policy-peers',
    kinds: ['NetworkPolicy'],
    change:
      "`from` printed inside an ingress rule's port entry moves to the rule (one rule per port when the ports name different peers)",
    reason:
      "redis 7.0.0's template indents `from` one level too deep: the API server drops the unknown field and the policy then admits every pod, the opposite of what the chart meant",
    apply(obj) {
      const spec = mapAt(obj, 'spec');
      if (!spec || !Array.isArray(spec.ingress)) return;
      spec.ingress = spec.ingress.flatMap((rule): Json[] => {
        if (!isMap(rule) || !Array.isArray(rule.ports)) return [rule];
        const ports = rule.ports;
        if (!ports.some((p) => isMap(p) && p.from !== undefined)) return [rule];
        const peers = ports.map((p) => (isMap(p) ? (p.from ?? null) : null));
        const strip = (p: Json): Json => {
          if (!isMap(p)) return p;
          const { from: _from, ...rest } = p;
          void _from;
          return rest;
        };
        const withPeers = (r: JsonMap, ps: Json[], from: Json): JsonMap => {
          const out: JsonMap = { ...r, ports: ps.map(strip) };
          if (from !== null && out.from === undefined) out.from = from;
          return out;
        };
        if (peers.every((f) => JSON.stringify(f) === JSON.stringify(peers[0])))
          return [withPeers(rule, ports, peers[0])];
        return ports.map((p, i) => withPeers(rule, [p], peers[i]));
      });
    },
  },
  {
    name: 'statefulset-strategy-dropped',
    kinds: ['StatefulSet'],
    change: '`spec.strategy` removed from StatefulSets (their field is `updateStrategy`, which is kept)',
    reason:
      'no StatefulSet API has `strategy` (redis 7.0.0 prints it for the slaves): API servers dropped it without effect, and a strict check refuses it',
    apply(obj) {
      const spec = mapAt(obj, 'spec');
      if (spec && spec.strategy !== undefined) delete spec.strategy;
    },
  },
  {
    name: 'volume-names-strings',
    kinds: WORKLOADS,
    change:
      "a number or boolean printed as a volume name, a mount's `name`, `mountPath` or `subPath` becomes that text",
    reason: 'these fields are strings; `name: 0` from a values key `0` means the volume named "0"',
    apply(obj, ctx) {
      const asText = (m: JsonMap, key: string, path: (string | number)[]) => {
        const v = m[key];
        if (typeof v === 'number' || typeof v === 'boolean') m[key] = ctx.scalarText([...path, key]) ?? String(v);
      };
      const pod = podSpecOf(obj);
      if (!pod) return;
      listAt(pod.spec, 'volumes').forEach((v, i) => {
        if (isMap(v)) asText(v, 'name', [...pod.path, 'volumes', i]);
      });
      eachContainer(obj, (c, path) => {
        listAt(c, 'volumeMounts').forEach((m, i) => {
          if (!isMap(m)) return;
          for (const k of ['name', 'mountPath', 'subPath']) asText(m, k, [...path, 'volumeMounts', i]);
        });
      });
    },
  },
  {
    name: 'image-pull-policy-empty',
    kinds: WORKLOADS,
    change: '`imagePullPolicy: ""` removed',
    reason:
      'an empty policy is no valid value (Always, IfNotPresent, Never); without the field the API server picks the same default it applies to an empty one',
    apply(obj) {
      eachContainer(obj, (c) => {
        if (c.imagePullPolicy === '' || c.imagePullPolicy === null) delete c.imagePullPolicy;
      });
    },
  },
  {
    name: 'container-ports-integers',
    kinds: WORKLOADS,
    change: 'a `containerPort`/`hostPort` printed as a quoted number becomes that number',
    reason: 'ports are integers in every API version; "5000" and 5000 mean the same port',
    apply(obj, ctx) {
      eachContainer(obj, (c, path) => {
        listAt(c, 'ports').forEach((p, i) => {
          if (!isMap(p)) return;
          for (const f of PORT_FIELDS) if (p[f] !== undefined) toInteger(p, f, [...path, 'ports', i], ctx);
        });
      });
    },
  },
  {
    name: 'string-maps',
    kinds: [],
    change:
      'numbers and booleans in labels, annotations, nodeSelector, selectors, ConfigMap data and env values printed as strings (as written), `null` as `""`',
    reason:
      'these maps hold strings only: the API server refuses `replicas: 2` as an annotation value; it stores a null ConfigMap value as ""',
    apply(obj, ctx) {
      const meta = (m: JsonMap | undefined, path: (string | number)[]) => {
        if (!m) return;
        for (const k of ['labels', 'annotations']) {
          const x = mapAt(m, k);
          if (x) stringifyMap(x, [...path, k], ctx);
        }
      };
      meta(mapAt(obj, 'metadata'), ['metadata']);
      const spec = mapAt(obj, 'spec');
      if (obj.kind === 'ConfigMap') {
        const data = mapAt(obj, 'data');
        if (data) stringifyMap(data, ['data'], ctx);
        else if (obj.data === null) delete obj.data;
      }
      if (obj.kind === 'Service' && spec) {
        const sel = mapAt(spec, 'selector');
        if (sel) stringifyMap(sel, ['spec', 'selector'], ctx);
      }
      if (spec && WORKLOADS.includes(String(obj.kind))) {
        const ml = mapAt(mapAt(spec, 'selector') ?? {}, 'matchLabels');
        if (ml) stringifyMap(ml, ['spec', 'selector', 'matchLabels'], ctx);
        meta(mapAt(mapAt(spec, 'template') ?? {}, 'metadata'), ['spec', 'template', 'metadata']);
      }
      const pod = podSpecOf(obj);
      if (pod) {
        const ns = mapAt(pod.spec, 'nodeSelector');
        if (ns) stringifyMap(ns, [...pod.path, 'nodeSelector'], ctx);
      }
      eachContainer(obj, (c, path) => {
        listAt(c, 'env').forEach((e, i) => {
          if (!isMap(e) || e.value === undefined || typeof e.value === 'string') return;
          if (e.value === null) e.value = '';
          else if (typeof e.value === 'number' || typeof e.value === 'boolean')
            e.value = ctx.scalarText([...path, 'env', i, 'value']) ?? String(e.value);
        });
      });
    },
  },
];

/** An extensions/v1beta1 backend `{serviceName, servicePort}` in networking.k8s.io/v1's shape. */
function v1Backend(b: Json): Json {
  if (!isMap(b) || b.service !== undefined || (b.serviceName === undefined && b.servicePort === undefined)) return b;
  const { serviceName, servicePort, ...rest } = b;
  const port: JsonMap =
    typeof servicePort === 'number'
      ? { number: servicePort }
      : typeof servicePort === 'string' && /^[0-9]+$/.test(servicePort)
        ? { number: Number(servicePort) }
        : { name: servicePort === undefined || servicePort === null ? '' : String(servicePort) };
  return { service: { name: serviceName ?? null, port }, ...rest };
}
