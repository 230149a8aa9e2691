import { describe, expect, it } from 'vitest';
import { RenderError } from '@polyaxon-render/values';
import { filepathMatch, selectDocuments, showOnly } from './show-only.js';

describe('filepathMatch (Go path/filepath.Match on slash paths)', () => {
  // [pattern, name, matches]; the ones marked "helm" were checked with helm template -s.
  const table: [string, string, boolean][] = [
    ['templates/api-svc.yaml', 'templates/api-svc.yaml', true],
    ['templates/*', 'templates/api-svc.yaml', true], // helm
    ['templates/*', 'templates/hooks/sync-db-job.yaml', false], // * stops at '/'
    ['templates*', 'templates/api-svc.yaml', false], // helm
    ['*/api-svc.yaml', 'templates/api-svc.yaml', true], // helm
    ['templates/hooks', 'templates/hooks/sync-db-job.yaml', false], // a folder is not a match
    ['templates/???-svc.yaml', 'templates/api-svc.yaml', true],
    ['templates?api-svc.yaml', 'templates/api-svc.yaml', false], // ? never matches '/'
    ['templates[^a]api-svc.yaml', 'templates/api-svc.yaml', true], // helm: a negated class matches '/'
    ['templates/[a-c]pi-svc.yaml', 'templates/api-svc.yaml', true],
    ['templates/[^a-c]pi-svc.yaml', 'templates/api-svc.yaml', false],
    ['templates/[z-aa]pi-svc.yaml', 'templates/api-svc.yaml', true], // an empty range does not spoil the class
    ['templates/[-a]pi-svc.yaml', 'templates/api-svc.yaml', false], // helm: malformed
    ['templates/[]a]pi-svc.yaml', 'templates/api-svc.yaml', false], // malformed
    ['templates/[a-]pi-svc.yaml', 'templates/api-svc.yaml', false], // malformed
    ['templates/api-svc.yaml[', 'templates/api-svc.yaml', false], // helm: malformed
    ['templates/api-svc.yaml\\', 'templates/api-svc.yaml', false], // helm: malformed
    ['templates/api-sv\\c.yaml', 'templates/api-svc.yaml', true], // helm: escaped literal
    ['templates/\\*', 'templates/*', true],
    ['templates/\\*', 'templates/a', false],
    ['templates/[\\]]', 'templates/]', true],
    ['*.yaml', 'x.yaml', true],
    ['**', 'a', true],
    ['a*b*c', 'abxbc', true],
    ['a*b', 'ab/b', false],
    ['*x[', 'ax', false], // the malformed rest is checked before answering
    ['', '', true],
    ['', 'a', false],
    ['charts/*/templates/svc.yaml', 'charts/postgresql/templates/svc.yaml', true],
    ['templates/ü?.yaml', 'templates/üß.yaml', true],
  ];
  it.each(table)('%s ~ %s -> %s', (pattern, name, want) => {
    expect(filepathMatch(pattern, name)).toBe(want);
  });
});

describe('showOnly', () => {
  const stream = [
    '---\n# Source: polyaxon/templates/b.yaml\nkind: B',
    '---\n# Source: polyaxon/templates/a.yaml\nkind: A1',
    '---\n# Source: polyaxon/templates/a.yaml\nkind: A2',
    '---\n# Source: polyaxon/charts/redis/templates/svc.yaml\nkind: S',
    '',
  ].join('\n');

  it('prints in pattern order, each document once per matching pattern', () => {
    expect(showOnly(stream, ['templates/a.yaml', 'templates/*'])).toBe(
      [
        '---\n# Source: polyaxon/templates/a.yaml\nkind: A1',
        '---\n# Source: polyaxon/templates/a.yaml\nkind: A2',
        '---\n# Source: polyaxon/templates/b.yaml\nkind: B',
        '---\n# Source: polyaxon/templates/a.yaml\nkind: A1',
        '---\n# Source: polyaxon/templates/a.yaml\nkind: A2',
        '',
      ].join('\n'),
    );
  });

  it('matches subchart paths after the chart name', () => {
    expect(showOnly(stream, ['charts/redis/templates/svc.yaml'])).toBe(
      '---\n# Source: polyaxon/charts/redis/templates/svc.yaml\nkind: S\n',
    );
  });

  it('fails as helm does when a pattern matches nothing', () => {
    let err: unknown;
    try {
      showOnly(stream, ['templates/a.yaml', 'templates/nothing.yaml']);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).message).toBe('could not find template templates/nothing.yaml in chart');
    expect((err as RenderError).exitCode).toBe(2);
  });
});

describe('selectDocuments', () => {
  const docs = [
    { source: 'polyaxon/templates/b.yaml', n: 1 },
    { source: 'polyaxon/templates/a.yaml', n: 2 },
    { source: 'polyaxon/charts/redis/templates/svc.yaml', n: 3 },
  ];
  it('selects as --show-only does: pattern order, repeats kept', () => {
    expect(selectDocuments(docs, ['templates/a.yaml', 'templates/*', 'charts/*/templates/*']).map((d) => d.n)).toEqual([
      2, 1, 2, 3,
    ]);
  });
  it('fails on a pattern that matches nothing', () => {
    expect(() => selectDocuments(docs, ['templates/*', 'x'])).toThrow('could not find template x in chart');
  });
});
