import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHead } from './manifest-head.js';
import { fileDocuments, pathOrder, printManifests, sortManifests } from './manifests.js';
import { splitManifests } from './split-manifests.js';

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

describe('pathOrder', () => {
  it('prints files by the bytes of their names, without partials and NOTES.txt', () => {
    expect(
      pathOrder([
        'c/templates/b.yaml',
        'c/templates/_c.yaml',
        'c/templates/a\uffff.yaml',
        'c/templates/NOTES.txt',
        'c/templates/a\u00e9.yaml',
        'c/charts/d/templates/a.yaml',
      ]),
    ).toEqual([
      'c/charts/d/templates/a.yaml',
      'c/templates/a\u00e9.yaml',
      'c/templates/a\uffff.yaml',
      'c/templates/b.yaml',
    ]);
  });
  it('is the order sortManifests uses when given none', () => {
    const m = new Map([
      ['c/templates/b.yaml', 'kind: B\n'],
      ['c/templates/a.yaml', 'kind: B\n'],
    ]);
    expect(sortManifests(m).manifests.map((d) => d.source)).toEqual(['c/templates/a.yaml', 'c/templates/b.yaml']);
  });
});

describe('fileDocuments', () => {
  /** What it stands for: releaseutil.SplitManifests, then each document's head. */
  const reference = (file: string) =>
    splitManifests(file).map((content) => ({ content, head: parseHead(content, 'f') }));
  const outcome = (f: () => unknown) => {
    try {
      return { ok: f() };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };

  it.each([
    ['one document', 'kind: A\nmetadata:\n  name: a\n'],
    ['a separator first', '---\nkind: A\n'],
    ['two documents', 'kind: A\n---\nkind: B\nmetadata:\n  name: b'],
    ['text after the dashes', 'kind: A\n---kind: B\n'],
    ['white space around a separator', 'kind: A  \n  \n---  \n\n  kind: B\n'],
    ['a second separator the first one swallowed the line break of', 'kind: A\n---\n---\nkind: B\n'],
    ['a separator last', 'kind: A\n---\n'],
    ['dashes inside a block scalar', 'kind: A\ndata:\n  x: |\n    ---\n    a\n---\nkind: B\n'],
    ['a block scalar ended by a separator', 'kind: A\ndata:\n  x: |\n    a\n\n---\nkind: B\n'],
    ['a document the fast scan leaves to the full parser', 'kind: A\n---\nkind: [B\n---\nkind: C\n'],
    ['a vertical tab before a document', 'kind: A\n---\n\vkind: B\n'],
    ['a no-break space after a document', 'kind: A\u00a0\n---\nkind: B\n'],
    ['documents of white space only', '---\n\u00a0\n---\n\n---\n'],
    ['a long document', `kind: A\ndata:\n${'  k: v\n'.repeat(2000)}---\nkind: B\n`],
    ['an invalid second document', 'kind: A\n---\nkind: B\n  x: y\n'],
    ['a hook', 'kind: A\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install\n---\nkind: B\n'],
  ])('reads %s as splitManifests and parseHead do', (_what, file) => {
    expect(outcome(() => fileDocuments(file, 'f'))).toEqual(outcome(() => reference(file)));
  });

  // Files built from lines at the edges of separators, documents and the fast scan's subset.
  const piece = fc.constantFrom(
    '---',
    '---',
    '--- ',
    '---x: 1',
    ' ---',
    '--',
    '- a',
    '',
    '  ',
    '\t',
    '\v',
    '\u00a0',
    'kind: A',
    'kind: B',
    'metadata:',
    '  name: n',
    '  annotations:',
    '    helm.sh/hook: test',
    'data:',
    '  a: |',
    '    ---',
    '    x',
    '  b: "c"',
    'spec: [x',
    '...',
  );
  it('agrees with splitManifests and parseHead on generated files (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.constantFrom('', '\n', '  \n'), (lines, end) => {
        const file = lines.join('\n') + end;
        expect(
          outcome(() => fileDocuments(file, 'f')),
          JSON.stringify(file),
        ).toEqual(outcome(() => reference(file)));
      }),
      { numRuns: 4000 },
    );
  });
});
