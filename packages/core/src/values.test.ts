import { describe, expect, it } from 'vitest';
import { toGoValue, type GoMap } from '@polyaxon-render/values';
import { runtime } from '@polyaxon-render/templates';
import { render } from './render.js';
import { computeReleaseValues, releaseValues, valuesKey } from './values.js';

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
  it('gives every render of the same values the same objects (the memo keys on them) and replays Helm warnings', () => {
    const a = compute();
    const b = compute();
    expect(a.warnings.length).toBeGreaterThan(0);
    expect(b.warnings).toEqual(a.warnings);
    expect(b.values).toBe(a.values);
  });

  it('computes new objects for other values', () => {
    const a = compute();
    const other = computeReleaseValues(
      undefined,
      { set: ['postgresql.imageTag.a=2'] },
      () => {},
      () => {},
    );
    expect(other.values).not.toBe(a.values);
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

describe('releaseValues (render(values) → coalesced values)', () => {
  const run = (raw: unknown, input = {}) => {
    let reads = 0;
    const toBase = (v: unknown) => {
      reads++;
      return v === undefined ? undefined : (toGoValue(v) as GoMap);
    };
    const r = releaseValues(
      raw,
      toBase,
      input,
      () => {},
      () => {},
    );
    return { ...r, reads };
  };

  it('reads and merges nothing for the same data as a recent render', () => {
    const a = run({ api: { replicas: 3 }, ingress: { annotations: { x: 'y' } } });
    const b = run({ api: { replicas: 3 }, ingress: { annotations: { x: 'y' } } });
    expect(a.reads).toBe(1);
    expect(b.reads).toBe(0);
    expect(b.values).toBe(a.values);
  });

  it('sees a change anywhere in the data, and float64 apart from int64', () => {
    const data = { api: { replicas: 3 }, list: [1, 'a', null] };
    const a = run(data);
    data.list.push(2);
    const b = run(data);
    expect(b.reads).toBe(1);
    expect(b.values).not.toBe(a.values);
    expect(run({ api: { replicas: 3n } }).values).not.toBe(run({ api: { replicas: 3 } }).values);
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
    const input = { onUserValues: () => {} };
    run({ z: 1 }, input);
    expect(run({ z: 1 }, input).reads).toBe(1);
  });
});

describe('coalesced values share unchanged tables with the last ones', () => {
  const tb = (v: unknown) => (v === undefined ? undefined : (toGoValue(v) as GoMap));
  const get = (raw: unknown) =>
    releaseValues(
      raw,
      tb,
      {},
      () => {},
      () => {},
    ).values;

  it('keeps the objects of tables whose content did not change, and only those', () => {
    const a = get({ api: { replicas: 101 } });
    const b = get({ api: { replicas: 102 } });
    expect(b).not.toBe(a);
    expect(b.api).not.toBe(a.api);
    expect(b.redis).toBe(a.redis);
    expect(b.nodeSelector).toBe(a.nodeSelector);
    expect(b.types).toBe(a.types);
    expect(b).toEqual({ ...a, api: b.api });
  });

  it('never makes two tables of one tree the same object', () => {
    const v = get({ api: { replicas: 103 }, extraA: { k: {} }, extraB: { k: {} } });
    expect(v.extraA).toEqual(v.extraB);
    expect(v.extraA).not.toBe(v.extraB);
    const again = get({ api: { replicas: 104 }, extraA: { k: {} }, extraB: { k: {} } });
    expect(again.extraA).toBe(v.extraA);
    expect(again.extraB).toBe(v.extraB);
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
  const keepOff = <T>(f: () => T): T => {
    runtime.setKeepBetweenRenders(false);
    try {
      return f();
    } finally {
      runtime.setKeepBetweenRenders(true);
    }
  };

  it('with nothing kept between renders, uses the tables of the chart defaults that nothing changed as they are', () => {
    const [a, b] = keepOff(() => [get({ api: { replicas: 201 } }), get({ api: { replicas: 202 } })]);
    expect(b).not.toBe(a);
    expect(b.api).not.toBe(a.api);
    expect(b.types).toBe(a.types);
    expect(b.affinity).toBe(a.affinity);
    // A subchart's table always changes (its `global`), so each render has its own.
    expect(b.redis).not.toBe(a.redis);
  });

  it('keeps a copy of its own, so interning never touches the chart defaults', () => {
    const shared = keepOff(() => get({ api: { replicas: 203 } }));
    const kept = get({ api: { replicas: 204 } });
    expect(kept.types).toEqual(shared.types);
    expect(kept.types).not.toBe(shared.types);
  });

  it('renders the same with and without keeping, again and again', () => {
    const values = { api: { replicas: 2 }, rbac: { enabled: false }, 'rabbitmq-ha': { rabbitmqPassword: null } };
    const kept = render(values, { seed: 7 });
    const once = keepOff(() => [render(values, { seed: 7 }), render({}, { seed: 7 }), render(values, { seed: 7 })]);
    expect(once[0]).toBe(kept);
    expect(once[2]).toBe(kept);
    expect(once[1]).toBe(render({}, { seed: 7 }));
  });
});
