import { describe, expect, it } from 'vitest';
import { lessByKind, sortByKind } from './kind-order.js';

describe('sortByKind (kind_sorter.go InstallOrder, sort.SliceStable)', () => {
  const sort = (kinds: string[]) =>
    sortByKind(
      kinds.map((k, i) => ({ k, i })),
      (x) => x.k,
    ).map((x) => `${x.k}#${x.i}`);

  it('puts known kinds in install order, keeping equal kinds in their order', () => {
    expect(sort(['Deployment', 'Service', 'Secret', 'Service', 'Namespace'])).toEqual([
      'Namespace#4',
      'Secret#2',
      'Service#1',
      'Service#3',
      'Deployment#0',
    ]);
  });

  it('puts unknown kinds last, among themselves by bytes (Go string order), equal ones stable', () => {
    expect(sort(['Zeta', 'Alpha', 'Job', 'Alpha', '\u{1F600}x', '\uFF21x'])).toEqual([
      'Job#2',
      'Alpha#1',
      'Alpha#3',
      'Zeta#0',
      '\uFF21x#5',
      '\u{1F600}x#4',
    ]);
    expect(lessByKind('\uFF21', '\u{1F600}')).toBe(true);
  });

  it('matches a stable sort with lessByKind on random lists', () => {
    const kinds = [
      'Service',
      'Secret',
      'Zeta',
      'Alpha',
      'Job',
      'Deployment',
      'ConfigMap',
      'a',
      '\u{1F600}',
      '\uFF21',
      'Namespace',
      'APIService',
    ];
    let seed = 3;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: rnd(30) }, (_, i) => ({ k: kinds[rnd(kinds.length)], i }));
      const expected = [...items].sort((x, y) => (lessByKind(x.k, y.k) ? -1 : lessByKind(y.k, x.k) ? 1 : x.i - y.i));
      expect(sortByKind(items, (x) => x.k)).toEqual(expected);
    }
  });
});
