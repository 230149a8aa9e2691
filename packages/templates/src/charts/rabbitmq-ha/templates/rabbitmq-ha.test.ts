/**
 * Unit tests of the rabbitmq-ha port: what the golden cases cannot show on their own —
 * the `set` side effects of secret.yaml, the order and number of random draws, and
 * the checksum include. Whole-file parity is pinned by fixtures/cases/rabbitmq-*.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { getKey, hasKey, newMap, setKey, type GoValue } from '@polyaxon-render/values';
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../../context.js';
import type { RandomSource } from '../../../runtime/index.js';
import { testContext } from '../../../testing/context.js';
import { configmap } from './configmap.js';
import { secret } from './secret.js';
import { statefulset } from './statefulset.js';
import {
  rabbitmqHaCertSecretName,
  rabbitmqHaDefinitions,
  rabbitmqHaFullname,
  rabbitmqHaName,
  rabbitmqHaSecretName,
  rabbitmqHaServiceAccountName,
} from './_helpers.js';

interface TestContext extends RenderContext {
  /** The lengths randAlphaNum was asked for, in order. */
  readonly draws: number[];
}

/** Chart defaults with `values` set on top; the n-th random string is "R<n>" padded with x. */
function context(values: Record<string, GoValue> = {}, release = 'rel'): TestContext {
  const draws: number[] = [];
  const random: RandomSource = {
    alphaNum(n: number): string {
      draws.push(n);
      return `R${draws.length}`.padEnd(n, 'x');
    },
  };
  return { ...testContext({ chart: 'rabbitmq-ha', values, release, namespace: 'ns', random }), draws };
}

const map = (entries: Record<string, GoValue>) => {
  const m = newMap();
  for (const [k, v] of Object.entries(entries)) setKey(m, k, v);
  return m;
};

describe('rabbitmq-ha _helpers.tpl', () => {
  it.each<{ name: string; release: string; values: Record<string, GoValue>; fullname: string }>([
    { name: 'release + chart name', release: 'rel', values: {}, fullname: 'rel-rabbitmq-ha' },
    {
      name: 'release containing the chart name',
      release: 'my-rabbitmq-ha-1',
      values: {},
      fullname: 'my-rabbitmq-ha-1',
    },
    { name: 'nameOverride', release: 'rel', values: { nameOverride: 'mq' }, fullname: 'rel-mq' },
    {
      name: 'fullnameOverride wins',
      release: 'rel',
      values: { fullnameOverride: 'x', nameOverride: 'mq' },
      fullname: 'x',
    },
    {
      name: 'truncated to 63, trailing "-" trimmed',
      release: 'rel',
      values: { fullnameOverride: `${'a'.repeat(62)}-b` },
      fullname: 'a'.repeat(62),
    },
  ])('fullname: $name', ({ release, values, fullname }) => {
    expect(rabbitmqHaFullname(context(values, release))).toBe(fullname);
  });

  it('name uses nameOverride', () => {
    expect(rabbitmqHaName(context({ nameOverride: 'mq' }))).toBe('mq');
    expect(rabbitmqHaName(context())).toBe('rabbitmq-ha');
  });

  it.each([
    { create: true, name: undefined, expected: 'rel-rabbitmq-ha' },
    { create: true, name: 'sa', expected: 'sa' },
    { create: false, name: undefined, expected: 'default' },
    { create: false, name: 'shared', expected: 'shared' },
  ])('serviceAccountName create=$create name=$name', ({ create, name, expected }) => {
    const sa = map({ create, ...(name === undefined ? {} : { name }) });
    expect(rabbitmqHaServiceAccountName(context({ serviceAccount: sa }))).toBe(expected);
  });

  it('secret names follow existingSecret settings', () => {
    expect(rabbitmqHaSecretName(context())).toBe('rel-rabbitmq-ha');
    expect(rabbitmqHaSecretName(context({ existingSecret: 'mine' }))).toBe('mine');
    expect(rabbitmqHaCertSecretName(context())).toBe('rel-rabbitmq-ha-cert');
    expect(rabbitmqHaCertSecretName(context({ rabbitmqCert: map({ existingSecret: 'certs' }) }))).toBe('certs');
  });

  it('definitions append user fragments after a comma and leave empty sections as a blank indented line', () => {
    const defs = map({
      users: '{"name": "u"}',
      vhosts: '',
      permissions: '',
      parameters: '',
      policies: '{"p": 1}',
      queues: '',
      exchanges: '',
      bindings: '',
    });
    const text = rabbitmqHaDefinitions(
      context({ definitions: defs, rabbitmqPassword: 'pw', managementPassword: 'mpw' }),
    );
    expect(text).toContain('"tags": "administrator"\n    },\n    {"name": "u"}\n  ],');
    expect(text).toContain('"policies": [\n    {"p": 1}\n  ],');
    expect(text).toContain('"queues": [\n    \n  ],');
    expect(text.endsWith('"bindings": [\n    \n  ]\n}')).toBe(true);
    expect(JSON.parse(text.replaceAll('\n    \n', '\n'))).toMatchObject({
      users: [{ password: 'mpw' }, { password: 'pw' }, { name: 'u' }],
    });
  });
});

/** The base64 value of `key:` in the rendered Secret, decoded. */
function dataValue(text: string, key: string): string {
  const m = new RegExp(`^  ${key}: "([^"]*)"$`, 'm').exec(text);
  if (!m) throw new Error(`no ${key} in\n${text}`);
  return Buffer.from(m[1], 'base64').toString('utf8');
}

describe('rabbitmq-ha secret.yaml', () => {
  it('writes generated passwords back into .Values and uses them in the definitions', () => {
    const ctx = context();
    const text = secret(ctx);
    expect(getKey(ctx.Values, 'rabbitmqPassword')).toBe('R1xxxxxxxxxxxxxxxxxxxxxx');
    expect(getKey(ctx.Values, 'managementPassword')).toBe('R2xxxxxxxxxxxxxxxxxxxxxx');
    expect(dataValue(text, 'rabbitmq-password')).toBe('R1xxxxxxxxxxxxxxxxxxxxxx');
    const definitions = JSON.parse(dataValue(text, 'definitions.json')) as { users: { password: string }[] };
    expect(definitions.users.map((u) => u.password)).toEqual(['R2xxxxxxxxxxxxxxxxxxxxxx', 'R1xxxxxxxxxxxxxxxxxxxxxx']);
  });

  it('does not write the generated Erlang cookie back', () => {
    const ctx = context();
    const text = secret(ctx);
    expect(dataValue(text, 'rabbitmq-erlang-cookie')).toBe('R3'.padEnd(32, 'x'));
    expect(hasKey(ctx.Values, 'rabbitmqErlangCookie')).toBe(false);
  });

  it('draws every random value even when all are pinned (Go evaluates default arguments eagerly)', () => {
    const ctx = context({ rabbitmqPassword: 'a', managementPassword: 'b', rabbitmqErlangCookie: 'c' });
    const text = secret(ctx);
    expect(ctx.draws).toEqual([24, 24, 32]);
    expect(dataValue(text, 'rabbitmq-password')).toBe('a');
    expect(dataValue(text, 'rabbitmq-management-password')).toBe('b');
    expect(dataValue(text, 'rabbitmq-erlang-cookie')).toBe('c');
  });

  it('renders draws afresh on every render, as each Helm include does', () => {
    const ctx = context({ rabbitmqPassword: '' });
    const first = dataValue(secret(ctx), 'rabbitmq-erlang-cookie');
    const second = dataValue(secret(ctx), 'rabbitmq-erlang-cookie');
    expect(first).not.toBe(second);
    // The first render's `set` pinned the passwords for later renders.
    expect(dataValue(secret(ctx), 'rabbitmq-password')).toBe('R1xxxxxxxxxxxxxxxxxxxxxx');
  });

  it('with existingSecret renders no credentials Secret and sets nothing', () => {
    const ctx = context({ existingSecret: 'mine' });
    expect(secret(ctx)).toBe('\n');
    expect(ctx.draws).toEqual([]);
    expect(hasKey(ctx.Values, 'managementPassword')).toBe(false);
  });

  it('fails like Helm when a password is not a string', () => {
    expect(() => secret(context({ rabbitmqPassword: 12345n }))).toThrow(
      'wrong type for value; expected string; got int64',
    );
  });
});

describe('rabbitmq-ha statefulset.yaml', () => {
  it('annotates the pods with the hash of a fresh configmap.yaml render', () => {
    const ctx = context();
    const hash = bytesToHex(sha256(new TextEncoder().encode(configmap(ctx))));
    expect(statefulset(ctx)).toContain(`        checksum/config: ${hash}\n`);
  });

  it('has no config checksum with existingConfigMap', () => {
    expect(statefulset(context({ existingConfigMap: true }))).not.toContain('checksum/config');
  });

  it('keeps the indentation line of the exporter `if` action even when the exporter is off (chart quirk)', () => {
    expect(statefulset(context())).toContain('              readOnly: true\n        \n      affinity:');
  });

  it('reads no password and draws nothing (it renders before secret.yaml)', () => {
    const ctx = context();
    statefulset(ctx);
    expect(ctx.draws).toEqual([]);
  });
});
