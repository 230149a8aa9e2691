/**
 * The subcharts' NOTES.txt: `helm template` renders them and drops the text, so
 * what matters is which values make them fail. The texts below were checked
 * against Helm 3.17.3 (NOTES.txt passed through `tpl` in a copy of the chart).
 */
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../runtime/template-error.js';
import { testContext } from '../testing/context.js';
import { notes as registryNotes } from './docker-registry/templates/notes.js';
import { notes as postgresqlNotes } from './postgresql/templates/notes.js';
import { notes as rabbitmqNotes } from './rabbitmq-ha/templates/notes.js';

const notes = { postgresql: postgresqlNotes, 'rabbitmq-ha': rabbitmqNotes, 'docker-registry': registryNotes } as const;
type ChartName = keyof typeof notes;

/** The chart's own defaults with each dotted `path` set to its value (undefined deletes the key). */
function render(chart: ChartName, values: Record<string, unknown> = {}): string {
  return notes[chart](testContext({ chart, values, release: 'px', namespace: 'ns', template: 'NOTES.txt' }));
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
