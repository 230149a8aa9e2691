/**
 * The redis subchart's quirks, checked template by template (whole renders are
 * pinned by the fixtures/cases/redis-* goldens). Expected texts are what Helm
 * 3.17.3 produces for the template, before it splits and trims documents.
 */
import { describe, expect, it } from 'vitest';
import { testContext } from '../../testing/context.js';
import { redisTemplates } from './chart.js';
import { loadBalancerIpLine } from './shared/common.js';
import { redisImage, redisImagePullSecrets, redisServiceAccountName, redisSysctlImage } from './templates/_helpers.js';
import { redisTplTemplates } from './shared/tpl-templates.js';
import { metricsPrometheus } from './templates/metrics-prometheus.js';
import { redisMasterStatefulset } from './templates/redis-master-statefulset.js';
import { redisRole } from './templates/redis-role.js';
import { secret } from './templates/secret.js';

const context = (values: Record<string, unknown> = {}) => testContext({ chart: 'redis', values });

describe('redis.imagePullSecrets', () => {
  it('is empty without pull secrets', () => {
    expect(redisImagePullSecrets(context())).toBe('');
  });
  it('lists every image’s secrets in image order', () => {
    const ctx = context({
      'image.pullSecrets': ['a'],
      'volumePermissions.image.pullSecrets': ['d'],
      'metrics.image.pullSecrets': ['b'],
    });
    expect(redisImagePullSecrets(ctx)).toBe('\nimagePullSecrets:\n  - name: a\n  - name: b\n  - name: d');
  });
  it('lets global.imagePullSecrets replace them', () => {
    const ctx = context({ 'image.pullSecrets': ['a'], 'global.imagePullSecrets': ['g'] });
    expect(redisImagePullSecrets(ctx)).toBe('\nimagePullSecrets:\n  - name: g');
  });
  it('fails like Go on a string where a list belongs', () => {
    expect(() => redisImagePullSecrets(context({ 'image.pullSecrets': 'abc' }))).toThrow(
      'template: polyaxon/charts/redis/templates/_helpers.tpl:214:17: executing "redis.imagePullSecrets" at <.Values.image.pullSecrets>: ' +
        "range can't iterate over abc",
    );
  });
});

describe('image names', () => {
  it('use global.imageRegistry only when set', () => {
    expect(redisImage(context())).toBe('docker.io/bitnami/redis:4.0.14');
    expect(redisImage(context({ 'global.imageRegistry': 'r.io' }))).toBe('r.io/bitnami/redis:4.0.14');
    expect(redisImage(context({ global: {} }))).toBe('docker.io/bitnami/redis:4.0.14');
  });
  it('print a float64 tag the Go way', () => {
    expect(redisImage(context({ 'image.tag': 1000000 }))).toBe('docker.io/bitnami/redis:1e+06');
  });
  it('default the sysctl registry and tag', () => {
    expect(redisSysctlImage(context({ 'sysctlImage.registry': null, 'sysctlImage.tag': '' }))).toBe(
      'docker.io/bitnami/minideb:latest',
    );
  });
});

describe('redis.serviceAccountName', () => {
  it.each([
    [{}, 'default'],
    [{ 'serviceAccount.name': 'x' }, 'x'],
    [{ 'serviceAccount.create': true }, 'rel-redis'],
    [{ 'serviceAccount.create': true, 'serviceAccount.name': 'y' }, 'y'],
  ])('%j -> %s', (overrides, expected) => {
    expect(redisServiceAccountName(context(overrides))).toBe(expected);
  });
});

describe('loadBalancerIP block', () => {
  it.each([
    [{ 'master.service.type': 'ClusterIP', 'master.service.loadBalancerIP': '1.2.3.4' }, ''],
    [{ 'master.service.type': 'LoadBalancer' }, ''],
    [
      { 'master.service.type': 'LoadBalancer', 'master.service.loadBalancerIP': '1.2.3.4' },
      'loadBalancerIP: 1.2.3.4\n  ',
    ],
  ])('%j', (overrides, expected) => {
    expect(loadBalancerIpLine(context(overrides), 'master', 'service')).toBe(expected);
  });
});

describe('templates that trim themselves away', () => {
  it('renders nothing at all for a disabled role, monitor or secret', () => {
    expect(redisRole(context({ 'rbac.create': true }))).toBe('');
    expect(metricsPrometheus(context({ 'metrics.serviceMonitor.enabled': true }))).toBe('');
    expect(secret(context({ usePassword: false }))).toBe('');
  });
});

describe('secret.yaml', () => {
  it('draws a new password on every render, as Helm does for each include', () => {
    const ctx = context();
    expect(secret(ctx)).not.toBe(secret(ctx));
  });
  it('rejects a numeric password as b64enc does', () => {
    expect(() => secret(context({ password: 5 }))).toThrow('wrong type for value; expected string; got float64');
  });
});

describe('redis-master-statefulset.yaml', () => {
  it('keeps the padding `include … | indent 6` leaves after "spec:"', () => {
    expect(redisMasterStatefulset(context())).toContain('\n    spec:      \n      securityContext:\n');
  });
  it('evaluates templates inside master.affinity', () => {
    const ctx = context({
      'master.affinity': { podAffinity: { label: '{{ template "redis.name" . }}-{{ .Release.Name }}' } },
    });
    expect(redisMasterStatefulset(ctx)).toContain(
      "\n      affinity:\n        podAffinity:\n          label: 'redis-rel'\n",
    );
  });
});

describe('tpl registry', () => {
  it('has every redis define, the parent’s winning on "redis.fullname" and "networkPolicy.apiVersion"', () => {
    const defines = [
      'redis.name',
      'redis.chart',
      'redis.fullname',
      'networkPolicy.apiVersion',
      'redis.image',
      'sentinel.image',
      'redis.metrics.image',
      'redis.volumePermissions.image',
      'redis.serviceAccountName',
      'redis.secretName',
      'redis.sysctl.image',
      'redis.imagePullSecrets',
    ];
    for (const name of defines) expect(redisTplTemplates.has(name), name).toBe(true);
    // The parent's "redis.fullname" ignores fullnameOverride.
    expect(redisTplTemplates.get('redis.fullname')!(context({ fullnameOverride: 'x' }))).toBe('rel-redis');
  });
  it('lists the chart templates under their paths', () => {
    expect(redisTemplates.map((t) => t.path)).toContain('templates/redis-master-statefulset.yaml');
  });
});
