/**
 * The field changes that move the chart's objects to the API versions today's
 * Kubernetes serves, one named transform each; what each writes and why is in
 * transform-reasons.ts (kept apart so a browser bundle of render() does not carry
 * the prose), and docs/modernize.md prints that table. Each works on the object as Kubernetes reads the document
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
    apply(obj, ctx) {
      const spec = mapAt(obj, 'spec');
      if (spec && movedToAppsV1(obj, ctx)) insertBefore(spec, 'revisionHistoryLimit', 10, 'template');
    },
  },
  {
    name: 'deployment-progress-deadline',
    kinds: ['Deployment'],
    apply(obj, ctx) {
      const spec = mapAt(obj, 'spec');
      if (spec && movedToAppsV1(obj, ctx)) insertBefore(spec, 'progressDeadlineSeconds', 600, 'template');
    },
  },
  {
    name: 'deployment-rolling-update',
    kinds: ['Deployment'],
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
    apply(obj, ctx) {
      const spec = mapAt(obj, 'spec');
      if (!spec || !movedToAppsV1(obj, ctx)) return;
      insertBefore(spec, 'updateStrategy', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } }, 'template');
    },
  },
  {
    name: 'statefulset-update-strategy',
    kinds: ['StatefulSet'],
    apply(obj, ctx) {
      const spec = mapAt(obj, 'spec');
      if (!spec || !movedToAppsV1(obj, ctx) || ctx.printedApiVersion !== 'apps/v1beta1') return;
      insertBefore(spec, 'updateStrategy', { type: 'RollingUpdate' }, 'template');
    },
  },
  {
    name: 'ingress-v1-paths',
    kinds: ['Ingress'],
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
    apply(obj) {
      const spec = mapAt(obj, 'spec');
      if (spec && spec.strategy !== undefined) delete spec.strategy;
    },
  },
  {
    name: 'volume-names-strings',
    kinds: WORKLOADS,
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
    apply(obj) {
      eachContainer(obj, (c) => {
        if (c.imagePullPolicy === '' || c.imagePullPolicy === null) delete c.imagePullPolicy;
      });
    },
  },
  {
    name: 'container-ports-integers',
    kinds: WORKLOADS,
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
