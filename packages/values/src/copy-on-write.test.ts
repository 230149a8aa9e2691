/**
 * Coalescing copies a map only when it changes it (coalesce.ts); Helm copies every
 * values tree before it merges into it. Random charts (dependencies, nested
 * dependencies, conditions, tags, globals) and user values, checked against the
 * copying port (testing/coalesce-reference.ts): the same values (key order
 * included), the same maps and lists shared between two places of the result (a
 * template's `set` through one shows through the other), the same warnings in
 * the same order, the same dependencies, the same error. The inputs are frozen:
 * changing any of them throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coalesceTables,
  coalesceValues,
  copyKeepingShares,
  deepCopy,
  mergeChartValues,
  mergeTables,
  type CoalesceChart,
} from './coalesce.js';
import { computeValues, prepareChart, type ChartValuesNode } from './dependencies.js';
import { isMap, newMap, toGoValue, type GoMap, type GoValue } from './go-value.js';
import {
  refCoalesceTables,
  refCoalesceValues,
  refComputeValues,
  refMergeChartValues,
  refMergeTables,
} from './testing/coalesce-reference.js';

/** Few names, so that user values, chart values and dependency names meet. */
const NAMES = ['a', 'b', 'enabled', 'global', 'tags', 's1', 's2', '__proto__', 't'];
const name = fc.constantFrom(...NAMES);

const scalar: fc.Arbitrary<GoValue> = fc.oneof(
  fc.constant(null),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(1, 1000000, 0.5, -0),
  fc.constantFrom(1n, 7n),
  fc.constantFrom('x', '', 'true'),
);

const value: fc.Arbitrary<GoValue> = fc.letrec<{ v: GoValue; map: GoMap }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    tie('map'),
    tie('map'),
    fc.array(fc.oneof(scalar, tie('map')), { maxLength: 2 }),
  ),
  map: fc.array(fc.tuple(name, tie('v')), { maxLength: 4 }).map((entries) => {
    const m = newMap();
    for (const [k, v] of entries) m[k] = v;
    return m;
  }),
})).map;

const valuesMap = value as fc.Arbitrary<GoMap>;

/** Dependencies named like keys, with conditions and tags that may or may not find a bool. */
const chartNode: fc.Arbitrary<ChartValuesNode> = fc.letrec<{ node: ChartValuesNode }>((tie) => ({
  node: fc
    .tuple(
      valuesMap,
      fc.option(
        fc.uniqueArray(
          fc.record({
            name: fc.constantFrom('s1', 's2', 'a'),
            condition: fc.option(fc.constantFrom('s1.enabled', 's2.enabled,a.enabled', ' a.b ', 'global.enabled', ''), {
              nil: undefined,
            }),
            tags: fc.option(fc.array(fc.constantFrom('t', 'a', 'enabled'), { maxLength: 2 }), { nil: undefined }),
            chart: fc.oneof(
              { depthSize: 'small' },
              valuesMap.map((defaults) => ({ name: 'leaf', defaults })),
              tie('node'),
            ),
          }),
          { maxLength: 3, selector: (d) => d.name },
        ),
        { nil: undefined },
      ),
    )
    .map(([defaults, dependencies]) => ({
      name: 'top',
      defaults,
      dependencies: dependencies?.map((d) => ({ ...d, chart: { ...d.chart, name: d.name } })),
    })),
})).node;

/** Values whose `global` is deep, from two names: globals shared between places, and changed through them. */
const gvalue: fc.Arbitrary<GoValue> = fc.letrec<{ v: GoValue; map: GoMap }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    fc.constantFrom<GoValue>(null, 1, 'x'),
    fc.constant<GoValue[]>([1]),
    tie('map'),
    tie('map'),
  ),
  map: fc.array(fc.tuple(fc.constantFrom('g', 'h'), tie('v')), { maxLength: 2 }).map((entries) => {
    const m = newMap();
    for (const [k, v] of entries) m[k] = v;
    return m;
  }),
})).v;
const withGlobal = fc.tuple(valuesMap, gvalue).map(([m, g]) => {
  const out = deepCopy(m);
  out.global = g;
  return out;
});
const globalChart: fc.Arbitrary<ChartValuesNode> = fc
  .tuple(
    withGlobal,
    fc.array(fc.tuple(withGlobal, fc.option(withGlobal, { nil: undefined })), { minLength: 1, maxLength: 3 }),
  )
  .map(([defaults, deps]) => ({
    name: 'top',
    defaults,
    dependencies: deps.map(([d, nested], i) => ({
      name: `s${i + 1}`,
      chart: {
        name: `s${i + 1}`,
        defaults: d,
        dependencies: nested && [{ name: 'n', chart: { name: 'n', defaults: nested } }],
      },
    })),
  }));

/**
 * Deep globals with dependencies that declare none: processDependencyEnabled's pass builds only
 * what conditions and tags read (ReadPaths), while the globals it copies into each dependency,
 * and changes there, must still reach the later ones.
 */
const leafGlobalChart: fc.Arbitrary<ChartValuesNode> = fc
  .tuple(
    withGlobal,
    fc.array(
      fc.tuple(
        withGlobal,
        fc.option(
          fc.constantFrom(
            'global.g.h.g',
            'global.h.g.h,s1.g',
            'global.g.g.g',
            's1.g.h',
            's2.h',
            'g.h,global.h.h.h',
            '',
          ),
          {
            nil: undefined,
          },
        ),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([defaults, deps]) => ({
    name: 'top',
    defaults,
    dependencies: deps.map(([d, condition], i) => ({
      name: `s${i + 1}`,
      condition,
      tags: ['g'],
      chart: { name: `s${i + 1}`, defaults: d },
    })),
  }));

/** Freezes every map and list of `v`: coalescing must not change its inputs. */
function freeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) freeze(x);
  }
  return v;
}

function freezeChart(c: ChartValuesNode): ChartValuesNode {
  freeze(c.defaults);
  for (const d of c.dependencies ?? []) freezeChart(d.chart);
  return c;
}

/** A copy of a chart tree with fresh defaults: the reference and the port get equal inputs, not the same ones. */
function cloneChart(c: ChartValuesNode): ChartValuesNode {
  return {
    name: c.name,
    defaults: deepCopy(c.defaults),
    dependencies: c.dependencies?.map((d) => ({ ...d, chart: cloneChart(d.chart) })),
  };
}

/** The values as text: key order, float64 and int64 apart, -0 apart. */
function show(v: GoValue | undefined): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (Array.isArray(v)) return `[${v.map(show).join(',')}]`;
  if (isMap(v)) {
    if (Object.getPrototypeOf(v) !== null) return 'NOT A GO MAP';
    return `{${Object.keys(v)
      .map((k) => `${JSON.stringify(k)}:${show(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The places that share a map or list, as groups of paths (what a `set` through one place would show at). */
function sharing(v: GoValue): string[][] {
  const paths = new Map<object, string[]>();
  const walk = (x: GoValue, path: string): void => {
    if (typeof x !== 'object' || x === null) return;
    const seen = paths.get(x);
    if (seen !== undefined) {
      seen.push(path);
      return;
    }
    paths.set(x, [path]);
    if (Array.isArray(x)) x.forEach((y, i) => walk(y, `${path}[${i}]`));
    else for (const k of Object.keys(x)) walk(x[k], `${path}.${JSON.stringify(k)}`);
  };
  walk(v, '');
  return [...paths.values()].filter((p) => p.length > 1);
}

function outcome<T>(f: (warn: (w: string) => void) => T): { result?: T; error?: string; warnings: string[] } {
  const warnings: string[] = [];
  try {
    return { result: f((w) => warnings.push(w)), warnings };
  } catch (e) {
    if (e instanceof TypeError) throw e; // a frozen input was changed
    return { error: (e as Error).message, warnings };
  }
}

/**
 * computeValues of a frozen chart and user values against the reference port: error, warnings,
 * values, sharing, enabled. Returns both results when the reference computed values.
 */
function agreesWithReference(chart: ChartValuesNode, user: GoMap) {
  const want = outcome((warn) => refComputeValues(cloneChart(chart), deepCopy(user), warn));
  const got = outcome((warn) => computeValues(freezeChart(cloneChart(chart)), freeze(deepCopy(user)), warn));
  expect(got.error).toEqual(want.error);
  expect(got.warnings).toEqual(want.warnings);
  if (want.result === undefined) return undefined;
  expect(show(got.result!.values)).toEqual(show(want.result.values));
  expect(sharing(got.result!.values)).toEqual(sharing(want.result.values));
  expect([...got.result!.enabled]).toEqual([...want.result.enabled]);
  return { got: got.result!, want: want.result };
}

describe('copy-on-write coalescing against the copying port', () => {
  it('computeValues: values, sharing, warnings, dependencies, errors', () => {
    let sharedSome = 0;
    fc.assert(
      fc.property(chartNode, valuesMap, (chart, user) => {
        const agreed = agreesWithReference(chart, user);
        if (agreed === undefined) return;
        const { got, want } = agreed;
        // The copy kept between renders shares exactly where the result does, and nothing with the inputs.
        const kept = copyKeepingShares(got.values);
        expect(show(kept)).toEqual(show(want.values));
        expect(sharing(kept)).toEqual(sharing(want.values));
        expect(Object.isFrozen(kept)).toBe(false);
        if (sharing(want.values).length > 0) sharedSome++;
      }),
      { seed: 20250601, numRuns: 3000 },
    );
    // The generator reaches Helm's sharing of globals.
    expect(sharedSome).toBeGreaterThan(20);
  });

  it('computeValues over a chart prepared once: each call as the copying port, merged defaults and warnings reused', () => {
    let reused = 0;
    fc.assert(
      fc.property(chartNode, fc.array(valuesMap, { minLength: 2, maxLength: 5 }), (chart, users) => {
        const prepared = prepareChart(freezeChart(cloneChart(chart)));
        for (const user of users) {
          const before = prepared.imports.size;
          const want = outcome((warn) => refComputeValues(cloneChart(chart), deepCopy(user), warn));
          const got = outcome((warn) => computeValues(prepared, freeze(deepCopy(user)), warn));
          expect(got.error).toEqual(want.error);
          expect(got.warnings).toEqual(want.warnings);
          if (want.result === undefined) continue;
          if (prepared.imports.size === before) reused++;
          // The merged defaults are kept for later calls: nothing may change them (a change throws here).
          for (const imported of prepared.imports.values()) imported.values.forEach((v) => freeze(v));
          expect(show(got.result!.values)).toEqual(show(want.result.values));
          expect(sharing(got.result!.values)).toEqual(sharing(want.result.values));
          expect([...got.result!.enabled]).toEqual([...want.result.enabled]);
        }
      }),
      { seed: 20261207, numRuns: 1000 },
    );
    // Later calls with the same dependencies enabled take the merged defaults made by an earlier one.
    expect(reused).toBeGreaterThan(500);
  });

  it('computeValues over a prepared chart while templates run: the same values, nothing kept', () => {
    fc.assert(
      fc.property(chartNode, valuesMap, (chart, user) => {
        const prepared = prepareChart(freezeChart(cloneChart(chart)));
        prepared.templatesRunning = 1;
        const want = outcome((warn) => refComputeValues(cloneChart(chart), deepCopy(user), warn));
        const got = outcome((warn) => computeValues(prepared, freeze(deepCopy(user)), warn));
        expect(got.error).toEqual(want.error);
        expect(got.warnings).toEqual(want.warnings);
        if (want.result !== undefined) expect(show(got.result!.values)).toEqual(show(want.result.values));
        expect(prepared.imports.size).toBe(0);
      }),
      { seed: 20261208, numRuns: 500 },
    );
  });

  it('computeValues with deep globals in charts and user values', () => {
    fc.assert(
      fc.property(globalChart, withGlobal, (c, u) => void agreesWithReference(c, u)),
      { seed: 20250604, numRuns: 3000 },
    );
  });

  it('computeValues with deep globals and conditions, dependencies without dependencies', () => {
    fc.assert(
      fc.property(leafGlobalChart, withGlobal, (c, u) => void agreesWithReference(c, u)),
      { seed: 20261209, numRuns: 3000 },
    );
  });

  it('coalesceValues and mergeChartValues: a result that shares nothing with the inputs', () => {
    const toCoalesce = (n: ChartValuesNode): CoalesceChart => ({
      name: n.name,
      values: n.defaults,
      dependencies: (n.dependencies ?? []).map((d) => ({ ...toCoalesce(d.chart), name: d.name })),
    });
    fc.assert(
      fc.property(chartNode, fc.option(valuesMap, { nil: null }), fc.boolean(), (chart, vals, merge) => {
        const ref = merge ? refMergeChartValues : refCoalesceValues;
        const port = merge ? mergeChartValues : coalesceValues;
        const want = outcome((warn) => ref(toCoalesce(cloneChart(chart)), vals === null ? null : deepCopy(vals), warn));
        const got = outcome((warn) =>
          port(toCoalesce(freezeChart(cloneChart(chart))), vals === null ? null : freeze(deepCopy(vals)), warn),
        );
        expect(got.error).toEqual(want.error);
        expect(got.warnings).toEqual(want.warnings);
        if (want.result === undefined) return;
        expect(show(got.result)).toEqual(show(want.result));
        expect(sharing(got.result!)).toEqual(sharing(want.result));
        const frozen: unknown[] = [];
        const walk = (x: GoValue): void => {
          if (typeof x !== 'object' || x === null) return;
          if (Object.isFrozen(x)) frozen.push(x);
          Object.values(x).forEach(walk);
        };
        walk(got.result!);
        expect(frozen).toEqual([]);
      }),
      { seed: 20250602, numRuns: 1500 },
    );
  });

  it('coalesceTables and mergeTables change dst in place, as Helm', () => {
    fc.assert(
      fc.property(valuesMap, valuesMap, fc.boolean(), (dst, src, merge) => {
        const wantDst = deepCopy(dst);
        const want = outcome((warn) => (merge ? refMergeTables : refCoalesceTables)(wantDst, deepCopy(src), warn));
        const gotDst = deepCopy(dst);
        const inner = Object.values(gotDst).filter(isMap);
        const got = outcome((warn) => (merge ? mergeTables : coalesceTables)(gotDst, freeze(deepCopy(src)), warn));
        expect(got.warnings).toEqual(want.warnings);
        expect(got.result).toBe(gotDst);
        expect(show(gotDst)).toEqual(show(wantDst));
        // The tables inside dst are changed where they are (Helm's maps are references), not replaced.
        for (const m of inner) expect(Object.values(gotDst)).toContain(m);
      }),
      { seed: 20250603, numRuns: 1500 },
    );
  });
});

describe('processDependencyEnabled builds only what it reads', () => {
  // Helm's copies of the globals share their tables below the first level with the parent's: a dependency's
  // defaults merged into its globals change the parent's, which a later dependency's condition reads.
  it.each([
    ['the parent global changed through a dependency', 'global.g.h.g', 1],
    ['a table of the parent', 'g.h', 1],
    ['a table of the parent, not there', 'g.h.g', 0],
    ['a dependency table', 's1.global.g.h.g', 1],
  ])('%s (condition %s)', (_, condition, warnings) => {
    const chart = (): ChartValuesNode => ({
      name: 'top',
      defaults: toGoValue({ global: { g: { h: {} } }, g: { h: 'x' } }) as GoMap,
      dependencies: [
        { name: 's1', chart: { name: 's1', defaults: toGoValue({ global: { g: { h: { g: 1 } } } }) as GoMap } },
        { name: 's2', condition, chart: { name: 's2', defaults: newMap() } },
      ],
    });
    const want = outcome((warn) => refComputeValues(chart(), newMap(), warn));
    const got = outcome((warn) => computeValues(freezeChart(chart()), newMap(), warn));
    expect(got.warnings).toEqual(want.warnings);
    expect(got.warnings.length).toBe(warnings);
    expect(show(got.result!.values)).toEqual(show(want.result!.values));
  });
});

describe('computeValues results share tables with the inputs only where nothing changed them', () => {
  it('uses an untouched default table as it is and copies a changed one', () => {
    const defaults = freeze(toGoValue({ keep: { a: 1 }, change: { a: 1 }, sub: { x: 1 } }) as GoMap);
    const subDefaults = freeze(toGoValue({ y: { n: null, v: 1 }, z: { v: 1 } }) as GoMap);
    const chart: ChartValuesNode = {
      name: 'top',
      defaults,
      dependencies: [{ name: 'sub', chart: { name: 'sub', defaults: subDefaults } }],
    };
    const { values } = computeValues(chart, freeze(toGoValue({ change: { b: 2 } }) as GoMap), () => {});
    expect(values.keep).toBe(defaults.keep);
    expect(values.change).not.toBe(defaults.change);
    expect(show(values.change)).toBe('{"b":2,"a":1}');
    const sub = values.sub as GoMap;
    // The subchart's own pass drops nulls: a table holding one is copied, one without is used as it is.
    expect(sub.z).toBe(subDefaults.z);
    expect(show(sub.y)).toBe('{"v":1}');
  });

  it('makes the copy of a default table without its nulls once per prepared chart', () => {
    const subDefaults = freeze(toGoValue({ y: { n: null, v: { w: null } }, z: { v: 1 } }) as GoMap);
    const prepared = prepareChart({
      name: 'top',
      defaults: freeze(toGoValue({ a: 1 }) as GoMap),
      dependencies: [{ name: 'sub', chart: { name: 'sub', defaults: subDefaults } }],
    });
    const first = computeValues(prepared, newMap(), () => {}).values.sub as GoMap;
    const second = computeValues(prepared, freeze(toGoValue({ sub: { z: { u: 2 } } }) as GoMap), () => {}).values
      .sub as GoMap;
    expect(show(first.y)).toBe('{"v":{}}');
    expect(second.y).toBe(first.y);
    expect(show(second.z)).toBe('{"u":2,"v":1}');
  });

  it('coalesces a dependency that the user values leave alone once per prepared chart, warnings printed each time', () => {
    const chart = (): ChartValuesNode => ({
      name: 'top',
      defaults: freeze(toGoValue({ sub: { t: { a: 1 } } }) as GoMap),
      dependencies: [
        { name: 'sub', chart: { name: 'sub', defaults: freeze(toGoValue({ t: 'x', n: null }) as GoMap) } },
      ],
    });
    const prepared = prepareChart(chart());
    const run = (user: object) => {
      const want = outcome((warn) => refComputeValues(chart(), toGoValue(user) as GoMap, warn));
      const got = outcome((warn) => computeValues(prepared, freeze(toGoValue(user) as GoMap), warn));
      expect(got.warnings).toEqual(want.warnings);
      expect(show(got.result!.values)).toEqual(show(want.result!.values));
      return got;
    };
    const first = run({});
    const second = run({ other: 1 });
    const given = run({ sub: { u: 1 } });
    expect(first.warnings).toContain('coalesce.go:237: warning: skipped value for top.sub.t: Not a table.');
    expect(second.result!.values.sub).toBe(first.result!.values.sub);
    expect(given.result!.values.sub).not.toBe(first.result!.values.sub);
  });
});
