/**
 * The polyaxon partials' quirks, checked one define at a time (whole renders are
 * pinned by the fixtures/cases/polyaxon-* goldens). Expected texts are what
 * Helm 3.17.3 prints for the same values.
 */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../../context.js';
import { testContext } from '../../../testing/context.js';
import { configCeleryHpsearch, configCeleryScheduler } from './_celery.js';
import { configDebugMode } from './_debug.js';
import { configDns } from './_dns.js';
import { configEnvFrom } from './_envFrom.js';
import { configEnvs } from './_envs.js';
import { configPersistenceData, configPersistenceLogs } from './_pvc_def.js';
import { configSa } from './_sa.js';
import { configScheduling } from './_scheduling.js';
import { securityContext } from './_securityContext.js';
import { configStoresSecretsLogs, configStoresSecretsOutputs } from './_stores.js';
import {
  volumesDirMounts,
  volumesDirs,
  volumesVolumeMountsData,
  volumesVolumeMountsLogs,
  volumesVolumeMountsSsl,
  volumesVolumeMountsUpload,
  volumesVolumesData,
  volumesVolumesLogs,
  volumesVolumesUpload,
} from './_volumes.js';

const context = (values: Record<string, unknown> = {}) => testContext({ values });

describe('volume mounts', () => {
  it('leaves two trailing spaces when there is no subPath', () => {
    expect(volumesVolumeMountsUpload(context())).toBe('\n- mountPath: "/tmp/upload"\n  name: upload\n  ');
  });
  it('prints the subPath on the line the right-trimming `if` left indented', () => {
    expect(volumesVolumeMountsUpload(context({ 'persistence.upload.subPath': 'up' }))).toBe(
      '\n- mountPath: "/tmp/upload"\n  name: upload\n  subPath: "up"',
    );
  });
  it('has no logs mount when logs go to a store', () => {
    expect(volumesVolumeMountsLogs(context({ 'persistence.logs.store': 'gcs' }))).toBe('');
  });
  it('falls back to the default data volume, and skips store entries', () => {
    expect(volumesVolumeMountsData(context())).toBe('\n- mountPath: "/data"\n  name: data');
    const ctx = context({ 'persistence.data': { b: { mountPath: '/b' }, a: { store: 's3' } } });
    expect(volumesVolumeMountsData(ctx)).toBe('\n- mountPath: "/b"\n  name: b\n  ');
  });
  it('mounts ssl at /etc/ssl by default, only with a secret name', () => {
    expect(volumesVolumeMountsSsl(context({ 'ssl.enabled': true }))).toBe('');
    expect(volumesVolumeMountsSsl(context({ 'ssl.enabled': true, 'ssl.secretName': 's' }))).toBe(
      '\n- name: polyaxon-ssl-volume\n  readOnly: true\n  mountPath: "/etc/ssl"',
    );
  });
});

describe('volumes', () => {
  it('always names the upload volume, even without persistence', () => {
    expect(volumesVolumesUpload(context({ 'persistence.upload': null }))).toBe('- name: upload');
  });
  it('uses the mountPath when hostPath is empty', () => {
    expect(volumesVolumesUpload(context({ 'persistence.upload.hostPath': '' }))).toBe(
      '- name: upload\n  hostPath:\n    path: "/tmp/upload"',
    );
  });
  it('quotes the logs claim but not a data claim (as the chart does)', () => {
    expect(volumesVolumesLogs(context({ 'persistence.logs.existingClaim': 'c' }))).toBe(
      '\n- name: logs\n  persistentVolumeClaim:\n    claimName: "c"',
    );
    expect(volumesVolumesData(context({ 'persistence.data': { d: { existingClaim: 'c' } } }))).toBe(
      '\n- name: d\n  persistentVolumeClaim:\n    claimName: c',
    );
  });
  it('names list entries by index', () => {
    expect(volumesVolumesData(context({ 'persistence.data': [{ mountPath: '/x' }] }))).toBe(
      '\n- name: 0\n  hostPath:\n    path: "/x"',
    );
  });
});

describe('nvidia dirs', () => {
  const dirs = { 'dirs.nvidia.lib': '/l', 'dirs.nvidia.bin': '/b', 'dirs.nvidia.libcuda': '/c' };
  it('needs all three dirs', () => {
    expect(volumesDirs(context({ 'dirs.nvidia.lib': '/l', 'dirs.nvidia.bin': '/b' }))).toBe('');
    expect(volumesDirMounts(context({ 'dirs.nvidia.lib': '/l', 'dirs.nvidia.bin': '/b' }))).toBe('');
  });
  it('mounts each dir at its mountPath, else at the host path', () => {
    expect(volumesDirMounts(context({ ...dirs, 'mountPaths.nvidia.bin': '/mb' }))).toBe(
      '\n- name: nvidia-lib\n  mountPath: "/l"\n- name: nvidia-bin\n  mountPath: "/mb"\n- name: nvidia-libcuda\n  mountPath: "/c"',
    );
  });
  it('does not read mountPaths unless the dirs are set (and short-circuits)', () => {
    expect(volumesDirMounts(context({ mountPaths: null }))).toBe('');
    expect(() => volumesDirMounts(context({ ...dirs, mountPaths: null }))).toThrow(
      'nil pointer evaluating interface {}.nvidia',
    );
  });
});

describe('env partials', () => {
  it.each<[string, (ctx: RenderContext) => string, Record<string, unknown>, string]>([
    ['debug off', configDebugMode, {}, ''],
    ['debug on', configDebugMode, { debugMode: true }, '\n- name: POLYAXON_DEBUG\n  value: "true"'],
    // The chart tests dns.POLYAXON_DNS_PREFIX but prints dns.prefix.
    ['dns prefix alone', configDns, { 'dns.prefix': 'p' }, ''],
    ['dns prefix key', configDns, { 'dns.POLYAXON_DNS_PREFIX': 'x' }, '\n- name: POLYAXON_DNS_PREFIX\n  value: '],
    [
      'celery floats print Go-style, zero and false are skipped',
      configCeleryScheduler,
      { 'scheduler.celery': { workerMaxMemoryPerChild: 1000000, brokerPoolLimit: 0, taskAlwaysEager: false } },
      '\n- name: POLYAXON_CELERY_WORKER_MAX_MEMORY_PER_CHILD\n  value: "1e+06"',
    ],
    [
      'celery default of hpsearch',
      configCeleryHpsearch,
      {},
      '\n- name: POLYAXON_CELERY_WORKER_MAX_MEMORY_PER_CHILD\n  value: "600000"',
    ],
    ['sa off', configSa, { 'rbac.enabled': false }, ''],
    ['sa on', configSa, {}, '\nserviceAccountName: rel-polyaxon-serviceaccount'],
    ['securityContext off', securityContext, {}, ''],
    [
      'securityContext int64',
      securityContext,
      { 'securityContext.enabled': true, 'securityContext.group': 1000000n },
      '\nsecurityContext:\n  fsGroup: 1000000',
    ],
    [
      'securityContext float64',
      securityContext,
      { 'securityContext.enabled': true, 'securityContext.group': 1000000 },
      '\nsecurityContext:\n  fsGroup: 1e+06',
    ],
    [
      'scheduling in chart order',
      configScheduling,
      { tolerations: [{ key: 'k' }], nodeSelector: { a: 'b' } },
      '\nnodeSelector:\n  a: b\naffinity:\n  podAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n' +
        '    - podAffinityTerm:\n        labelSelector:\n          matchExpressions:\n          - key: type\n' +
        '            operator: In\n            values:\n            - polyaxon-core\n' +
        '        topologyKey: kubernetes.io/hostname\n      weight: 100\ntolerations:\n  - key: k',
    ],
    [
      'envFrom with an encryption secret',
      configEnvFrom,
      { encryptionSecret: 'enc' },
      '- configMapRef:\n    name: rel-polyaxon-config\n- secretRef:\n    name: rel-polyaxon-secret\n- secretRef:\n    name: enc',
    ],
    [
      'data persistence falls back to the defaults',
      configPersistenceData,
      {},
      '\n- name: POLYAXON_PERSISTENCE_DATA\n  value: "{\\"data\\":{\\"hostPath\\":\\"/tmp/data\\",\\"mountPath\\":\\"/data\\"}}"',
    ],
    ['logs persistence has no fallback', configPersistenceLogs, { 'persistence.logs': null }, ''],
  ])('%s', (_name, partial, overrides, expected) => {
    expect(partial(context(overrides))).toBe(expected);
  });

  it('configEnvs names the subcharts’ secrets, or the chart’s own when they are off', () => {
    const on = configEnvs(context({ 'redis.usePassword': true }));
    expect(on).toContain('      name: rel-rabbitmq-ha\n      key: rabbitmq-password');
    expect(on).toContain('      name: rel-redis\n      key: redis-password');
    expect(on.endsWith('      name: rel-postgresql\n      key: postgres-password')).toBe(true);
    const off = configEnvs(
      context({
        'rabbitmq-ha.enabled': false,
        'redis.enabled': false,
        'postgresql.enabled': false,
        'externalServices.redis.usePassword': true,
      }),
    );
    expect(off).toContain('      name: rel-polyaxon-rabbitmq-secret\n');
    expect(off).toContain('      name: rel-polyaxon-redis-secret\n');
    expect(off).toContain('      name: rel-polyaxon-postgres-secret\n');
  });

  it('configEnvs does not read externalServices while redis is on (`and` short-circuits)', () => {
    expect(() => configEnvs(context({ externalServices: null }))).not.toThrow();
    expect(() => configEnvs(context({ externalServices: null, 'redis.enabled': false }))).toThrow(
      'nil pointer evaluating interface {}.redis',
    );
  });
});

describe('store secrets', () => {
  it('exposes each store-backed outputs entry, in key order', () => {
    const ctx = context({
      'persistence.outputs': {
        s3: { store: 's3', secret: 'sec', secretKey: 'key' },
        local: { mountPath: '/o' },
        gcs: { store: 'gcs', secret: 'g', secretKey: 'k' },
      },
    });
    expect(configStoresSecretsOutputs(ctx)).toBe(
      '\n- name: "k"\n  valueFrom:\n    secretKeyRef:\n      name: "g"\n      key: "k"' +
        '\n- name: "key"\n  valueFrom:\n    secretKeyRef:\n      name: "sec"\n      key: "key"',
    );
  });
  it('fails on nil logs like Go (a field of nil)', () => {
    expect(() => configStoresSecretsLogs(context({ 'persistence.logs': null }))).toThrow(
      'nil pointer evaluating interface {}.store',
    );
  });
});
