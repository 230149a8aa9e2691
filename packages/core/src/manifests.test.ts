import { describe, expect, it } from 'vitest';
import { printManifests, sortManifests } from './manifests.js';

const files = new Map([
  ['c/templates/svc.yaml', 'kind: Service\nmetadata:\n  name: s\n'],
  ['c/templates/_helpers.tpl', ''],
  ['c/templates/NOTES.txt', 'notes'],
  [
    'c/templates/a.yaml',
    'kind: Deployment\nmetadata:\n  name: d\n---\nkind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: post-install\n',
  ],
  ['c/templates/b.yaml', 'kind: Pod\nmetadata:\n  name: p\n  annotations:\n    helm.sh/hook: pre-frobnicate\n'],
]);

describe('sortManifests', () => {
  it('orders documents by install order of kinds, keeps hooks apart, skips partials and NOTES, logs unknown hooks', () => {
    const sorted = sortManifests(files);
    expect(sorted.manifests.map((m) => `${m.source} ${m.head.kind}`)).toEqual([
      'c/templates/svc.yaml Service',
      'c/templates/a.yaml Deployment',
    ]);
    expect(sorted.hooks.map((m) => m.head.name)).toEqual(['j']);
    expect(sorted.logs).toEqual(['info: skipping unknown hook: "pre-frobnicate"']);
    expect(printManifests(sorted, { noHooks: true })).toBe(
      '---\n# Source: c/templates/svc.yaml\nkind: Service\nmetadata:\n  name: s\n---\n# Source: c/templates/a.yaml\nkind: Deployment\nmetadata:\n  name: d\n',
    );
  });
});
