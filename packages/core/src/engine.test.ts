import { describe, expect, it } from 'vitest';
import { deepCopy, toGoValue, type GoMap } from '@polyaxon-render/values';
import { capabilities } from './capabilities.js';
import { polyaxonChart, seededRandom } from '@polyaxon-render/templates';
import { printOrder, renderTemplates } from './engine.js';
import { pathOrder } from './manifests.js';
import { computeReleaseValues } from './values.js';
import { render } from './index.js';

const release = { Name: 'r', Namespace: 'default', Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 };

describe('renderTemplates', () => {
  it('leaves the values as they were: the `set`s of a render are undone when it ends', () => {
    // rabbitmq-ha writes generated passwords back with `set` between its templates.
    const user = toGoValue({ 'rabbitmq-ha': { rabbitmqPassword: null } }) as GoMap;
    const { values, enabled } = computeReleaseValues(
      user,
      {},
      () => {},
      () => {},
    );
    const before = deepCopy(values);
    const input = { chart: polyaxonChart, values, enabled, release, capabilities: capabilities(undefined) };
    const a = renderTemplates({ ...input, random: seededRandom(3) });
    expect(values).toEqual(before);
    // The same values and draws print the same files again.
    expect(renderTemplates({ ...input, random: seededRandom(3) })).toEqual(a);
  });
});

describe('printOrder', () => {
  it.each<[string, Record<string, unknown>, number]>([
    ['chart defaults (every dependency)', {}, 4],
    [
      'no dependencies',
      {
        postgresql: { enabled: false },
        redis: { enabled: false },
        'rabbitmq-ha': { enabled: false },
        'docker-registry': { enabled: false },
      },
      0,
    ],
    ['all but redis', { redis: { enabled: false } }, 3],
  ])('is pathOrder of the files the plan renders: %s', (_, user, size) => {
    const { values, enabled } = computeReleaseValues(
      toGoValue(user) as GoMap,
      {},
      () => {},
      () => {},
    );
    const input = { chart: polyaxonChart, values, enabled, release, capabilities: capabilities(undefined) };
    const files = renderTemplates({ ...input, random: seededRandom(1) });
    expect(printOrder(polyaxonChart, enabled)).toEqual(pathOrder(files.keys()));
    expect(enabled.size).toBe(size);
  });
});

describe('render', () => {
  it.each<[string, Record<string, unknown>]>([
    ['chart defaults', {}],
    ['unpinned rabbitmq passwords, ingress', { ingress: { enabled: true }, 'rabbitmq-ha': { rabbitmqPassword: null } }],
    ['a set-free config map read by every workload', { nodeSelector: { a: 'b' }, limitResources: true }],
  ])('keeps nothing between calls (the same seed prints the same, whatever ran before): %s', (_, values) => {
    const first = render(values, { seed: 7 });
    render(values, { seed: 8 });
    render({}, { seed: 9, releaseName: 'other' });
    expect(render(values, { seed: 7 })).toBe(first);
  });
});
