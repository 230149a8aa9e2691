/**
 * The docker-registry subchart's storage backends, `required` errors and other
 * quirks, checked template by template (whole renders are pinned by the
 * fixtures/cases/registry-* goldens, which only record that Helm failed).
 */
import { describe, expect, it } from 'vitest';
import { sha256sum } from '../../runtime/sprig.js';
import { TemplateError } from '../../runtime/template-error.js';
import { testContext } from '../../testing/context.js';
import { dockerRegistryName } from './templates/_helpers.js';
import { configmap } from './templates/configmap.js';
import { deployment } from './templates/deployment.js';
import { ingress } from './templates/ingress.js';
import { secret } from './templates/secret.js';

const context = (values: Record<string, unknown> = {}) => testContext({ chart: 'docker-registry', values });

describe('deployment.yaml storage backends', () => {
  const s3Secrets = { 'secrets.s3': {} };
  // Messages are Helm's: "execution error at (…deployment.yaml:L:C): <message>".
  it.each([
    ['s3 without region', { storage: 's3', ...s3Secrets, 's3.bucket': 'b' }, '.Values.s3.region is required'],
    [
      's3 with an empty region',
      { storage: 's3', ...s3Secrets, 's3.region': '', 's3.bucket': 'b' },
      '.Values.s3.region is required',
    ],
    ['s3 without bucket', { storage: 's3', ...s3Secrets, 's3.region': 'r' }, '.Values.s3.bucket is required'],
    ['swift without authurl', { storage: 'swift', 'swift.container': 'c' }, '.Values.swift.authurl is required'],
    ['swift without container', { storage: 'swift', 'swift.authurl': 'u' }, '.Values.swift.container is required'],
  ])('%s fails with `required`', (_name, overrides, message) => {
    let caught: unknown;
    try {
      deployment(context(overrides));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TemplateError);
    // As Helm's required words it; the engine reports it as "execution error at (FILE:LINE:COL): message".
    expect((caught as TemplateError).message).toBe(`error calling required: HELM_ERR_START${message}HELM_ERR_END`);
    expect((caught as TemplateError).fail).toBe(true);
  });

  it('s3 without its options is a nil pointer, not a `required` failure', () => {
    expect(() => deployment(context({ storage: 's3', ...s3Secrets }))).toThrow(
      'nil pointer evaluating interface {}.region',
    );
  });

  it('s3 without secrets.s3 fails in secret.yaml first', () => {
    expect(() => secret(context({ storage: 's3' }))).toThrow('nil pointer evaluating interface {}.secretKey');
  });

  it('an unknown backend gets no storage env and no data volume', () => {
    const text = deployment(context({ storage: 'gcs' }));
    expect(text).not.toContain('REGISTRY_STORAGE_');
    expect(text).not.toContain('- name: data');
  });

  it('writes s3 keys only when both are set', () => {
    const one = { storage: 's3', 'secrets.s3.accessKey': 'a', 's3.region': 'r', 's3.bucket': 'b' };
    expect(deployment(context(one))).not.toContain('REGISTRY_STORAGE_S3_ACCESSKEY');
    expect(secret(context(one))).not.toContain('s3AccessKey');
    const both = { ...one, 'secrets.s3.secretKey': 's' };
    expect(deployment(context(both))).toContain('REGISTRY_STORAGE_S3_ACCESSKEY');
    expect(secret(context(both))).toContain('\n  s3AccessKey: "YQ=="\n  s3SecretKey: "cw=="\n');
  });
});

describe('deployment.yaml', () => {
  it('annotates the pod with the sha256 of a fresh configmap render', () => {
    const ctx = context({ 'configData.log.level': 'debug' });
    expect(deployment(ctx)).toContain(`checksum/config: ${sha256sum(configmap(ctx))}\n`);
  });
  it('uses the existing claim for the filesystem volume', () => {
    expect(deployment(context({ 'persistence.enabled': true, 'persistence.existingClaim': 'mine' }))).toContain(
      '        - name: data\n          persistentVolumeClaim:\n            claimName: mine\n',
    );
  });
});

describe('secret.yaml', () => {
  it('leaves htpasswd unquoted and draws 16 random characters for haSharedSecret', () => {
    expect(secret(context({ 'secrets.htpasswd': 'u:h' }))).toMatch(
      /\n {2}htpasswd: dTpo\n {2}haSharedSecret: "[A-Za-z0-9+/]{22}=="\n$/,
    );
  });
});

describe('ingress.yaml', () => {
  it('is empty when off', () => {
    expect(ingress(context())).toBe('');
  });
  it('ranges annotations by sorted key, quoting each value, and ends without a newline', () => {
    const text = ingress(context({ 'ingress.enabled': true, 'ingress.annotations': { b: 1, a: 'x' } }));
    expect(text).toContain(
      '\n  annotations:\n      a: "x"\n      b: "1"\nspec:\n  rules:\n    - host: chart-example.local\n',
    );
    expect(text.endsWith('servicePort: 5000')).toBe(true);
  });
});

describe('docker-registry.name', () => {
  it.each([
    [undefined, 'docker-registry'],
    ['my-registry', 'my-registry'],
    ['x'.repeat(62) + '-y', 'x'.repeat(62)],
  ])('nameOverride %s -> %s', (nameOverride, expected) => {
    expect(dockerRegistryName(context(nameOverride === undefined ? {} : { nameOverride }))).toBe(expected);
  });
  it('rejects a number as trunc does', () => {
    expect(() => dockerRegistryName(context({ nameOverride: 5 }))).toThrow(
      'wrong type for value; expected string; got float64',
    );
  });
});
