/**
 * The postgresql subchart's quirks, checked template by template (whole renders
 * are pinned by the fixtures/cases/postgresql-* goldens). Expected texts are what
 * Helm 3.17.3 produces for the template, before it splits and trims documents.
 */
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../runtime/template-error.js';
import { testContext } from '../../testing/context.js';
import { postgresqlNetworkPolicyApiVersion } from './templates/_helpers.js';
import { networkpolicy } from './templates/networkpolicy.js';
import { pvc } from './templates/pvc.js';
import { secrets } from './templates/secrets.js';

const context = (values: Record<string, unknown> = {}, minor = '32') =>
  testContext({ chart: 'postgresql', values, kubeVersion: `v1.${minor}.0` });

describe('postgresql.networkPolicy.apiVersion', () => {
  // Go compares the minor as a string: "10".."32" sort before "4", so they get nothing.
  it.each([
    ['3', ''],
    ['4', '"extensions/v1beta1"'],
    ['6', '"extensions/v1beta1"'],
    ['7', '"networking.k8s.io/v1"'],
    ['9', '"networking.k8s.io/v1"'],
    ['10', ''],
    ['32', ''],
  ])('minor %s -> %s', (minor, expected) => {
    expect(postgresqlNetworkPolicyApiVersion(context({}, minor))).toBe(expected);
  });
});

describe('networkpolicy.yaml', () => {
  it('leaves only the final newline when off', () => {
    expect(networkpolicy(context())).toBe('\n');
  });
  it('prints "apiVersion: " with a trailing space on Kubernetes 1.32', () => {
    expect(networkpolicy(context({ 'networkPolicy.enabled': true }))).toContain(
      '\nkind: NetworkPolicy\napiVersion: \nmetadata:',
    );
  });
  it('restricts clients to the labelled pods without allowExternal', () => {
    const text = networkpolicy(context({ 'networkPolicy.enabled': true, 'networkPolicy.allowExternal': false }, '9'));
    expect(text).toContain(
      '      - port: 5432\n      from:\n      - podSelector:\n          matchLabels:\n            rel-postgresql-client: "true"\n',
    );
  });
});

describe('pvc.yaml', () => {
  it('is empty when persistence is off or an existing claim is used', () => {
    expect(pvc(context({ 'persistence.enabled': false }))).toBe('');
    expect(pvc(context({ 'persistence.existingClaim': 'mine' }))).toBe('');
  });
  it.each([
    ['-', '\n  storageClassName: ""'],
    ['fast', '\n  storageClassName: "fast"'],
  ])('storageClass %s', (storageClass, tail) => {
    expect(pvc(context({ 'persistence.storageClass': storageClass })).endsWith(`storage: "8Gi"${tail}`)).toBe(true);
  });
  it('fails like Go when storageClass is a number (eq of string and float64)', () => {
    expect(() => pvc(context({ 'persistence.storageClass': 1 }))).toThrow(
      new TemplateError('error calling eq: incompatible types for comparison'),
    );
  });
});

describe('secrets.yaml', () => {
  it("keeps the chart's blank line and double space for a given password", () => {
    expect(secrets(context({ postgresPassword: 'pw' })).endsWith('data:\n  \n  postgres-password:  "cHc="\n  \n')).toBe(
      true,
    );
  });
  it('draws 10 random characters otherwise (single space)', () => {
    expect(secrets(context())).toMatch(/data:\n {2}\n {2}postgres-password: "[A-Za-z0-9+/]{14}=="\n {2}\n$/);
  });
  it('rejects a numeric password as b64enc does', () => {
    expect(() => secrets(context({ postgresPassword: 12345 }))).toThrow(
      'wrong type for value; expected string; got float64',
    );
  });
});
