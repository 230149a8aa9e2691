/**
 * The generated defaults and chart metadata against what Helm v3.17.3 prints for
 * `toJson .Values` and `toJson .Chart` (goldens in fixtures/probe/defaults/, made by update.mjs there).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type GoMap, type GoValue, getKey, isMap, sortedKeys, toGoValue } from '../go-value.js';
import { goMap } from './_literal.js';
import {
  type ChartMetadata,
  chartMetadata,
  dockerRegistryChart,
  dockerRegistryDefaults,
  polyaxonChart,
  polyaxonDefaults,
  polyaxonDependencies,
  postgresqlChart,
  postgresqlDefaults,
  rabbitmqHaChart,
  rabbitmqHaDefaults,
  redisChart,
  redisDefaults,
} from './index.js';

const GOLDEN_DIR = new URL('../../../../fixtures/probe/defaults/', import.meta.url);

function golden(file: string): GoValue {
  return toGoValue(JSON.parse(readFileSync(new URL(file, GOLDEN_DIR), 'utf8')));
}

const SUBCHARTS = [
  { name: 'postgresql', defaults: postgresqlDefaults },
  { name: 'redis', defaults: redisDefaults },
  { name: 'rabbitmq-ha', defaults: rabbitmqHaDefaults },
  { name: 'docker-registry', defaults: dockerRegistryDefaults },
];
const ALL = [{ name: 'polyaxon', defaults: polyaxonDefaults }, ...SUBCHARTS];

/** Every leaf of a value with its path. */
function* leaves(v: GoValue, path = ''): Generator<[string, GoValue]> {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) yield* leaves(v[i], `${path}[${i}]`);
  } else if (isMap(v)) {
    for (const k of Object.keys(v)) yield* leaves(v[k], path ? `${path}.${k}` : k);
  } else {
    yield [path, v];
  }
}

/** Every map in a value. */
function* maps(v: GoValue): Generator<GoMap> {
  if (Array.isArray(v)) for (const x of v) yield* maps(x);
  else if (isMap(v)) {
    yield v;
    for (const k of Object.keys(v)) yield* maps(v[k]);
  }
}

/**
 * `ours` (polyaxon's table for a subchart) as found in Helm's coalesced `.Values.<subchart>`:
 * every non-null leaf is there, lists are taken whole. A null may be gone: Helm's coalesce reads a
 * null that the parent sets over a subchart default as "delete this key" (chartutil coalesceValues).
 */
function expectCoalescedInto(ours: GoValue, helm: GoValue | undefined, path: string): void {
  if (isMap(ours)) {
    expect(isMap(helm), `${path} is a table in Helm's values`).toBe(true);
    for (const k of Object.keys(ours)) expectCoalescedInto(ours[k], getKey(helm as GoMap, k), `${path}.${k}`);
  } else if (ours === null) {
    expect(helm ?? null, path).toBeNull();
  } else {
    expect(helm, path).toStrictEqual(ours);
  }
}

describe('goMap', () => {
  it('takes the prototype off every object of a literal written without __proto__: null, in place', () => {
    const literal = { a: { b: [{ c: 1 }, [{ d: null }]] }, e: [] };
    const m = goMap(literal);
    expect(m).toBe(literal);
    expect([...maps(m)].map((x) => Object.getPrototypeOf(x))).toEqual([null, null, null, null]);
    expect(Array.isArray(getKey(m, 'e'))).toBe(true);
  });

  it('returns a literal written with __proto__: null as it is', () => {
    const literal = { __proto__: null, a: { __proto__: null, b: 1 } };
    expect(goMap(literal)).toBe(literal);
    expect(Object.keys(goMap(literal))).toEqual(['a']);
  });
});

describe('chart defaults', () => {
  it.each(SUBCHARTS)('$name: equal what Helm reads from its values.yaml', ({ name, defaults }) => {
    expect(defaults()).toStrictEqual(golden(`${name}.values.json`));
  });

  it('polyaxon: every key of its values.yaml reads as in Helm', () => {
    const ours = polyaxonDefaults();
    const helm = golden('polyaxon.values.json') as GoMap;
    // The root chart's .Values has exactly its own keys (no `global` added at the top).
    expect(sortedKeys(helm)).toEqual(sortedKeys(ours));
    const subcharts = new Set(SUBCHARTS.map((s) => s.name));
    for (const key of Object.keys(ours)) {
      if (subcharts.has(key)) {
        // Helm's table for a subchart has the subchart's own defaults coalesced in.
        expectCoalescedInto(ours[key], getKey(helm, key), key);
      } else {
        expect(getKey(helm, key), key).toStrictEqual(ours[key]);
      }
    }
  });

  it.each(ALL)('$name: numbers are float64 (JS number), never int64 (bigint)', ({ defaults }) => {
    // JSON cannot tell 1000000.0 from 1000000, so the comparison with Helm cannot check this.
    const numbers = [...leaves(defaults())].filter(([, v]) => typeof v === 'number' || typeof v === 'bigint');
    expect(numbers.length).toBeGreaterThan(0);
    for (const [path, v] of numbers) expect(typeof v, path).toBe('number');
  });

  it.each(ALL)('$name: maps have no prototype, and each call gives a fresh copy', ({ defaults }) => {
    const first = defaults();
    const before = JSON.stringify(first);
    const all = [...maps(first)];
    for (const m of all) expect(Object.getPrototypeOf(m)).toBeNull();
    for (const m of all) for (const k of Object.keys(m)) delete m[k];
    expect(JSON.stringify(defaults())).toBe(before);
  });
});

/**
 * A ChartMetadata as Helm's toJson prints `.Chart`: encoding/json of the engine's
 * struct{chart.Metadata; IsRoot bool}, so JSON tag names and `omitempty` (IsRoot has no tag).
 */
function chartJson(m: ChartMetadata): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (o: Record<string, unknown>, key: string, v: unknown, omitEmpty = true) => {
    const empty = v === '' || v === false || v === null || (Array.isArray(v) && v.length === 0);
    if (!omitEmpty || !empty) o[key] = v;
  };
  put(out, 'name', m.Name);
  put(out, 'home', m.Home);
  put(out, 'sources', m.Sources);
  put(out, 'version', m.Version);
  put(out, 'description', m.Description);
  put(out, 'keywords', m.Keywords);
  put(
    out,
    'maintainers',
    m.Maintainers?.map((x) => {
      const o: Record<string, unknown> = {};
      put(o, 'name', x.Name);
      put(o, 'email', x.Email);
      put(o, 'url', x.URL);
      return o;
    }) ?? null,
  );
  put(out, 'icon', m.Icon);
  put(out, 'apiVersion', m.APIVersion);
  put(out, 'condition', m.Condition);
  put(out, 'tags', m.Tags);
  put(out, 'appVersion', m.AppVersion);
  put(out, 'deprecated', m.Deprecated);
  put(out, 'annotations', m.Annotations && Object.keys(m.Annotations).length > 0 ? m.Annotations : null);
  put(out, 'kubeVersion', m.KubeVersion);
  put(
    out,
    'dependencies',
    m.Dependencies?.map((d) => {
      const o: Record<string, unknown> = {};
      put(o, 'name', d.Name, false);
      put(o, 'version', d.Version);
      put(o, 'repository', d.Repository, false);
      put(o, 'condition', d.Condition);
      put(o, 'tags', d.Tags);
      // Not chart data: Helm's processDependencyEnabled sets it, true for all under the defaults.
      put(o, 'enabled', true);
      put(o, 'import-values', d.ImportValues);
      put(o, 'alias', d.Alias);
      return o;
    }) ?? null,
  );
  put(out, 'type', m.Type);
  out.IsRoot = m.IsRoot;
  return out;
}

describe('chart metadata', () => {
  it.each([
    { name: 'polyaxon', meta: polyaxonChart },
    { name: 'postgresql', meta: postgresqlChart },
    { name: 'redis', meta: redisChart },
    { name: 'rabbitmq-ha', meta: rabbitmqHaChart },
    { name: 'docker-registry', meta: dockerRegistryChart },
  ])('$name: .Chart as Helm prints it', ({ name, meta }) => {
    const helm = JSON.parse(readFileSync(new URL(`${name}.chart.json`, GOLDEN_DIR), 'utf8'));
    expect(chartJson(meta)).toEqual(helm);
    expect(chartMetadata[name]).toBe(meta);
  });

  it('polyaxon lists its dependencies in requirements.yaml order', () => {
    expect(polyaxonChart.Dependencies).toBe(polyaxonDependencies);
    expect(polyaxonDependencies.map((d) => d.Name)).toEqual(['postgresql', 'rabbitmq-ha', 'redis', 'docker-registry']);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(polyaxonChart)).toBe(true);
    expect(Object.isFrozen(polyaxonDependencies[0])).toBe(true);
    expect(Object.isFrozen(redisChart.Maintainers)).toBe(true);
  });
});
