/**
 * The postgresql subchart's quirks, checked template by template (whole renders
 * are pinned by the fixtures/cases/postgresql-* goldens). Expected texts are what
 * Helm 3.17.3 produces for the template, before it splits and trims documents.
 */
import { describe, expect, it } from 'vitest';
import { newMap, postgresqlDefaults, setKey, toGoValue, type GoMap } from '@polyaxon-render/values';
import type { RenderContext } from '../../context.js';
import { seededRandom } from '../../runtime/sprig.js';
import { TemplateError } from '../../runtime/template-error.js';
import { postgresqlNetworkPolicyApiVersion } from './templates/_helpers.js';
import { networkpolicy } from './templates/networkpolicy.js';
import { pvc } from './templates/pvc.js';
import { secrets } from './templates/secrets.js';

/** The subchart defaults with each dotted `path` set to its value, and the given minor version. */
function context(overrides: Record<string, unknown> = {}, minor = '32'): RenderContext {
  const values = postgresqlDefaults();
  for (const [path, v] of Object.entries(overrides)) {
    const keys = path.split('.');
    let m: GoMap = values;
    for (const k of keys.slice(0, -1)) {
      const next = m[k];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) setKey(m, k, newMap());
      m = m[k] as GoMap;
    }
    setKey(m, keys[keys.length - 1]!, toGoValue(v));
  }
  return {
    Values: values,
    Release: { Name: 'rel', Namespace: 'default', Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 },
    Chart: { Name: 'postgresql', Version: '0.8.7', AppVersion: '', IsRoot: false },
    Capabilities: {
      KubeVersion: { Version: `v1.${minor}.0`, Major: '1', Minor: minor, GitVersion: `v1.${minor}.0` },
      APIVersions: [],
    },
    Template: { Name: 'polyaxon/charts/postgresql/templates/x.yaml', BasePath: 'polyaxon/charts/postgresql/templates' },
    random: seededRandom(7),
  };
}

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
    expect(networkpolicy(context({ 'networkPolicy.enabled': true }))).toContain('\nkind: NetworkPolicy\napiVersion: \nmetadata:');
  });
  it('restricts clients to the labelled pods without allowExternal', () => {
    const text = networkpolicy(context({ 'networkPolicy.enabled': true, 'networkPolicy.allowExternal': false }, '9'));
    expect(text).toContain('      - port: 5432\n      from:\n      - podSelector:\n          matchLabels:\n            rel-postgresql-client: "true"\n');
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
    expect(() => pvc(context({ 'persistence.storageClass': 1 }))).toThrow(new TemplateError('error calling eq: incompatible types for comparison'));
  });
});

describe('secrets.yaml', () => {
  it('keeps the chart\'s blank line and double space for a given password', () => {
    expect(secrets(context({ postgresPassword: 'pw' })).endsWith('data:\n  \n  postgres-password:  "cHc="\n  \n')).toBe(true);
  });
  it('draws 10 random characters otherwise (single space)', () => {
    expect(secrets(context())).toMatch(/data:\n {2}\n {2}postgres-password: "[A-Za-z0-9+/]{14}=="\n {2}\n$/);
  });
  it('rejects a numeric password as b64enc does', () => {
    expect(() => secrets(context({ postgresPassword: 12345 }))).toThrow('wrong type for value; expected string; got float64');
  });
});
