/** secrets.yaml and sa.yaml layout quirks; whole renders are pinned by the fixtures/cases/polyaxon-* goldens. */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../context.js';
import { countDraws, newRenderState } from '../../runtime/render-state.js';
import { seededRandom } from '../../runtime/sprig.js';
import { testContext } from '../../testing/context.js';
import { sa } from './sa.js';
import { secrets } from './secrets.js';

const context = (values: Record<string, unknown> = {}) => testContext({ values, template: 'secrets.yaml' });

const pinned = { polyaxonSecret: 'ps', internalToken: 'it' };

describe('secrets.yaml', () => {
  it('ends the first Secret with a blank line when the subcharts are on', () => {
    const text = secrets(context(pinned));
    expect(text.endsWith('  POLYAXON_K8S_AUTHORISATION: ""\n\n')).toBe(true);
    expect(text).toContain('  POLYAXON_SECRET_KEY: "cHM="\n  POLYAXON_SECRET_INTERNAL_TOKEN: "aXQ="\n');
  });
  it('adds the external services’ Secrets, with two spaces before a given password', () => {
    const text = secrets(
      context({
        ...pinned,
        'postgresql.enabled': false,
        'redis.enabled': false,
        'rabbitmq-ha.enabled': false,
        'externalServices.postgresql.password': 'pg',
        'externalServices.redis.usePassword': true,
      }),
    );
    const docs = text.split('\n---\n');
    expect(docs).toHaveLength(4);
    expect(docs[1]).toContain('  name: rel-polyaxon-postgres-secret\n');
    expect(docs[1]!.endsWith('data:\n  postgres-password:  "cGc="')).toBe(true);
    expect(docs[2]).toMatch(/data:\n {2}redis-password: "[A-Za-z0-9+/=]{16}"$/);
    expect(docs[3]).toMatch(/data:\n {2}rabbitmq-password: "[A-Za-z0-9+/=]{16}"$/);
  });
  it('has no redis Secret without usePassword', () => {
    expect(secrets(context({ ...pinned, 'redis.enabled': false }))).not.toContain('redis-secret');
  });
  it('fails like b64enc when polyaxonSecret is set but internalToken is not', () => {
    expect(() => secrets(context({ polyaxonSecret: 'ps' }))).toThrow('invalid value; expected string');
  });
  it('draws 60, 60, 16 random characters when nothing is pinned', () => {
    const text = secrets(context({ 'user.password': null }));
    const lens = [...text.matchAll(/^ {2}POLYAXON_(?:SECRET_KEY|SECRET_INTERNAL_TOKEN|ADMIN_PASSWORD): "(.*)"$/gm)].map(
      (m) => atob(m[1]!).length,
    );
    expect(lens).toEqual([60, 60, 16]);
  });
});

describe('secrets.yaml rendered again within one render (every checksum include)', () => {
  const external = { 'postgresql.enabled': false, 'redis.enabled': false, 'rabbitmq-ha.enabled': false };
  const rows: [string, Record<string, unknown>][] = [
    ['nothing pinned', { 'user.password': null }],
    ['external services too', { ...external, 'externalServices.redis.usePassword': true }],
    ['a value holding what marks a hole', { 'types.core': 'core\u0000hole 0\u0000' }],
  ];
  for (const [name, values] of rows) {
    it(`draws what a plain render draws, in its order (${name})`, () => {
      const plain = { ...context(values), random: seededRandom(42) };
      const state = newRenderState();
      const inRender: RenderContext = { ...context(values), random: countDraws(seededRandom(42), state), state };
      const texts = [secrets(inRender), secrets(inRender), secrets(inRender)];
      expect(texts).toEqual([secrets(plain), secrets(plain), secrets(plain)]);
      expect(new Set(texts).size).toBe(3);
    });
  }
});

describe('sa.yaml', () => {
  it('has only the two service accounts without RBAC, ending in one newline', () => {
    const text = sa(context({ 'rbac.enabled': false }));
    expect(text.match(/^kind: /gm)).toHaveLength(2);
    expect(text.endsWith('    app.kubernetes.io/managed-by: "helm"\n')).toBe(true);
  });
  it('adds the cluster role, roles and bindings with RBAC', () => {
    const kinds = [...sa(context()).matchAll(/^kind: (\w+)$/gm)].map((m) => m[1]);
    expect(kinds).toEqual([
      'ServiceAccount',
      'ServiceAccount',
      'ClusterRole',
      'Role',
      'RoleBinding',
      'ClusterRoleBinding',
      'Role',
      'RoleBinding',
    ]);
  });
});
