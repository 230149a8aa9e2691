import { describe, expect, it } from 'vitest';
import { getKey, toGoValue, type GoMap } from '@polyaxon-render/values';
import type { RenderContext } from '../context.js';
import { includeFile } from './include.js';
import { withRenderScope } from './render-scope.js';
import { randAlphaNum, set } from './sprig.js';
import { testContext } from '../testing/context.js';

const ctx = () => testContext({ noDefaults: true });

describe('includeFile', () => {
  it('renders a deterministic file once, within a render and in the next render of the same values', () => {
    let calls = 0;
    const cm = () => `n: ${++calls > 0 ? 'x' : ''}`;
    const c = ctx();
    withRenderScope(() => expect(includeFile(c, cm)).toBe(includeFile(c, cm)));
    withRenderScope(() => includeFile(c, cm));
    expect(calls).toBe(1);
  });

  it('renders again for other values or another frame', () => {
    let calls = 0;
    const cm = (x: RenderContext) => `n: ${++calls} ${String(getKey(x.Values, 'a'))}`;
    const c = ctx();
    withRenderScope(() => includeFile(c, cm), 'a');
    withRenderScope(() => includeFile(c, cm), 'b');
    withRenderScope(() => includeFile({ ...c, Values: toGoValue({ a: 1 }) as GoMap }, cm), 'b');
    expect(calls).toBe(3);
  });

  it('renders once for every includer, unless the file reads .Template', () => {
    let calls = 0;
    const plain = () => `n: ${++calls}`;
    const c = ctx();
    const other = { ...c, Template: { ...c.Template, Name: 'other.yaml' } };
    withRenderScope(() => [includeFile(c, plain), includeFile(other, plain)]);
    expect(calls).toBe(1);
    let named = 0;
    const byName = (x: RenderContext) => `${++named} ${x.Template.Name}`;
    const texts = withRenderScope(() => [includeFile(c, byName), includeFile(other, byName), includeFile(c, byName)]);
    expect(texts.map((t) => t.split(' ')[1])).toEqual([c.Template.Name, 'other.yaml', c.Template.Name]);
    expect(named).toBe(2);
  });

  it('renders again every time when the file draws random values, as Helm does', () => {
    const c = ctx();
    const secret = (x: RenderContext) => randAlphaNum(x.random, 10n);
    withRenderScope(() => expect(includeFile(c, secret)).not.toBe(includeFile(c, secret)));
  });

  it('renders again after a template changed the values with set, and undoes the set after the render', () => {
    const c = ctx();
    const show = (x: RenderContext) => String(x.Values.a ?? 'none');
    withRenderScope(() => {
      expect(includeFile(c, show)).toBe('none');
      set(c.Values, 'a', 'b');
      expect(includeFile(c, show)).toBe('b');
    });
    expect(c.Values.a).toBeUndefined();
    withRenderScope(() => expect(includeFile(c, show)).toBe('none'));
  });

  it('never caches outside a render', () => {
    let calls = 0;
    const f = () => String(++calls);
    const c = ctx();
    expect(includeFile(c, f)).toBe('1');
    expect(includeFile(c, f)).toBe('2');
  });
});
