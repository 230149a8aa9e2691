/**
 * The subcharts' NOTES.txt: `helm template` renders them and drops the text, so
 * what matters is which values make them fail. The texts below were checked
 * against Helm 3.17.3 (NOTES.txt passed through `tpl` in a copy of the chart).
 */
import { describe, expect, it } from 'vitest';
import { dockerRegistryDefaults, newMap, postgresqlDefaults, rabbitmqHaDefaults, setKey, toGoValue, type GoMap } from '@polyaxon-render/values';
import type { RenderContext } from '../context.js';
import { seededRandom } from '../runtime/sprig.js';
import { TemplateError } from '../runtime/template-error.js';
import { notes as registryNotes } from './docker-registry/templates/notes.js';
import { notes as postgresqlNotes } from './postgresql/templates/notes.js';
import { notes as rabbitmqNotes } from './rabbitmq-ha/templates/notes.js';

const charts = {
  postgresql: { defaults: postgresqlDefaults, version: '0.8.7', notes: postgresqlNotes },
  'rabbitmq-ha': { defaults: rabbitmqHaDefaults, version: '1.27.1', notes: rabbitmqNotes },
  'docker-registry': { defaults: dockerRegistryDefaults, version: '1.7.1', notes: registryNotes },
} as const;
type ChartName = keyof typeof charts;

/** The chart's own defaults with each dotted `path` set to its value (undefined deletes the key). */
function render(chart: ChartName, overrides: Record<string, unknown> = {}): string {
  const values = charts[chart].defaults() as GoMap;
  for (const [path, v] of Object.entries(overrides)) {
    const keys = path.split('.');
    let m: GoMap = values;
    for (const k of keys.slice(0, -1)) {
      const next = m[k];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) setKey(m, k, newMap());
      m = m[k] as GoMap;
    }
    if (v === undefined) delete m[keys[keys.length - 1]!];
    else setKey(m, keys[keys.length - 1]!, toGoValue(v));
  }
  const ctx: RenderContext = {
    Values: values,
    Release: { Name: 'px', Namespace: 'ns', Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 },
    Chart: { Name: chart, Version: charts[chart].version, AppVersion: '', IsRoot: false },
    Capabilities: { KubeVersion: { Version: 'v1.32.0', Major: '1', Minor: '32', GitVersion: 'v1.32.0' }, APIVersions: [] },
    Template: { Name: `polyaxon/charts/${chart}/templates/NOTES.txt`, BasePath: `polyaxon/charts/${chart}/templates` },
    random: seededRandom(1),
  };
  return charts[chart].notes(ctx);
}

describe('subchart NOTES.txt failures (they fail helm template too)', () => {
  it.each<[ChartName, Record<string, unknown>, string]>([
    ['postgresql', { 'service.type': undefined }, 'expected string'],
    ['postgresql', { 'service.type': 5432n }, 'wrong type for value; expected string; got int64'],
    ['postgresql', { service: 'x' }, "can't evaluate field type"],
    ['postgresql', { networkPolicy: null }, 'nil pointer evaluating interface {}.enabled'],
    ['rabbitmq-ha', { 'service.type': undefined }, 'expected string'],
    ['rabbitmq-ha', { 'service.type': true }, 'got bool'],
    ['rabbitmq-ha', { 'service.type': 'NodePort', prometheus: null }, 'nil pointer evaluating interface {}.exporter'],
    ['rabbitmq-ha', { 'service.type': 'LoadBalancer', rabbitmqAmqpsSupport: 'on' }, "can't evaluate field enabled"],
    ['docker-registry', { 'service.type': undefined }, 'expected string'],
    ['docker-registry', { 'service.type': 1.5 }, 'got float64'],
    ['docker-registry', { 'ingress.enabled': true, 'ingress.hosts': 'a.b' }, "range can't iterate over a.b"],
  ])('%s fails with %o', (chart, overrides, message) => {
    expect(() => render(chart, overrides)).toThrow(TemplateError);
    expect(() => render(chart, overrides)).toThrow(message);
  });

  it.each<[ChartName, Record<string, unknown>]>([
    // Branches not taken are not evaluated.
    ['postgresql', { 'service.type': 'Other', 'service.port': null }],
    ['rabbitmq-ha', { 'service.type': 'Headless', prometheus: null, rabbitmqAmqpsSupport: 1 }],
    ['docker-registry', { 'ingress.enabled': true, 'ingress.hosts': null, 'service.type': null }],
    ['docker-registry', { 'ingress.enabled': true, 'ingress.hosts': [], 'ingress.tls': 'x' }],
  ])('%s renders with %o', (chart, overrides) => {
    expect(() => render(chart, overrides)).not.toThrow();
  });
});

describe('subchart NOTES.txt text', () => {
  it('docker-registry: one URL per ingress host, https with tls', () => {
    expect(render('docker-registry', { 'ingress.enabled': true, 'ingress.hosts': ['a', 'b'], 'ingress.tls': 'x', 'ingress.path': '/x' })).toBe(
      '1. Get the application URL by running these commands:\n  https://a/x\n  https://b/x\n',
    );
  });

  it('postgresql: the client label and the NetworkPolicy note', () => {
    const text = render('postgresql', { 'networkPolicy.enabled': true, 'networkPolicy.allowExternal': false, 'service.type': 'NodePort' });
    expect(text).toContain('   --env "PGPASSWORD=$PGPASSWORD" \\\n   --labels="px-postgresql-client=true" \\\n   --command -- psql -U postgres \\\n');
    expect(text).toContain('\n\nNote: Since NetworkPolicy is enabled, only pods with label\npx-postgresql-client=true"\nwill be able to connect to this PostgreSQL cluster.\n\nTo connect');
    expect(text).toMatch(/outside the K8s cluster:\n {5}PGHOST=\$\(kubectl get nodes --namespace ns .*\n {5}PGPORT=.*nodePort}'\)\n$/);
  });

  it('rabbitmq-ha: the ClusterIP branch with AMQPS and the exporter', () => {
    const text = render('rabbitmq-ha', { 'service.type': 'ClusterIP', 'rabbitmqAmqpsSupport.enabled': true, 'prometheus.exporter.enabled': true });
    expect(text).toContain(
      [
        '    kubectl port-forward $POD_NAME --namespace ns 5672:5672 15672:15672',
        '    kubectl port-forward $POD_NAME --namespace ns 5671:5671',
        '    kubectl port-forward $POD_NAME --namespace ns 9090:9090',
        '',
        '  To Access the RabbitMQ AMQP port:',
        '',
        '    amqp://127.0.0.1:5672/',
        '  To Access the RabbitMQ AMQPS port:',
        '',
        '    amqps://127.0.0.1:5671/',
        '  To Access the RabbitMQ Exporter metrics port:',
        '    ',
        '    http://127.0.0.1:9090/ ',
        '',
        '  To Access the RabbitMQ Management interface:',
        '',
        '    URL : http://127.0.0.1:15672\n\n',
      ].join('\n'),
    );
  });
});
