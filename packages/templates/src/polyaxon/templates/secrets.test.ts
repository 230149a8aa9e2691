/** secrets.yaml and sa.yaml layout quirks; whole renders are pinned by the fixtures/cases/polyaxon-* goldens. */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../context.js';
import { countDraws, newRenderState } from '../../runtime/render-state.js';
import { sha256sum } from '../../runtime/sha256.js';
import { newCryptoRandom, seededRandom, type RandomSource } from '../../runtime/sprig.js';
import { testContext } from '../../testing/context.js';
import { secretsChecksum } from '../shared/workload.js';
import { sa } from './sa.js';
import { drawnSecretsChecksum, secrets } from './secrets.js';

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

describe('checksum/secrets, drawn where it is a fresh random value', () => {
  /** A source that says it is unpredictable, counting its uniformHex256 draws. */
  const unpredictable = () => {
    const base = seededRandom(7);
    const drawn: string[] = [];
    const random: RandomSource = {
      alphaNum: (n) => base.alphaNum(n),
      uniformHex256: () => {
        const hex = drawn.length.toString(16).padStart(64, '0');
        drawn.push(hex);
        return hex;
      },
    };
    return { random, drawn };
  };
  const inRender = (values: Record<string, unknown>, random: RandomSource): RenderContext => {
    const state = newRenderState();
    return { ...context(values), random: countDraws(random, state), state };
  };
  const external = { ...pinned, 'postgresql.enabled': false, 'rabbitmq-ha.enabled': false };
  // Random characters left in the text: 136 unpinned; 10 per external service's Secret without a password.
  const rows: [string, Record<string, unknown>, boolean][] = [
    ['nothing pinned (136 random characters, 810 bits)', { 'user.password': null }, true],
    ['two external passwords drawn (20 characters, 119 bits)', external, false],
    [
      'three external passwords drawn (30 characters, 179 bits)',
      { ...external, 'redis.enabled': false, 'externalServices.redis.usePassword': true },
      true,
    ],
    ['everything pinned (no random character)', pinned, false],
  ];
  for (const [name, values, drawnDirectly] of rows) {
    it(`${drawnDirectly ? 'draws' : 'hashes'} it: ${name}`, () => {
      const { random, drawn } = unpredictable();
      const ctx = inRender(values, random);
      const sums = [secretsChecksum(ctx), secretsChecksum(ctx)];
      if (drawnDirectly) {
        expect(sums).toEqual(drawn);
        expect(drawn).toHaveLength(2);
        // A draw like any other: what printed it is not kept as if it were a function of the values.
        expect(ctx.state!.draws).toBe(2);
      } else {
        expect(drawn).toEqual([]);
        expect(sums[0]).toMatch(/^[0-9a-f]{64}$/);
      }
    });
  }
  it('hashes the text with a seeded source, as Helm computes it', () => {
    const values = { 'user.password': null };
    const ctx = inRender(values, seededRandom(3));
    expect(drawnSecretsChecksum(ctx)).toBeUndefined();
    const plain = { ...context(values), random: seededRandom(3) };
    expect([secretsChecksum(ctx), secretsChecksum(ctx)]).toEqual([
      sha256sum(secrets(plain)),
      sha256sum(secrets(plain)),
    ]);
  });
  it('leaves a failing include to the include, which reports it as Helm does', () => {
    const { random, drawn } = unpredictable();
    const ctx = inRender({ polyaxonSecret: 'ps' }, random);
    expect(drawnSecretsChecksum(ctx)).toBeUndefined();
    expect(() => secretsChecksum(ctx)).toThrow('invalid value; expected string');
    expect(drawn).toEqual([]);
  });
  it('gives 64 fresh hex digits from the crypto source', () => {
    const random = newCryptoRandom(40);
    const hexes = Array.from({ length: 8 }, () => random.uniformHex256!());
    for (const h of hexes) expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(hexes).size).toBe(8);
    // Every byte value shows up as its two digits (the table covers 0-255).
    const digits = new Set(hexes.join(''));
    expect(digits.size).toBe(16);
  });
  it('has no uniformHex256 on a seeded source, counted or not', () => {
    expect(seededRandom(1).uniformHex256).toBeUndefined();
    expect(countDraws(seededRandom(1), newRenderState()).uniformHex256).toBeUndefined();
  });
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
