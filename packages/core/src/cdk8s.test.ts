import { ApiObject, JsonPatch, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { PolyaxonChart, type PolyaxonChartProps } from './cdk8s.js';
import { manifestObject, renderDocuments, type KubernetesObject, type RenderOptions } from './index.js';

/** What cdk8s does to an object's data when it synthesizes it: keys with null values are left out. */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== null)
      .map(([k, x]) => [k, withoutNulls(x)]),
  );
}

const head = (o: KubernetesObject) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`;

/** The options PolyaxonChart passes to render() for these props. */
function renderOptions(props: PolyaxonChartProps): RenderOptions {
  return { ...props, modernize: props.modernize ?? true };
}

const cases: { name: string; props: PolyaxonChartProps }[] = [
  { name: 'the issue example', props: { releaseName: 'px', namespace: 'polyaxon', seed: 3 } },
  { name: 'chart defaults, no namespace', props: { seed: 1 } },
  {
    name: 'values, --set and a kube version',
    props: {
      releaseName: 'ml',
      namespace: 'ml',
      kubeVersion: '1.29',
      seed: 7,
      values: { ingress: { enabled: true }, rbac: { enabled: false } },
      set: ['api.replicas=3'],
    },
  },
  { name: 'modernize off: what Helm prints', props: { releaseName: 'px', modernize: false, seed: 3 } },
];

describe('PolyaxonChart', () => {
  it.each(cases)('$name: one ApiObject per rendered document, in print order, same data', ({ props }) => {
    const chart = new PolyaxonChart(Testing.app(), 'polyaxon', props);
    const synthesized = Testing.synth(chart) as KubernetesObject[];
    const documents = renderDocuments(props.values, renderOptions(props));
    const expected = documents.map(manifestObject);
    expect(synthesized.map(head)).toEqual(expected.map(head));
    expect(chart.hooks.map((o) => o.name)).toEqual(documents.filter((d) => d.hook).map((d) => d.name));
    synthesized.forEach((object, i) => {
      const { metadata, ...rest } = withoutNulls(expected[i]) as KubernetesObject;
      // Namespaced objects are placed in the release namespace, as `helm install -n` does,
      // unless the template names one (rabbitmq-ha's do).
      const clusterScoped = /^Cluster(Role|RoleBinding)$/.test(object.kind);
      const namespace = metadata.namespace ?? (clusterScoped ? undefined : props.namespace);
      expect(object).toEqual({ ...rest, metadata: { ...metadata, ...(namespace === undefined ? {} : { namespace }) } });
    });
  });

  it('keeps Helm hooks with their annotations', () => {
    const chart = new PolyaxonChart(Testing.app(), 'polyaxon', { releaseName: 'px', seed: 3 });
    expect(chart.hooks.length).toBeGreaterThan(0);
    for (const hook of chart.hooks) {
      expect(hook.toJson().metadata.annotations['helm.sh/hook']).toMatch(/^(pre|post)-(install|upgrade|delete)/);
    }
    // Hooks come last, as helm template prints them.
    expect(chart.apiObjects.slice(-chart.hooks.length)).toEqual(chart.hooks);
  });

  it('lets users leave the hooks out (docs/embedding.md)', () => {
    const chart = new PolyaxonChart(Testing.app(), 'polyaxon', { releaseName: 'px', seed: 3 });
    const all = Testing.synth(chart).length;
    for (const hook of chart.hooks) chart.node.tryRemoveChild(hook.node.id);
    const synthesized = Testing.synth(chart) as KubernetesObject[];
    expect(synthesized.length).toBe(all - chart.hooks.length);
    expect(synthesized.filter((o) => o.metadata.annotations?.['helm.sh/hook'] !== undefined)).toEqual([]);
  });

  it('lets users patch an object with ApiObject.of and addJsonPatch', () => {
    const app = Testing.app();
    const chart = new PolyaxonChart(app, 'polyaxon', { releaseName: 'px', namespace: 'polyaxon', seed: 3 });
    const api = chart.findObject('Deployment', 'px-polyaxon-api');
    expect(api).toBeDefined();
    ApiObject.of(api!).addJsonPatch(JsonPatch.replace('/spec/replicas', 3));
    const synthesized = Testing.synth(chart) as {
      kind: string;
      metadata: { name: string };
      spec: { replicas: number };
    }[];
    const deployment = synthesized.find((o) => o.kind === 'Deployment' && o.metadata.name === 'px-polyaxon-api');
    expect(deployment?.spec.replicas).toBe(3);
  });

  it('synthesizes to YAML that reads back as the same objects', () => {
    const app = Testing.app();
    new PolyaxonChart(app, 'polyaxon', { releaseName: 'px', namespace: 'polyaxon', seed: 3 });
    const yaml = app.synthYaml();
    const expected = renderDocuments(undefined, renderOptions({ releaseName: 'px', namespace: 'polyaxon', seed: 3 }));
    const read = parseAllDocuments(yaml).map((d) => d.toJS() as KubernetesObject);
    expect(read.map(head)).toEqual(expected.map((d) => `${d.apiVersion} ${d.kind} ${d.name}`));
  });
});
