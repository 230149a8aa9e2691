/**
 * Checks across the objects of one render, for tests of --modernize: every
 * Service still selects the pods of some workload, and every Ingress backend
 * names a Service of the render and one of its ports.
 */
import { isMap, type Json, type JsonMap } from './transforms.js';

export interface RenderedObject {
  readonly source: string;
  readonly object: JsonMap;
}

const mapOf = (v: Json | undefined): JsonMap => (isMap(v) ? v : {});
const listOf = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
const WORKLOADS = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'Job']);

function podLabels(o: JsonMap): JsonMap {
  return mapOf(mapOf(mapOf(o.spec).template).metadata).labels as JsonMap;
}

/** Lines describing what does not line up; none when everything does. */
export function consistencyProblems(objects: readonly RenderedObject[]): string[] {
  const out: string[] = [];
  const workloads = objects.filter((o) => WORKLOADS.has(String(o.object.kind)));
  const services = new Map<string, JsonMap>();
  for (const { source, object } of objects) {
    if (object.kind !== 'Service') continue;
    const name = String(mapOf(object.metadata).name);
    services.set(name, object);
    const selector = mapOf(mapOf(object.spec).selector);
    if (Object.keys(selector).length === 0) continue;
    const selects = workloads.some((w) => {
      const labels = mapOf(podLabels(w.object));
      return Object.entries(selector).every(([k, v]) => labels[k] === v);
    });
    if (!selects) out.push(`${source}: Service/${name} selects no workload's pods`);
  }
  for (const { source, object } of objects) {
    if (object.kind !== 'Ingress') continue;
    const spec = mapOf(object.spec);
    const backends: Json[] = [spec.defaultBackend ?? spec.backend ?? null];
    for (const r of listOf(spec.rules))
      for (const p of listOf(mapOf(mapOf(r).http).paths)) backends.push(mapOf(p).backend);
    for (const b of backends) {
      if (!isMap(b)) continue;
      const svc = isMap(b.service) ? b.service : { name: b.serviceName, port: b.servicePort };
      const name = String(svc.name);
      const target = services.get(name);
      if (target === undefined) {
        out.push(`${source}: Ingress backend names Service ${name}, which this render does not print`);
        continue;
      }
      const port = isMap(svc.port) ? (svc.port.number ?? svc.port.name) : svc.port;
      const ports = listOf(mapOf(target.spec).ports).map(mapOf);
      if (!ports.some((p) => p.port === port || p.name === port))
        out.push(`${source}: Ingress backend port ${String(port)} is no port of Service ${name}`);
    }
  }
  return out;
}
