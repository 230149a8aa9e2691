import { describe, expect, it } from 'vitest';
import { getKey, mutationWatch, toGoValue, type GoMap } from '@polyaxon-render/values';
import { withRenderScope } from './render-scope.js';
import { memoRender, type MemoTable } from './memo.js';
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
    withRenderScope(() => memoRender(table, 'det', values, t), 'f1');
    withRenderScope(() => memoRender(table, 'det', values, t), 'f1');
    expect(calls).toBe(1);
    withRenderScope(() => memoRender(table, 'det', values, t), 'f2');
    expect(calls).toBe(2);
  });

  it('renders again a template that drew random values', () => {
    const random = seededRandom(7);
    const t = () => randAlphaNum(random, 8n);
    const a = withRenderScope(() => memoRender(table, 'rand', values, t));
    const b = withRenderScope(() => memoRender(table, 'rand', values, t));
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
        texts.push(memoRender(table, 'reader', values, reader));
        memoRender(table, 'other', values, other);
        expect(memoRender(table, 'lister', values, lister)).toBe('true');
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
    const t = () => (outer++, `[${memoRender(table, 'inner', values, inner)}]`);
    for (let i = 0; i < 2; i++) {
      withRenderScope(() => {
        set(values, 'secret', randAlphaNum(random, 8n));
        memoRender(table, 'inner', values, inner); // now cached? no: it read the changed key
        memoRender(table, 'outer', values, t);
      });
    }
    expect(outer).toBe(2);
  });
});
