import { describe, expect, it } from 'vitest';
import { getKey, mutationWatch, toGoValue, type GoMap } from '@polyaxon-render/values';
import { withRenderScope } from './render-scope.js';
import { hole, lastHoles, memoRender, type MemoTable } from './memo.js';
import { testContext } from '../testing/context.js';
import type { RenderContext } from '../context.js';

const ctxOf = (values: GoMap, random = seededRandom(1)): RenderContext => ({
  ...testContext({ noDefaults: true }),
  Values: values,
  random,
});
import { randAlphaNum, set, seededRandom } from './sprig.js';
import { toYaml } from './to-yaml.js';
import { truthy } from './truth.js';

describe('toYaml inside a render scope', () => {
  it('prints a value object once and reuses the text', () => {
    const v = toGoValue({ a: { b: 1 } }) as GoMap;
    withRenderScope(() => {
      const first = toYaml(v);
      (v.a as GoMap).b = 2; // not through `set`: a template cannot do this, so the cached text stays
      expect(toYaml(v)).toBe(first);
    });
  });

  it('prints again after `set` changed the values, and the old text once the render undid it', () => {
    const v = toGoValue({ a: 'x', m: { b: 'y' } }) as GoMap;
    withRenderScope(() => {
      expect(toYaml(v)).toBe('a: x\nm:\n  b: "y"');
      set(v.m, 'b', 'z');
      expect(toYaml(v)).toBe('a: x\nm:\n  b: z');
      expect(toYaml(v.m)).toBe('b: z');
    });
    withRenderScope(() => expect(toYaml(v)).toBe('a: x\nm:\n  b: "y"'));
  });

  it('caches nothing outside a render', () => {
    const v = toGoValue({ a: 'x' }) as GoMap;
    expect(toYaml(v)).toBe('a: x');
    v.a = 'z';
    expect(toYaml(v)).toBe('a: z');
  });
});

describe('set inside a render scope', () => {
  it('is undone when the render ends, restoring values and key order', () => {
    const v = toGoValue({ a: 1, b: 2 }) as GoMap;
    withRenderScope(() => {
      set(v, 'c', 3);
      set(v, 'a', 'changed');
      set(v, 'a', 'again');
      expect(Object.keys(v)).toEqual(['a', 'b', 'c']);
    });
    expect(v).toEqual(toGoValue({ a: 1, b: 2 }));
    expect(Object.keys(v)).toEqual(['a', 'b']);
  });

  it('is undone when the render fails', () => {
    const v = toGoValue({ a: 1 }) as GoMap;
    expect(() =>
      withRenderScope(() => {
        set(v, 'a', 2);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(v.a).toBe(1);
    expect(mutationWatch).toBeNull();
  });

  it('starts the mutation watch only for a write that changes something', () => {
    const v = toGoValue({ a: 'same' }) as GoMap;
    withRenderScope(() => {
      set(v, 'a', 'same');
      expect(mutationWatch).toBeNull();
      set(v, 'a', 'other');
      expect(mutationWatch).not.toBeNull();
    });
    expect(mutationWatch).toBeNull();
  });

  it('persists outside a render (a template called on its own)', () => {
    const v = toGoValue({}) as GoMap;
    set(v, 'a', 1);
    expect(v.a).toBe(1);
  });
});

describe('memoRender', () => {
  const table: MemoTable<string> = new Map();
  const values = toGoValue({ name: 'x', secret: '', list: {} }) as GoMap;

  it('keeps a deterministic render for the next render of the same values and frame', () => {
    let calls = 0;
    const t = () => `${++calls > 0 ? getKey(values, 'name') : ''}`;
    withRenderScope(() => memoRender(table, 'det', ctxOf(values), t), 'f1');
    withRenderScope(() => memoRender(table, 'det', ctxOf(values), t), 'f1');
    expect(calls).toBe(1);
    withRenderScope(() => memoRender(table, 'det', ctxOf(values), t), 'f2');
    expect(calls).toBe(2);
  });

  it('renders again a template that drew random values', () => {
    const random = seededRandom(7);
    const t = () => randAlphaNum(random, 8n);
    const a = withRenderScope(() => memoRender(table, 'rand', ctxOf(values), t));
    const b = withRenderScope(() => memoRender(table, 'rand', ctxOf(values), t));
    expect(a).not.toBe(b);
  });

  it('renders again a template that read a value an earlier `set` changed, but not one that did not', () => {
    const random = seededRandom(9);
    let reads = 0;
    let others = 0;
    const reader = () => (reads++, String(getKey(values, 'secret')));
    const other = () => (others++, String(getKey(values, 'name')));
    const lister = () => String(truthy(getKey(values, 'list')));
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      withRenderScope(() => {
        set(values, 'secret', randAlphaNum(random, 8n));
        set(getKey(values, 'list'), 'k', 'v');
        texts.push(memoRender(table, 'reader', ctxOf(values), reader));
        memoRender(table, 'other', ctxOf(values), other);
        expect(memoRender(table, 'lister', ctxOf(values), lister)).toBe('true');
      });
    }
    expect(reads).toBe(3);
    expect(new Set(texts).size).toBe(3);
    expect(others).toBe(1);
    expect(getKey(values, 'secret')).toBe('');
  });

  it('hands a nested render’s taint on to the template around it', () => {
    const random = seededRandom(3);
    let outer = 0;
    const inner = () => String(getKey(values, 'secret'));
    const t = () => (outer++, `[${memoRender(table, 'inner', ctxOf(values), inner)}]`);
    for (let i = 0; i < 2; i++) {
      withRenderScope(() => {
        set(values, 'secret', randAlphaNum(random, 8n));
        memoRender(table, 'inner', ctxOf(values), inner); // now cached? no: it read the changed key
        memoRender(table, 'outer', ctxOf(values), t);
      });
    }
    expect(outer).toBe(2);
  });
});

describe('holes', () => {
  const values = toGoValue({ name: 'x' }) as GoMap;
  const pw = (c: RenderContext) => `"${randAlphaNum(c.random, 6n)}"`;

  it('keep the text around them and run only the holes, drawing as a full render does', () => {
    const table: MemoTable<string> = new Map();
    let calls = 0;
    const t = (c: RenderContext) => () =>
      `a: ${String(getKey(c.Values, 'name'))}${++calls > 0 ? '' : ''}\npw: ${hole(c, pw)}\nb: ${hole(c, pw)}\n`;
    const first = ctxOf(values, seededRandom(5));
    withRenderScope(() => memoRender(table, 'k', first, t(first)));
    expect(lastHoles?.shape.segments).toEqual(['a: x\npw: ', '\nb: ', '\n']);
    const again = ctxOf(values, seededRandom(6));
    const reused = withRenderScope(() => memoRender(table, 'k', again, t(again)));
    expect(calls).toBe(1);
    const cold = ctxOf(values, seededRandom(6));
    expect(reused).toBe(t(cold)());
    expect(lastHoles?.values).toHaveLength(2);
  });

  it("keep nothing when a hole's text does not reach the output as it is", () => {
    const table: MemoTable<string> = new Map();
    let calls = 0;
    // upper() changes the hole's text: the memo cannot tell where it went, so it keeps nothing.
    const t = (c: RenderContext) => () => (calls++, `a: ${`x ${hole(c, pw)}`.toUpperCase()}`);
    for (let i = 0; i < 2; i++) {
      const c = ctxOf(values, seededRandom(i));
      const text = withRenderScope(() => memoRender(table, 'k', c, t(c)));
      expect(text).toBe(t(ctxOf(values, seededRandom(i)))());
    }
    expect(calls).toBe(4);
    expect(table.has('k')).toBe(false);
  });

  it('keep nothing when holes are printed in another order than they ran', () => {
    const table: MemoTable<string> = new Map();
    const t = (c: RenderContext) => () => {
      const a = hole(c, pw);
      const b = hole(c, pw);
      return `${b} ${a}`;
    };
    const c = ctxOf(values, seededRandom(2));
    expect(withRenderScope(() => memoRender(table, 'k', c, t(c)))).toBe(t(ctxOf(values, seededRandom(2)))());
    expect(table.has('k')).toBe(false);
  });

  it('keep nothing when the template draws outside its holes', () => {
    const table: MemoTable<string> = new Map();
    let calls = 0;
    const t = (c: RenderContext) => () => (calls++, `${randAlphaNum(c.random, 4n)} ${hole(c, pw)}`);
    for (let i = 0; i < 3; i++) {
      const c = ctxOf(values, seededRandom(i));
      expect(withRenderScope(() => memoRender(table, 'k', c, t(c)))).toBe(t(ctxOf(values, seededRandom(i)))());
    }
    expect(calls).toBe(6);
  });

  it('keep nothing when a post-processing step matches across a hole edge', () => {
    const table: MemoTable<string> = new Map();
    const post = (s: string) => s.replaceAll('<no value>', '');
    const edge = () => ' value>';
    const c = ctxOf(values);
    const text = withRenderScope(() => memoRender(table, 'k', c, () => `x <no${hole(c, edge)} y`, post));
    expect(text).toBe('x  y');
    expect(table.has('k')).toBe(false);
  });

  it('run their function directly outside a recording', () => {
    expect(hole(ctxOf(values), () => 'plain')).toBe('plain');
  });
});

describe('memoRender across values objects (read tracking)', () => {
  const shared = toGoValue({ port: 80 }) as GoMap;
  const make = (name: string) => {
    const v = toGoValue({ name, other: 'x' }) as GoMap;
    v.svc = shared;
    return v;
  };

  it('reuses a render whose top-level reads hold the same objects, and only then', () => {
    const table: MemoTable<string> = new Map();
    let calls = 0;
    const t = (v: GoMap) => () => (
      calls++,
      `${String(getKey(getKey(v, 'svc') as GoMap, 'port'))} ${String(getKey(v, 'other'))}`
    );
    const a = make('a');
    const b = make('b'); // differs in `name`, which the template does not read
    withRenderScope(() => memoRender(table, 'k', ctxOf(a), t(a)));
    expect(withRenderScope(() => memoRender(table, 'k', ctxOf(b), t(b)))).toBe('80 x');
    expect(calls).toBe(1);
    const c = make('c');
    c.svc = toGoValue({ port: 80 }) as GoMap; // equal content, another object: not known to be the same
    withRenderScope(() => memoRender(table, 'k', ctxOf(c), t(c)));
    expect(calls).toBe(2);
  });

  it('needs the very same values object after a read of the whole table', () => {
    const table: MemoTable<string> = new Map();
    let calls = 0;
    const t = (v: GoMap) => () => (calls++, `${truthy(v)}`);
    const a = make('a');
    withRenderScope(() => memoRender(table, 'k', ctxOf(a), t(a)));
    const b = make('b');
    withRenderScope(() => memoRender(table, 'k', ctxOf(b), t(b)));
    expect(calls).toBe(2);
  });

  it('counts what an included render read as read by the template around it', () => {
    const table: MemoTable<string> = new Map();
    const inner: MemoTable<string> = new Map();
    let outerCalls = 0;
    const t = (v: GoMap) => () => (
      outerCalls++,
      `[${memoRender(inner, 'i', ctxOf(v), () => String(getKey(v, 'name')))}]`
    );
    const a = make('a');
    expect(withRenderScope(() => memoRender(table, 'k', ctxOf(a), t(a)))).toBe('[a]');
    // The inner render is kept now; the outer one must still see that `name` changed.
    const b = make('b');
    expect(withRenderScope(() => memoRender(table, 'k', ctxOf(b), t(b)))).toBe('[b]');
    expect(outerCalls).toBe(2);
  });
});
