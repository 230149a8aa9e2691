import { describe, expect, it } from 'vitest';
import {
  coalesceTables,
  coalesceValues,
  deepCopy,
  mergeChartValues,
  mergeTables,
  type CoalesceChart,
} from './coalesce.js';
import { toGoValue, type GoMap } from './go-value.js';

const m = (v: unknown): GoMap => toGoValue(v) as GoMap;

function chart(name: string, values: unknown, dependencies: CoalesceChart[] = []): CoalesceChart {
  return { name, values: m(values), dependencies };
}

function collect(): { warn: (w: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { warn: (w) => lines.push(w), lines };
}

describe('coalesceTables (dst wins)', () => {
  it.each([
    { dst: { a: 1 }, src: { a: 2, b: 2 }, want: { a: 1, b: 2 }, warnings: [] },
    { dst: { a: null }, src: { a: 2 }, want: {}, warnings: [] },
    { dst: { a: { x: 1 } }, src: { a: { y: 2 } }, want: { a: { x: 1, y: 2 } }, warnings: [] },
    {
      dst: { a: 1 },
      src: { a: { y: 2 } },
      want: { a: 1 },
      warnings: ['coalesce.go:298: warning: cannot overwrite table with non table for a (map[y:2])'],
    },
    {
      dst: { a: { x: 1 } },
      src: { a: 1000000 },
      want: { a: { x: 1 } },
      warnings: ['coalesce.go:301: warning: destination for a is a table. Ignoring non-table value (1e+06)'],
    },
    { dst: { a: { x: 1 } }, src: { a: null }, want: { a: { x: 1 } }, warnings: [] },
  ])('$dst <- $src', ({ dst, src, want, warnings }) => {
    const { warn, lines } = collect();
    expect(coalesceTables(m(dst), m(src), warn)).toEqual(m(want));
    expect(lines).toEqual(warnings);
  });

  it('mergeTables keeps nulls', () => {
    expect(mergeTables(m({ a: null }), m({ a: 2 }), () => {})).toEqual(m({ a: null }));
  });
});

describe('coalesceValues', () => {
  it('deletes a defaulted key set to null, keeps an unknown null', () => {
    const got = coalesceValues(chart('c', { a: 1, b: { c: 1 } }), m({ a: null, b: { c: null }, z: null }), () => {});
    expect(got).toEqual(m({ b: {}, z: null }));
  });

  it('mergeChartValues keeps nulls', () => {
    expect(mergeChartValues(chart('c', { a: 1 }), m({ a: null }), () => {})).toEqual(m({ a: null }));
  });

  it('warns when a table meets a default scalar', () => {
    const { warn, lines } = collect();
    coalesceValues(chart('c', { s: 'x' }), m({ s: { y: 1 } }), warn);
    expect(lines).toEqual(['coalesce.go:237: warning: skipped value for c.s: Not a table.']);
  });

  it('scopes dependency values, copies globals down, and returns the tables it builds', () => {
    const sub = chart('sub', { own: 1, global: { g: 'sub' } });
    const parent = chart('top', { global: { g: 'top', t: { a: 1 } }, sub: { own: 2 } }, [sub]);
    const got = coalesceValues(parent, m({}), () => {});
    expect(got).toEqual(m({ global: { g: 'top', t: { a: 1 } }, sub: { own: 2, global: { g: 'top', t: { a: 1 } } } }));
  });

  it('leaks a dependency global two levels down into the parent (Helm copies globals shallowly)', () => {
    const sub = chart('sub', { global: { t: { n: { y: 2 } } } });
    const parent = chart('top', { global: { t: { n: { x: 1 } } } }, [sub]);
    const got = coalesceValues(parent, m({}), () => {});
    expect(got.global).toEqual(m({ t: { n: { x: 1, y: 2 } } }));
  });

  it('refuses a non-table dependency value with Go %t formatting', () => {
    const parent = chart('top', {}, [chart('sub', {})]);
    expect(() => coalesceValues(parent, m({ sub: 5n }), () => {})).toThrow('type mismatch on sub: %!t(int64=5)');
    expect(() => coalesceValues(parent, m({ sub: ['a'] }), () => {})).toThrow('type mismatch on sub: [%!t(string=a)]');
  });

  it('never modifies the chart values or the given values', () => {
    const values = m({ a: { b: [1, { c: 2 }] }, global: { g: { h: 1 } } });
    const vals = m({ a: { b: null, x: 1 }, sub: { k: 1 } });
    const before = [deepCopy(values), deepCopy(vals)];
    const sub = chart('sub', { global: { g: { i: 2 } } });
    const c = { name: 'top', values, dependencies: [sub] };
    coalesceValues(c, vals, () => {});
    mergeChartValues(c, vals, () => {});
    expect([values, vals]).toEqual(before);
  });
});
