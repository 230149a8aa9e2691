/**
 * The subcharts' NOTES.txt: `helm template` renders them and drops the text, so
 * what matters is which values make them fail. The texts below were checked
 * against Helm 3.17.3 (NOTES.txt passed through `tpl` in a copy of the chart).
 */
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../runtime/template-error.js';
import { testContext } from '../testing/context.js';
import { notes as registryNotes } from './docker-registry/templates/NOTES.js';
import { notes as postgresqlNotes } from './postgresql/templates/NOTES.js';
import { notes as rabbitmqNotes } from './rabbitmq-ha/templates/NOTES.js';
import { notes as redisNotes } from './redis/templates/NOTES.js';

const notes = {
  postgresql: postgresqlNotes,
  'rabbitmq-ha': rabbitmqNotes,
  'docker-registry': registryNotes,
  redis: redisNotes,
} as const;
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
    // `contains .Values.master.service.type "LoadBalancer"` on line 3: the type must be a string.
    ['redis', { 'master.service.type': undefined }, 'expected string'],
    ['redis', { 'master.service.type': null, 'networkPolicy.enabled': true }, 'expected string'],
    ['redis', { 'master.service.type': 6379n }, 'wrong type for value; expected string; got int64'],
    [
      'redis',
      { 'master.service.type': 'LoadBalancer', usePassword: false, networkPolicy: null },
      'nil pointer evaluating interface {}.enabled',
    ],
    ['redis', { 'cluster.enabled': true, sentinel: null }, 'nil pointer evaluating interface {}.enabled'],
    [
      'redis',
      { 'cluster.enabled': true, 'sentinel.enabled': true, 'sentinel.service': null },
      'nil pointer evaluating interface {}.redisPort',
    ],
    ['redis', { image: 'x' }, "can't evaluate field registry"],
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
    ['redis', { 'cluster.enabled': false, sentinel: null, redisPort: null, 'master.service.type': 'Headless' }],
    // allowExternal is read only when networkPolicy.enabled (Go >= 1.18 `and` short-circuits).
    [
      'redis',
      {
        'networkPolicy.enabled': false,
        'master.service.type': 'LoadBalancer',
        usePassword: true,
        'master.service.nodePort': undefined,
      },
    ],
  ])('%s renders with %o', (chart, overrides) => {
    expect(() => render(chart, overrides)).not.toThrow();
  });
});

describe('subchart NOTES.txt text', () => {
  it('docker-registry: one URL per ingress host, https with tls', () => {
    expect(
      render('docker-registry', {
        'ingress.enabled': true,
        'ingress.hosts': ['a', 'b'],
        'ingress.tls': 'x',
        'ingress.path': '/x',
      }),
    ).toBe('1. Get the application URL by running these commands:\n  https://a/x\n  https://b/x\n');
  });

  it('postgresql: the client label and the NetworkPolicy note', () => {
    const text = render('postgresql', {
      'networkPolicy.enabled': true,
      'networkPolicy.allowExternal': false,
      'service.type': 'NodePort',
    });
    expect(text).toContain(
      '   --env "PGPASSWORD=$PGPASSWORD" \\\n   --labels="px-postgresql-client=true" \\\n   --command -- psql -U postgres \\\n',
    );
    expect(text).toContain(
      '\n\nNote: Since NetworkPolicy is enabled, only pods with label\npx-postgresql-client=true"\nwill be able to connect to this PostgreSQL cluster.\n\nTo connect',
    );
    expect(text).toMatch(
      /outside the K8s cluster:\n {5}PGHOST=\$\(kubectl get nodes --namespace ns .*\n {5}PGPORT=.*nodePort}'\)\n$/,
    );
  });

  it('rabbitmq-ha: the ClusterIP branch with AMQPS and the exporter', () => {
    const text = render('rabbitmq-ha', {
      'service.type': 'ClusterIP',
      'rabbitmqAmqpsSupport.enabled': true,
      'prometheus.exporter.enabled': true,
    });
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

  // Texts as helm-notes.sh-style rendering (tpl of a copy of the redis NOTES.txt in the parent chart) prints them.
  it('redis: the LoadBalancer warning without password, then the LoadBalancer commands', () => {
    const text = render('redis', {
      usePassword: false,
      'master.service.type': 'LoadBalancer',
      'networkPolicy.allowExternal': true,
    });
    expect(text).toMatch(
      /^\*\* Please be patient while the chart is being deployed \*\*\n\n\n-{79}\n WARNING\n\n {4}By specifying "master.service.type=LoadBalancer"/,
    );
    expect(text).toContain(
      '"password" parameter.\n\n' + '-'.repeat(79) + '\nRedis can be accessed via port 6379 on the following DNS names',
    );
    expect(text).toContain("Watch the status with: 'kubectl get svc --namespace ns -w px-redis'\n");
    // The kubectl Go template the notes print for the user, exactly as the chart writes it.
    expect(text).toMatch(
      /--template "\{\{ range \(index \.status\.loadBalancer\.ingress 0\) \}\}\{\{\.\}\}\{\{ end \}\}"\)\n/,
    );
    // A missing nodePort prints <no value>, which the engine then blanks as Helm does.
    expect(text).toMatch(/\n {4}redis-cli -h \$SERVICE_IP -p <no value>\n$/);
  });

  it('redis: sentinel with password and a closed NetworkPolicy', () => {
    const text = render('redis', {
      usePassword: true,
      'cluster.enabled': true,
      'sentinel.enabled': true,
      'networkPolicy.enabled': true,
      'networkPolicy.allowExternal': false,
      'image.tag': '5.0.4',
    });
    expect(text).toBe(
      [
        '** Please be patient while the chart is being deployed **',
        'Redis can be accessed via port 6379 on the following DNS name from within your cluster:',
        '',
        'px-redis.ns.svc.cluster.local for read only operations',
        '',
        'For read/write operations, first access the Redis Sentinel cluster, which is available in port 26379 using the same domain name above.',
        '',
        '',
        'To get your password run:',
        '',
        '    export REDIS_PASSWORD=$(kubectl get secret --namespace ns px-redis -o jsonpath="{.data.redis-password}" | base64 --decode)',
        '',
        'To connect to your Redis server:',
        '',
        '1. Run a Redis pod that you can use as a client:',
        '',
        "   kubectl run --namespace ns px-redis-client --rm --tty -i --restart='Never' \\",
        '    --env REDIS_PASSWORD=$REDIS_PASSWORD \\--labels="redis-client=true" \\',
        '   --image docker.io/bitnami/redis:5.0.4 -- bash',
        '',
        '2. Connect using the Redis CLI:',
        '   redis-cli -h px-redis -p 6379 -a $REDIS_PASSWORD # Read only operations',
        '   redis-cli -h px-redis -p 26379 -a $REDIS_PASSWORD # Sentinel access',
        '',
        '',
        'Note: Since NetworkPolicy is enabled, only pods with label',
        'px-redis-client=true"',
        'will be able to connect to redis.\n',
      ].join('\n'),
    );
  });

  it('redis: standalone NodePort without password', () => {
    const text = render('redis', { usePassword: false, 'cluster.enabled': false, 'master.service.type': 'NodePort' });
    expect(text).toContain('\npx-redis-master.ns.svc.cluster.local\n\n\n\nTo connect to your Redis server:');
    expect(text).toContain("--restart='Never' \\\n   \n   --image ");
    expect(text).toContain(
      'Connect using the Redis CLI:\n   redis-cli -h px-redis-master\n\nTo connect to your database from outside',
    );
    expect(text).toMatch(/services px-redis-master\)\n {4}redis-cli -h \$NODE_IP -p \$NODE_PORT\n$/);
  });
});
