import { describe, expect, it } from 'vitest';
import { deepCopy } from './coalesce.js';
import { computeValues, pathValue, table, type ChartValuesNode } from './dependencies.js';
import { toGoValue, type GoMap } from './go-value.js';

const m = (v: unknown): GoMap => toGoValue(v) as GoMap;

function fixture(): ChartValuesNode {
  return {
    name: 'top',
    defaults: m({ db: { enabled: true }, cache: { enabled: false }, tags: { extra: false }, global: { g: 1 } }),
    dependencies: [
      { name: 'db', condition: 'db.enabled', chart: { name: 'db', defaults: m({ port: 5432, global: { d: 1 } }) } },
      { name: 'cache', condition: 'cache.enabled', chart: { name: 'cache', defaults: m({ size: 1 }) } },
      { name: 'extra', tags: ['extra'], chart: { name: 'extra', defaults: m({}) } },
    ],
  };
}

function run(user: unknown): { values: GoMap; enabled: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const r = computeValues(fixture(), m(user), (w) => warnings.push(w));
  return { values: r.values, enabled: [...r.enabled].sort(), warnings };
}

describe('computeValues', () => {
  it('renders dependencies whose condition holds', () => {
    expect(run({}).enabled).toEqual(['db']);
    expect(run({ cache: { enabled: true }, db: { enabled: false } }).enabled).toEqual(['cache']);
  });

  it('lets a tag switch a dependency on, and a condition win over tags', () => {
    expect(run({ tags: { extra: true } }).enabled).toEqual(['db', 'extra']);
  });

  it('warns about a non-bool condition and keeps the dependency', () => {
    const r = run({ db: { enabled: 'yes' } });
    expect(r.enabled).toEqual(['db']);
    expect(r.warnings).toEqual([
      "dependencies.go:63: Warning: Condition path 'db.enabled' for chart db returned non-bool value",
    ]);
  });

  it('scopes dependency values under the dependency name with globals', () => {
    const { values } = run({ db: { port: 1 } });
    expect(values.db).toEqual(m({ enabled: true, port: 1, global: { g: 1, d: 1 } }));
  });

  it('shares maps in the result only where Helm does: two levels below a global copied into a dependency (copyMap is shallow)', () => {
    const c = fixture();
    (c.defaults.global as GoMap).nested = m({ deeper: { x: 1 } });
    const { values } = computeValues(c, m({ global: { fromUser: { inner: { y: 2 } } } }), () => {});
    const paths = new Map<object, string[]>();
    const walk = (v: unknown, path: string): void => {
      if (typeof v !== 'object' || v === null) return;
      const seen = paths.get(v);
      if (seen) {
        seen.push(path);
        return;
      }
      paths.set(v, [path]);
      for (const [k, x] of Object.entries(v)) walk(x, path === '' ? k : `${path}.${k}`);
    };
    walk(values, '');
    const shared = [...paths.values()].filter((p) => p.length > 1);
    expect(shared).toEqual([
      ['global.fromUser.inner', 'db.global.fromUser.inner'],
      ['global.nested.deeper', 'db.global.nested.deeper'],
    ]);
  });

  it('keeps the defaults untouched', () => {
    const c = fixture();
    const before = deepCopy(c.dependencies![0].chart.defaults);
    computeValues(c, m({ db: { port: null } }), () => {});
    expect(c.dependencies![0].chart.defaults).toEqual(before);
  });
});

describe('Values.Table / PathValue', () => {
  const v = m({ a: { b: { c: 1, n: null, t: {} } }, s: 'x' });
  it.each([
    ['a.b.c', 1],
    ['a.b.n', null],
    ['a.b.t', undefined],
    ['a.b', undefined],
    ['s', 'x'],
    ['s.x', undefined],
    ['missing.c', undefined],
  ])('%s', (path, want) => expect(pathValue(v, path)).toEqual(want));
  // Empty segments are keys "" (Go's strings.Split).
  const e = m({ '': { a: 2, '': 4 }, a: { '': 3 } });
  it.each([
    ['', undefined],
    ['.a', 2],
    ['a.', 3],
    ['.', 4],
    ['..', undefined],
    ['a..', undefined],
  ])('empty segments: %j', (path, want) => expect(pathValue(e, path)).toEqual(want));
  it('finds tables only', () => {
    expect(table(v, 'a.b')).toEqual(m({ c: 1, n: null, t: {} }));
    expect(table(v, 's')).toBeUndefined();
  });
});
