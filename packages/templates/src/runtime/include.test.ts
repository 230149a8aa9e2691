import { describe, expect, it } from 'vitest';
import { getKey, toGoValue, type GoMap } from '@polyaxon-render/values';
import type { RenderContext } from '../context.js';
import { includeFile, includedText, includeSha256 } from './include.js';
import { countDraws, newRenderState } from './render-state.js';
import { randAlphaNum, set, sha256sum } from './sprig.js';
import { testContext } from '../testing/context.js';

/** A context as the engine makes it for one render. */
const inRender = (): RenderContext => {
  const c = testContext({ noDefaults: true });
  const state = newRenderState();
  return { ...c, random: countDraws(c.random, state), state };
};

describe('includeFile', () => {
  it('renders a deterministic file once per render, for every includer', () => {
    let calls = 0;
    const cm = () => `n: ${++calls}`;
    const c = inRender();
    const other = { ...c, Template: { ...c.Template, Name: 'other.yaml' } };
    expect(includeFile(c, 'x.yaml', cm)).toBe(includeFile(other, 'x.yaml', cm));
    expect(calls).toBe(1);
    // Another render renders it again: nothing outlives a render.
    includeFile(inRender(), 'x.yaml', cm);
    expect(calls).toBe(2);
  });

  it('renders again for other values', () => {
    let calls = 0;
    const cm = (x: RenderContext) => `n: ${++calls} ${String(getKey(x.Values, 'a'))}`;
    const c = inRender();
    includeFile(c, 'x.yaml', cm);
    expect(includeFile({ ...c, Values: toGoValue({ a: 1 }) as GoMap }, 'x.yaml', cm)).toBe('n: 2 1');
  });

  it('renders again every time for a file that reads .Template', () => {
    const byName = (x: RenderContext) => x.Template.Name;
    const c = inRender();
    const other = { ...c, Template: { ...c.Template, Name: 'other.yaml' } };
    expect([
      includeFile(c, 'x.yaml', byName),
      includeFile(other, 'x.yaml', byName),
      includeFile(c, 'x.yaml', byName),
    ]).toEqual([c.Template.Name, 'other.yaml', c.Template.Name]);
  });

  it('renders again every time when the file draws random values, as Helm does', () => {
    const c = inRender();
    const secret = (x: RenderContext) => randAlphaNum(x.random, 10n);
    expect(includeFile(c, 'x.yaml', secret)).not.toBe(includeFile(c, 'x.yaml', secret));
  });

  it('renders again after a template changed the values with set', () => {
    const c = inRender();
    const show = (x: RenderContext) => String(x.Values.a ?? 'none');
    expect(includeFile(c, 'x.yaml', show)).toBe('none');
    set(c.Values, 'a', 'b', c.state);
    expect(includeFile(c, 'x.yaml', show)).toBe('b');
  });

  it('renders every time outside a render (no render state)', () => {
    let calls = 0;
    const f = () => String(++calls);
    const c = testContext({ noDefaults: true });
    expect(includeFile(c, 'x.yaml', f)).toBe('1');
    expect(includeFile(c, 'x.yaml', f)).toBe('2');
  });
});

describe('includeSha256', () => {
  it('hashes the included text', () => {
    const c = inRender();
    const cm = () => 'kind: ConfigMap\n';
    expect(includeSha256(c, 'x.yaml', cm)).toBe(sha256sum('kind: ConfigMap\n'));
    expect(includeSha256(c, 'x.yaml', cm)).toBe(sha256sum('kind: ConfigMap\n'));
    const secret = (x: RenderContext) => randAlphaNum(x.random, 10n);
    expect(includeSha256(c, 'x.yaml', secret)).not.toBe(includeSha256(c, 'x.yaml', secret));
  });
});

describe('includedText (the engine printing a file an earlier template included)', () => {
  it('is the text the include rendered, without rendering it again', () => {
    let calls = 0;
    const cm = (x: RenderContext) => `n: ${++calls} ${String(getKey(x.Values, 'a') ?? 'none')}`;
    const c = inRender();
    expect(includedText(c, cm)).toBeUndefined();
    const text = includeFile(c, 'x.yaml', cm);
    expect(includedText(c, cm)).toBe(text);
    expect(includedText({ ...c, Template: { ...c.Template, Name: 'cm.yaml' } }, cm)).toBe(text);
    expect(calls).toBe(1);
  });

  it('is undefined where a render could print something else', () => {
    const c = inRender();
    const readsName = (x: RenderContext) => x.Template.Name;
    const draws = (x: RenderContext) => randAlphaNum(x.random, 10n);
    const sets = (x: RenderContext) => String(set(x.Values, 'n', Number(x.Values.n ?? 0) + 1, x.state).n);
    const show = (x: RenderContext) => String(getKey(x.Values, 'a') ?? 'none');
    for (const f of [readsName, draws, show, sets]) includeFile(c, 'x.yaml', f);
    // .Template read: the file's own render would print its own name.
    expect(includedText(c, readsName)).toBeUndefined();
    expect(includedText(c, draws)).toBeUndefined();
    expect(includedText(c, sets)).toBeUndefined();
    expect(includedText({ ...c, Values: toGoValue({ a: 1 }) as GoMap }, show)).toBeUndefined();
    // `sets` changed the values after `show` rendered: it could read what changed.
    expect(includedText(c, show)).toBeUndefined();
    expect(includeFile(c, 'x.yaml', show)).toBe('none');
    expect(includedText(c, show)).toBe('none');
    set(c.Values, 'a', 'b', c.state);
    expect(includedText(c, show)).toBeUndefined();
    // Outside a render nothing is kept.
    expect(includedText(testContext({ noDefaults: true }), show)).toBeUndefined();
  });
});
