import { describe, expect, it } from 'vitest';
import { defaultInputs, type Inputs } from './protocol.js';
import { decodeInputs, encodeInputs, inputsFrom } from './share.js';

const full: Inputs = {
  values: 'api:\n  replicas: 2\n# ünïcödé ✓ \u{1F600}\n"<img src=x onerror=alert(1)>": "</script>"\n',
  release: 'my-release',
  namespace: 'team-a',
  kubeVersion: '1.16',
  modernize: true,
  seed: 4294967295,
  showOnly: 'templates/api-*.yaml',
};

describe('share links', () => {
  it.each([
    ['the defaults', defaultInputs],
    ['every field set', full],
    ['no seed', { ...defaultInputs, seed: null }],
    ['empty values', { ...defaultInputs, values: '' }],
  ])('round trip: %s', async (_, inputs) => {
    const fragment = await encodeInputs(inputs);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]*$/);
    expect(await decodeInputs(`#${fragment}`)).toEqual(inputs);
  });

  it('writes only what differs from the defaults (a default page has a short link)', async () => {
    expect((await encodeInputs(defaultInputs)).length).toBeLessThan(12);
  });

  it('compresses large values', async () => {
    const values = 'api:\n  replicas: 2\n'.repeat(2000);
    expect((await encodeInputs({ ...defaultInputs, values })).length).toBeLessThan(values.length / 50);
  });

  it.each(['', '#', '#other', '#v1.', '#v1.!!!!', '#v1.AAAA', '#v2.abc'])(
    'ignores a fragment that is not a link: %j',
    async (f) => {
      expect(await decodeInputs(f)).toBeUndefined();
    },
  );

  it('takes each field only with its type; anything else keeps the default', () => {
    const hostile = {
      values: { toString: 'x' },
      release: 7,
      namespace: ['a'],
      kubeVersion: null,
      modernize: 'true',
      seed: -1,
      showOnly: true,
      __proto__: { values: 'polluted' },
    };
    expect(inputsFrom(hostile as Record<string, unknown>)).toEqual(defaultInputs);
    expect(inputsFrom({ seed: 1.5 }).seed).toBe(defaultInputs.seed);
    expect(inputsFrom({ seed: 2 ** 32 }).seed).toBe(defaultInputs.seed);
    expect(inputsFrom({ seed: null }).seed).toBeNull();
  });
});
