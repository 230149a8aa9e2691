import { describe, expect, it } from 'vitest';
import { toGoValue, type GoMap } from '@polyaxon-render/values';
import { render } from './render.js';
import { computeReleaseValues, releaseValues, valuesKey, type Coalesced, type ValuesCache } from './values.js';

const input = { set: ['postgresql.imageTag.a=1'] };

function compute(): { values: ReturnType<typeof computeReleaseValues>['values']; warnings: string[] } {
  const warnings: string[] = [];
  const { values } = computeReleaseValues(
    undefined,
    input,
    (m) => warnings.push(m),
    () => {},
  );
  return { values, warnings };
}

describe('computeReleaseValues', () => {
  it('keeps nothing: every call computes new objects and prints Helm warnings again', () => {
    const a = compute();
    const b = compute();
    expect(a.warnings.length).toBeGreaterThan(0);
    expect(b.warnings).toEqual(a.warnings);
    expect(b.values).not.toBe(a.values);
    expect(b.values).toEqual(a.values);
  });

  it('tells a float64 from an int64 of the same value', () => {
    const f = computeReleaseValues(
      undefined,
      { setJson: ['api.replicas=2'] },
      () => {},
      () => {},
    );
    const i = computeReleaseValues(
      undefined,
      { set: ['api.replicas=2'] },
      () => {},
      () => {},
    );
    expect(typeof (f.values.api as Record<string, unknown>).replicas).toBe('number');
    expect(typeof (i.values.api as Record<string, unknown>).replicas).toBe('bigint');
  });
});

describe('releaseValues with a cache (a renderer)', () => {
  const newCache = (): ValuesCache & { keys(): string[] } => {
    const m = new Map<string, Coalesced>();
    return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v), keys: () => [...m.keys()] };
  };
  const run = (raw: unknown, cache: ValuesCache | undefined, input = {}) => {
    let reads = 0;
    const warnings: string[] = [];
    const toBase = (v: unknown) => {
      reads++;
      return v === undefined ? undefined : (toGoValue(v) as GoMap);
    };
    const r = releaseValues(
      raw,
      toBase,
      input,
      (w) => warnings.push(w),
      () => {},
      cache,
    );
    return { ...r, reads, warnings };
  };

  it('reads and merges nothing for the same data as before, and replays the warnings', () => {
    const cache = newCache();
    const data = { api: { replicas: 3 }, postgresql: { imageTag: { a: 1 } } };
    const a = run(data, cache);
    const b = run({ ...data }, cache);
    expect(a.reads).toBe(1);
    expect(b.reads).toBe(0);
    expect(b.values).toBe(a.values);
    expect(a.warnings.length).toBeGreaterThan(0);
    expect(b.warnings).toEqual(a.warnings);
  });

  it('reads again without a cache', () => {
    run({ z: 1 }, undefined);
    expect(run({ z: 1 }, undefined).reads).toBe(1);
  });

  it('sees a change anywhere in the data, and float64 apart from int64', () => {
    const cache = newCache();
    const data = { api: { replicas: 3 }, list: [1, 'a', null] };
    const a = run(data, cache);
    data.list.push(2);
    const b = run(data, cache);
    expect(b.reads).toBe(1);
    expect(b.values).not.toBe(a.values);
    expect(run({ api: { replicas: 3n } }, cache).values).not.toBe(run({ api: { replicas: 3 } }, cache).values);
  });

  it('keys raw data exactly as its Go form', () => {
    const samples: unknown[] = [
      {},
      { a: undefined, b: null, c: [undefined, 1, -0, 0, 2n, 'x', true], d: { e: {} } },
      Object.assign(Object.create(null), { ['__proto__']: 1, constructor: 'x' }),
      JSON.parse('{"__proto__": {"a": 1}}'),
    ];
    for (const s of samples) expect(valuesKey(s)).toBe(valuesKey(toGoValue(s)));
    expect(valuesKey({ d: new Date(0) })).toBeUndefined();
    expect(valuesKey({ f: () => 1 })).toBeUndefined();
  });

  it('is not used with --set-file or a user-values hook', () => {
    const cache = newCache();
    const input = { onUserValues: () => {} };
    run({ z: 1 }, cache, input);
    expect(run({ z: 1 }, cache, input).reads).toBe(1);
    expect(cache.keys()).toEqual([]);
  });
});

describe('coalesced values and the chart defaults (copy-on-write coalescing)', () => {
  const tb = (v: unknown) => (v === undefined ? undefined : (toGoValue(v) as GoMap));
  const get = (raw: unknown) =>
    releaseValues(
      raw,
      tb,
      {},
      () => {},
      () => {},
    ).values;

  it('uses the tables of the chart defaults that nothing changed as they are', () => {
    const [a, b] = [get({ api: { replicas: 201 } }), get({ api: { replicas: 202 } })];
    expect(b).not.toBe(a);
    expect(b.api).not.toBe(a.api);
    expect(b.types).toBe(a.types);
    expect(b.affinity).toBe(a.affinity);
    // A subchart's table that the user values leave alone is coalesced from the defaults alone, once per process;
    // one they change is each render's own.
    expect(b.redis).toBe(a.redis);
    const c = get({ redis: { port: 6380 } });
    expect(c.redis).not.toBe(a.redis);
    expect((c.redis as GoMap).port).toBe(6380);
    expect((a.redis as GoMap).port).toBe(6379);
  });

  it('renders the same again and again (a render leaves the shared tables as they were)', () => {
    const values = { api: { replicas: 2 }, rbac: { enabled: false }, 'rabbitmq-ha': { rabbitmqPassword: null } };
    const first = render(values, { seed: 7 });
    const again = [render(values, { seed: 7 }), render({}, { seed: 7 }), render(values, { seed: 7 })];
    expect(again[0]).toBe(first);
    expect(again[2]).toBe(first);
    expect(again[1]).toBe(render({}, { seed: 7 }));
  });
});
