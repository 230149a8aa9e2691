import { describe, expect, it } from 'vitest';
import { getKey, toGoValue, type GoMap } from '@polyaxon-render/values';
import type { RenderContext } from '../context.js';
import { includeFile, includedText } from './include.js';
import { hole } from './memo.js';
import { withRenderScope } from './render-scope.js';
import { randAlphaNum, set } from './sprig.js';
import { testContext } from '../testing/context.js';

const ctx = () => testContext({ noDefaults: true });

describe('includeFile', () => {
  it('renders a deterministic file once, within a render and in the next render of the same values', () => {
    let calls = 0;
    const cm = () => `n: ${++calls > 0 ? 'x' : ''}`;
    const c = ctx();
    withRenderScope(() => expect(includeFile(c, 'x.yaml', cm)).toBe(includeFile(c, 'x.yaml', cm)));
    withRenderScope(() => includeFile(c, 'x.yaml', cm));
    expect(calls).toBe(1);
  });

  it('renders again for other values or another frame', () => {
    let calls = 0;
    const cm = (x: RenderContext) => `n: ${++calls} ${String(getKey(x.Values, 'a'))}`;
    const c = ctx();
    withRenderScope(() => includeFile(c, 'x.yaml', cm), 'a');
    withRenderScope(() => includeFile(c, 'x.yaml', cm), 'b');
    withRenderScope(() => includeFile({ ...c, Values: toGoValue({ a: 1 }) as GoMap }, 'x.yaml', cm), 'b');
    expect(calls).toBe(3);
  });

  it('renders once for every includer, unless the file reads .Template', () => {
    let calls = 0;
    const plain = () => `n: ${++calls}`;
    const c = ctx();
    const other = { ...c, Template: { ...c.Template, Name: 'other.yaml' } };
    withRenderScope(() => [includeFile(c, 'x.yaml', plain), includeFile(other, 'x.yaml', plain)]);
    expect(calls).toBe(1);
    let named = 0;
    const byName = (x: RenderContext) => `${++named} ${x.Template.Name}`;
    const texts = withRenderScope(() => [
      includeFile(c, 'x.yaml', byName),
      includeFile(other, 'x.yaml', byName),
      includeFile(c, 'x.yaml', byName),
    ]);
    expect(texts.map((t) => t.split(' ')[1])).toEqual([c.Template.Name, 'other.yaml', c.Template.Name]);
    expect(named).toBe(2);
  });

  it('renders again every time when the file draws random values, as Helm does', () => {
    const c = ctx();
    const secret = (x: RenderContext) => randAlphaNum(x.random, 10n);
    withRenderScope(() => expect(includeFile(c, 'x.yaml', secret)).not.toBe(includeFile(c, 'x.yaml', secret)));
  });

  it('renders again after a template changed the values with set, and undoes the set after the render', () => {
    const c = ctx();
    const show = (x: RenderContext) => String(x.Values.a ?? 'none');
    withRenderScope(() => {
      expect(includeFile(c, 'x.yaml', show)).toBe('none');
      set(c.Values, 'a', 'b');
      expect(includeFile(c, 'x.yaml', show)).toBe('b');
    });
    expect(c.Values.a).toBeUndefined();
    withRenderScope(() => expect(includeFile(c, 'x.yaml', show)).toBe('none'));
  });

  it('never caches outside a render', () => {
    let calls = 0;
    const f = () => String(++calls);
    const c = ctx();
    expect(includeFile(c, 'x.yaml', f)).toBe('1');
    expect(includeFile(c, 'x.yaml', f)).toBe('2');
  });
});

describe('includedText (the engine printing a file an earlier template included)', () => {
  it('is the text the include rendered, without rendering it again', () => {
    let calls = 0;
    const cm = (x: RenderContext) => `n: ${++calls} ${String(getKey(x.Values, 'a') ?? 'none')}`;
    const c = ctx();
    withRenderScope(() => {
      expect(includedText(c, cm)).toBeUndefined();
      const text = includeFile(c, 'x.yaml', cm);
      expect(includedText(c, cm)).toBe(text);
      expect(includedText({ ...c, Template: { ...c.Template, Name: 'cm.yaml' } }, cm)).toBe(text);
    });
    expect(calls).toBe(1);
  });

  it('is undefined where a render could print something else', () => {
    const c = ctx();
    const readsName = (x: RenderContext) => x.Template.Name;
    const draws = (x: RenderContext) => randAlphaNum(x.random, 10n);
    const holed = (x: RenderContext) => `p: ${hole(x, (y) => randAlphaNum(y.random, 10n))}`;
    const show = (x: RenderContext) => String(getKey(x.Values, 'a') ?? 'none');
    withRenderScope(() => {
      for (const f of [readsName, draws, holed, show]) includeFile(c, 'x.yaml', f);
      // .Template read: the file's own render would print its own name.
      expect(includedText(c, readsName)).toBeUndefined();
      expect(includedText(c, draws)).toBeUndefined();
      expect(includedText(c, holed)).toBeUndefined();
      expect(includedText({ ...c, Values: toGoValue({ a: 1 }) as GoMap }, show)).toBeUndefined();
      expect(includedText(c, show)).toBe('none');
      // A set since the include: the file could read what changed.
      set(c.Values, 'a', 'b');
      expect(includedText(c, show)).toBeUndefined();
    });
    // Outside a render nothing is kept.
    expect(includedText(c, show)).toBeUndefined();
  });
});
