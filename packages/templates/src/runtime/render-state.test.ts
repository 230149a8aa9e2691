import { describe, expect, it } from 'vitest';
import { toGoValue, type GoMap } from '@polyaxon-render/values';
import { countDraws, newRenderState, undoSets } from './render-state.js';
import { randAlphaNum, seededRandom, set } from './sprig.js';

describe('set within a render', () => {
  it('is undone when the render ends, restoring values and key order', () => {
    const v = toGoValue({ a: 1, b: 2 }) as GoMap;
    const state = newRenderState();
    set(v, 'c', 3, state);
    set(v, 'a', 'changed', state);
    set(v, 'a', 'again', state);
    expect(Object.keys(v)).toEqual(['a', 'b', 'c']);
    expect(state.sets).toBe(3);
    undoSets(state);
    expect(v).toEqual(toGoValue({ a: 1, b: 2 }));
    expect(Object.keys(v)).toEqual(['a', 'b']);
  });

  it('counts only writes that change something', () => {
    const v = toGoValue({ a: 'same' }) as GoMap;
    const state = newRenderState();
    set(v, 'a', 'same', state);
    expect(state.sets).toBe(0);
    set(v, 'a', 'other', state);
    expect(state.sets).toBe(1);
  });

  it('persists without a render state (a template called on its own)', () => {
    const v = toGoValue({}) as GoMap;
    set(v, 'a', 1);
    expect(v.a).toBe(1);
  });
});

describe('countDraws', () => {
  it('counts every draw and draws what the source draws', () => {
    const state = newRenderState();
    const counted = countDraws(seededRandom(7), state);
    const plain = seededRandom(7);
    expect([randAlphaNum(counted, 5n), randAlphaNum(counted, 9n)]).toEqual([
      randAlphaNum(plain, 5n),
      randAlphaNum(plain, 9n),
    ]);
    expect(state.draws).toBe(2);
  });
});
