import { describe, expect, it } from 'vitest';
import { getKey, toGoValue, type GoMap } from '@polyaxon-render/values';
import type { RenderContext } from '../context.js';
import { indentInclude, keptForRender } from './kept.js';
import { countDraws, newRenderState } from './render-state.js';
import { indent, randAlphaNum, set } from './sprig.js';
import { define } from './template-sites.js';
import { testContext } from '../testing/context.js';

/** A context as the engine makes it for one render. */
const inRender = (): RenderContext => {
  const c = testContext({ noDefaults: true, values: { a: 'x' } });
  const state = newRenderState();
  return { ...c, random: countDraws(c.random, state), state };
};

/** A define that counts its runs and prints `.Values.a` through `read`. */
function counted(read: (ctx: RenderContext) => string = (ctx) => String(getKey(ctx.Values, 'a'))) {
  const runs = { n: 0 };
  const fn = define('t', 'polyaxon/templates/t.tpl', (ctx) => `${++runs.n}:${read(ctx)}`);
  return { fn, runs };
}

describe('a define within one render', () => {
  it('runs once while the values are unchanged, and again in the next render', () => {
    const { fn, runs } = counted();
    const c = inRender();
    expect([fn(c), fn(c), fn({ ...c, Template: { Name: 'other.yaml', BasePath: 'x' } })]).toEqual([
      '1:x',
      '1:x',
      '1:x',
    ]);
    expect(runs.n).toBe(1);
    expect(fn(inRender())).toBe('2:x');
  });

  const rows: [string, (ctx: RenderContext) => string, (ctx: RenderContext) => RenderContext][] = [
    ['after a set', (ctx) => String(getKey(ctx.Values, 'a')), (ctx) => (set(ctx.Values, 'a', 'y', ctx.state), ctx)],
    [
      'for another values table',
      (ctx) => String(getKey(ctx.Values, 'a')),
      (ctx) => ({ ...ctx, Values: toGoValue({ a: 'z' }) as GoMap }),
    ],
    ['for another chart', (ctx) => ctx.Chart.Name, (ctx) => ({ ...ctx, Chart: { ...ctx.Chart, Name: 'redis' } })],
    ['when it drew', (ctx) => randAlphaNum(ctx.random, 3n), (ctx) => ctx],
    [
      'when it read .Template',
      (ctx) => ctx.Template.Name,
      (ctx) => ({ ...ctx, Template: { Name: 'o.yaml', BasePath: 'x' } }),
    ],
  ];
  for (const [when, read, next] of rows) {
    it(`runs again ${when}`, () => {
      const { fn, runs } = counted(read);
      const c = inRender();
      const first = fn(c);
      const again = fn(next(c));
      expect(runs.n).toBe(2);
      expect(again.startsWith('2:')).toBe(true);
      expect(first.startsWith('1:')).toBe(true);
    });
  }

  it('keeps nothing without a render state (a template called on its own)', () => {
    const { fn, runs } = counted();
    const c = testContext({ noDefaults: true });
    fn(c);
    fn(c);
    expect(runs.n).toBe(2);
  });

  it('keeps nothing from a run that failed', () => {
    let runs = 0;
    const c = inRender();
    const fails = () => {
      runs++;
      throw new Error('boom');
    };
    expect(() => keptForRender(c, fails, fails)).toThrow('boom');
    expect(() => keptForRender(c, fails, fails)).toThrow('boom');
    expect(runs).toBe(2);
  });
});

describe('indentInclude (include "x" . | indent n)', () => {
  const lines = (ctx: RenderContext) => `a: ${String(getKey(ctx.Values, 'a'))}\nb:\n  - 1`;

  it('is indent of the define, indented once per n while the define is kept', () => {
    const fn = define('t', 'polyaxon/templates/t.tpl', lines);
    const c = inRender();
    const four = indentInclude(4, fn, c);
    expect(four).toBe(indent(4, lines(c)));
    expect(indentInclude(4, fn, c)).toBe(four);
    const two = indentInclude(2, fn, c);
    expect(two).toBe(indent(2, lines(c)));
    expect(indentInclude(2, fn, c)).toBe(two);
    expect(indentInclude(4, fn, c)).toBe(four);
    const kept = c.state!.kept.get(fn)!;
    expect([kept.indentBy, kept.indented, [...kept.indentedMore!]]).toEqual([4, four, [[2, two]]]);
  });

  it('indents the new text after a set, and a function that is no define as it is', () => {
    const fn = define('t', 'polyaxon/templates/t.tpl', lines);
    const c = inRender();
    indentInclude(4, fn, c);
    set(c.Values, 'a', 'y', c.state);
    expect(indentInclude(4, fn, c)).toBe('    a: y\n    b:\n      - 1');
    expect(indentInclude(2, lines, c)).toBe('  a: y\n  b:\n    - 1');
  });
});
