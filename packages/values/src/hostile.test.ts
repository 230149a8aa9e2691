/**
 * Hostile values through the whole values engine: `__proto__`, `constructor` and
 * `prototype` are ordinary keys (as in Go) wherever values come from, nothing
 * reaches Object.prototype, and the limits fail with Helm's words or our own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { coalesceTables, deepCopy } from './coalesce.js';
import { computeValues, type ChartValuesNode } from './dependencies.js';
import { RenderError } from './errors.js';
import { getKey, isMap, newMap, toGoValue, type GoMap, type GoValue } from './go-value.js';
import { MAX_VALUES_DEPTH } from './limits.js';
import { loadValuesYaml } from './load-yaml.js';
import { parseSet, parseSetJSON, parseSetLiteral, parseSetString } from './strvals.js';
import { mergeMaps, mergeUserValues, type UserValueOptions } from './user-values.js';
import { plain } from './testing/plain.js';

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Object.prototype as it was before any test ran. */
const pristine = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(pristine);
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Every map in the tree has a null prototype, so no key can be special. */
function nullPrototypes(v: GoValue | undefined): boolean {
  if (Array.isArray(v)) return v.every(nullPrototypes);
  if (isMap(v)) return Object.getPrototypeOf(v) === null && Object.keys(v).every((k) => nullPrototypes(v[k]));
  return true;
}

function own(m: GoMap, ...path: string[]): GoValue | undefined {
  let cur: GoValue | undefined = m;
  for (const k of path) cur = isMap(cur) ? getKey(cur, k) : undefined;
  return cur;
}

function user(opts: UserValueOptions): GoMap | string {
  try {
    return mergeUserValues(opts);
  } catch (e) {
    if (e instanceof RenderError) return e.message;
    throw e;
  }
}

describe.each(PROTO_KEYS)('%s is an ordinary key', (k) => {
  it('in --set, --set-string and --set-literal paths', () => {
    const m = parseSet(`${k}.x=1,a.${k}.b=2,${k}2=3`);
    parseSetString(`s.${k}=v`, m);
    parseSetLiteral(`l.${k}.y={a,b}`, m);
    expect(Object.keys(m)).toEqual([k, 'a', `${k}2`, 's', 'l']);
    expect(own(m, k, 'x')).toBe(1n);
    expect(own(m, 'a', k, 'b')).toBe(2n);
    expect(own(m, 's', k)).toBe('v');
    expect(own(m, 'l', k, 'y')).toBe('{a,b}');
    expect(nullPrototypes(m)).toBe(true);
  });

  it('in --set list items and indexes', () => {
    const m = parseSet(`l[0].${k}=1,${k}[1]=x,${k}[0].${k}[0]=y`);
    expect(own(m, 'l')).toEqual([expect.anything()]);
    expect(own((own(m, 'l') as GoMap[])[0], k)).toBe(1n);
    expect(own(m, k)).toHaveLength(2);
    expect(nullPrototypes(m)).toBe(true);
  });

  it('in --set-json objects and paths', () => {
    const m = parseSetJSON(`a={"${k}":{"x":1},"y":[{"${k}":null}]},${k}.b={"${k}":2}`);
    expect(own(m, 'a', k, 'x')).toBe(1);
    expect(own(m, k, 'b', k)).toBe(2);
    expect(nullPrototypes(m)).toBe(true);
  });

  it('in values files, at any depth and through anchors and merge keys', () => {
    const m = loadValuesYaml(
      `${k}:\n  x: 1\nnn:\n  ${k}: {${k}: [${k}]}\nbase: &b\n  ${k}: anchored\nm:\n  <<: *b\n  own: 2\nq:\n  "${k}": 3\n  ? ${k}x\n  : 4\nl:\n- *b\n- {<<: *b, ${k}: over}\n`,
      'v.yaml',
    );
    expect(own(m, k, 'x')).toBe(1);
    expect(own(m, 'nn', k, k)).toEqual([k]);
    expect(own(m, 'm', k)).toBe('anchored');
    expect(own(m, 'q', k)).toBe(3);
    expect(own((own(m, 'l') as GoMap[])[1], k)).toBe('over');
    expect(nullPrototypes(m)).toBe(true);
  });

  it('through merging, copying and coalescing', () => {
    const files = [
      loadValuesYaml(`${k}:\n  a: 1\nt:\n  ${k}: {x: 1}\n`, 'a.yaml'),
      loadValuesYaml(`${k}:\n  b: 2\nt:\n  ${k}: {w: 2}\n`, 'b.yaml'),
    ];
    const m = mergeUserValues({ files, set: [`t.${k}.z=3,${k}.c=null`] });
    expect(plain(own(m, k) as GoMap)).toEqual({ a: 1, b: 2, c: null });
    expect(plain(own(m, 't', k) as GoMap)).toEqual({ x: 1, w: 2, z: 3n });
    expect(nullPrototypes(mergeMaps(m, deepCopy(m)))).toBe(true);
    const dst = deepCopy(m);
    coalesceTables(dst, toGoValue(JSON.parse(`{"${k}":{"d":4}}`)) as GoMap, () => {});
    expect(own(dst, k, 'd')).toBe(4);
    // A user null deletes the key, own property only.
    expect(
      plain(
        coalesceTables(
          toGoValue(JSON.parse(`{"${k}":null}`)) as GoMap,
          toGoValue(JSON.parse(`{"${k}":1}`)) as GoMap,
          () => {},
        ),
      ),
    ).toEqual({});
  });

  it('as a subchart table, a global and a tag', () => {
    const chart: ChartValuesNode = {
      name: 'p',
      defaults: toGoValue(JSON.parse(`{"sub":{"a":1},"global":{"g":1},"tags":{"t":true}}`)) as GoMap,
      dependencies: [
        {
          name: 'sub',
          tags: [k],
          condition: `sub.${k}`,
          chart: { name: 'sub', defaults: toGoValue({ b: 2 }) as GoMap },
        },
      ],
    };
    const userValues = toGoValue(
      JSON.parse(`{"${k}":{"x":1},"global":{"${k}":{"y":2}},"tags":{"${k}":false},"sub":{"${k}":true}}`),
    ) as GoMap;
    const { values, enabled } = computeValues(chart, userValues, () => {});
    // The condition is the bool at sub.<k>, and it wins over the tag.
    expect(enabled.has('sub')).toBe(true);
    expect(own(values, 'sub', 'global', k, 'y')).toBe(2);
    expect(own(values, k, 'x')).toBe(1);
    expect(nullPrototypes(values)).toBe(true);
  });
});

it('keeps a JSON.parse __proto__ key through toGoValue, and ignores a literal prototype', () => {
  const fromJson = toGoValue(JSON.parse('{"__proto__":{"polluted":"yes"},"a":{"__proto__":[1]}}')) as GoMap;
  expect(Object.keys(fromJson)).toEqual(['__proto__', 'a']);
  expect(own(fromJson, '__proto__', 'polluted')).toBe('yes');
  // An object literal's __proto__ sets its prototype: not a key in JavaScript either.
  expect(Object.keys(toGoValue({ __proto__: { polluted: 1 }, b: 1 }) as GoMap)).toEqual(['b']);
});

describe('--set list indexes (Helm MaxIndex 65536)', () => {
  // Each message is Helm v3.17.3's for the same --set.
  it.each<[string, string]>([
    ['u[65537]=x', 'failed parsing --set data: index of 65537 is greater than maximum supported index of 65536'],
    [
      'u[9223372036854775807]=x',
      'failed parsing --set data: index of 9223372036854775807 is greater than maximum supported index of 65536',
    ],
    [
      'u[9223372036854775808]=x',
      'failed parsing --set data: error parsing index: strconv.Atoi: parsing "9223372036854775808": value out of range',
    ],
    ['u[-9223372036854775808]=x', 'failed parsing --set data: negative -9223372036854775808 index not allowed'],
    ['u[0][-1]=x', 'failed parsing --set data: negative -1 index not allowed'],
    ['u[1][65537]=x', 'failed parsing --set data: index of 65537 is greater than maximum supported index of 65536'],
    ['u[ 1]=x', 'failed parsing --set data: error parsing index: strconv.Atoi: parsing " 1": invalid syntax'],
  ])('%s', (set, want) => expect(user({ set: [set] })).toBe(want));

  it('accepts index 65536 (and +5) and pads with nil', () => {
    const m = user({ set: ['u[65536]=x,v[+5]=y'] }) as GoMap;
    expect(own(m, 'u')).toHaveLength(65537);
    expect((own(m, 'u') as GoValue[])[65536]).toBe('x');
    expect(own(m, 'v')).toHaveLength(6);
  });
});

describe('nesting limits of --set and --set-json', () => {
  const TOO_DEEP = `values nested deeper than ${MAX_VALUES_DEPTH} levels are not supported`;
  const json = (n: number): string => '['.repeat(n) + ']'.repeat(n);

  const stackOrLimit = new RegExp(`(${TOO_DEEP}|values nested too deeply for this thread's stack)`);

  it('accepts --set-json and --set lists deeper than the old limit of 500 (the CLI takes 10000)', () => {
    expect(typeof user({ setJSON: [`u=${json(600)}`] })).toBe('object');
    expect(typeof user({ set: [`u${'[0]'.repeat(600)}=1`] })).toBe('object');
  });

  it("refuses --set lists past 10000 levels, or past this thread's stack, with a limit error (Helm nests them without limit)", () => {
    // 5000 levels: taken, or refused where this thread's stack ends; past 10000 always refused.
    const r = user({ set: [`u${'[0]'.repeat(5000)}=1`] });
    if (typeof r === 'string') expect(r).toMatch(stackOrLimit);
    expect(user({ setString: [`u${'[0]'.repeat(40000)}=1`] })).toMatch(stackOrLimit);
  });

  it("refuses JSON past encoding/json's 10000 levels as Helm does", () => {
    expect(user({ setJSON: [`u=${json(10001)}`] })).toBe(`failed parsing --set-json data u=${json(10001)}`);
    expect(user({ setJSON: [`u=${'['.repeat(30000)}`] })).toBe(`failed parsing --set-json data u=${'['.repeat(30000)}`);
  });

  it('refuses a --set that extends a deep file past the limit, or past the stack', () => {
    const file = loadValuesYaml(`a: ${'['.repeat(400)}${']'.repeat(400)}`, 'v.yaml');
    expect(user({ files: [file], set: [`a${'[0]'.repeat(MAX_VALUES_DEPTH)}=1`] })).toMatch(stackOrLimit);
  });
});

it('leaves Object.prototype alone when hostile values are set', () => {
  const m = newMap();
  parseSet('__proto__.polluted=yes,constructor.prototype.polluted=yes', m);
  parseSetJSON('__proto__={"polluted":"yes"}', m);
  mergeUserValues({ files: [loadValuesYaml('__proto__:\n  polluted: yes\n', 'v.yaml')], set: ['__proto__.x=1'] });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
