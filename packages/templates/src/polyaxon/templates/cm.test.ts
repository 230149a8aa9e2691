/**
 * cm.yaml's broker line (the one compatibility fix) and its other quirks; whole
 * renders are pinned by the fixtures/cases/polyaxon-* goldens.
 */
import { describe, expect, it } from 'vitest';
import { testContext } from '../../testing/context.js';
import { cm } from './cm.js';

const context = (values: Record<string, unknown> = {}, minor = '32') =>
  testContext({ values, kubeVersion: `v1.${minor}.0`, template: 'cm.yaml' });

/** The text between two markers of the rendered config map. */
function section(text: string, from: string, to: string): string {
  return text.slice(text.indexOf(from), text.indexOf(to));
}

describe('cm.yaml broker (`and .Values.broker (eq .Values.broker "redis")`)', () => {
  it('uses redis when broker is "redis"', () => {
    expect(section(cm(context({ broker: 'redis' })), '  # Broker', '  # REDIS')).toBe(
      '  # Broker\n  POLYAXON_BROKER_BACKEND: redis\n  POLYAXON_REDIS_CELERY_BROKER_URL: rel-redis-master:6379/0\n',
    );
  });
  it.each([[null], ['rabbitmq'], ['']])('uses rabbitmq for broker=%j, after a line of two spaces', (broker) => {
    expect(section(cm(context({ broker })), '  # Broker', '  # REDIS')).toBe(
      '  # Broker\n  \n  POLYAXON_AMQP_URL: rel-rabbitmq-ha:5672\n  POLYAXON_RABBITMQ_USER: polyaxon\n',
    );
  });
  it.each([[1n], [true]])('fails like eq for a non-string broker %s', (broker) => {
    expect(() => cm(context({ broker }))).toThrow('error calling eq: incompatible types for comparison');
  });
});

describe('cm.yaml', () => {
  it('picks the GPU resource key by the kube minor version', () => {
    expect(cm(context({}, '7'))).toContain('POLYAXON_K8S_GPU_RESOURCE_KEY: "alpha.kubernetes.io/nvidia-gpu"');
    expect(cm(context({}, '8'))).toContain('POLYAXON_K8S_GPU_RESOURCE_KEY: "nvidia.com/gpu"');
  });
  it('keeps the two spaces after POLYAXON_SSL_PATH:', () => {
    const text = cm(context({ 'ssl.enabled': true, 'ssl.secretName': 's', 'ssl.path': '/p' }));
    expect(text).toContain('  POLYAXON_SSL_ENABLED: "true"\n  POLYAXON_SSL_PATH:  "/p"\n');
  });
  it('prints floats Go-style and int64s as digits', () => {
    expect(cm(context({ 'intervals.experimentsScheduler': 1000000 }))).toContain(
      'POLYAXON_INTERVALS_EXPERIMENTS_SCHEDULER: "1e+06"',
    );
    expect(cm(context({ 'intervals.experimentsScheduler': 1000000n }))).toContain(
      'POLYAXON_INTERVALS_EXPERIMENTS_SCHEDULER: "1000000"',
    );
  });
  it('prefers the ingress host name over hostName', () => {
    const ctx = context({ hostName: 'h', 'ingress.enabled': true, 'ingress.hostName': 'i' });
    expect(cm(ctx)).toContain('  POLYAXON_API_HOST: "i"\n');
    expect(cm(context({ hostName: 'h' }))).toContain('  POLYAXON_API_HOST: "h"\n');
  });
  it('ends with the Auth section and one newline', () => {
    expect(cm(context()).endsWith('  # Auth\n')).toBe(true);
  });
});
