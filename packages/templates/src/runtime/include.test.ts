import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../context.js';
import { includeFile } from './include.js';
import { randAlphaNum, set } from './sprig.js';
import { testContext } from '../testing/context.js';

const ctx = (withCache: boolean) => testContext({ noDefaults: true, includeCache: withCache ? new Map() : undefined });

describe('includeFile', () => {
  it('renders a deterministic file once per render', () => {
    let calls = 0;
    const cm = () => `n: ${++calls > 0 ? 'x' : ''}`;
    const c = ctx(true);
    expect(includeFile(c, cm)).toBe(includeFile(c, cm));
    expect(calls).toBe(1);
  });

  it('renders again every time when the file draws random values, as Helm does', () => {
    const c = ctx(true);
    const secret = (x: RenderContext) => randAlphaNum(x.random, 10n);
    expect(includeFile(c, secret)).not.toBe(includeFile(c, secret));
  });

  it('renders again after a template changed the values with set', () => {
    const c = ctx(true);
    const show = (x: RenderContext) => String(x.Values.a ?? 'none');
    expect(includeFile(c, show)).toBe('none');
    set(c.Values, 'a', 'b');
    expect(includeFile(c, show)).toBe('b');
  });

  it('never caches without a cache in the context', () => {
    let calls = 0;
    const f = () => String(++calls);
    const c = ctx(false);
    expect(includeFile(c, f)).toBe('1');
    expect(includeFile(c, f)).toBe('2');
  });
});
