import { describe, expect, it } from 'vitest';
import { fillHoles, textWithHoles } from './holes.js';

describe('textWithHoles', () => {
  it('fills the holes in the order they were asked for, each with its argument', () => {
    const t = textWithHoles<number>((hole) => `a ${hole(1)} b ${hole(2)}${hole(3)} c`);
    expect(t).toEqual({ texts: ['a ', ' b ', '', ' c'], holes: [1, 2, 3] });
    const filled: number[] = [];
    expect(fillHoles(t!, (n) => (filled.push(n), 'x'.repeat(n)))).toBe('a x b xxxxx c');
    expect(filled).toEqual([1, 2, 3]);
  });

  it('is a text of one piece without holes', () => {
    expect(
      fillHoles(
        textWithHoles(() => 'plain')!,
        () => '?',
      ),
    ).toBe('plain');
  });

  const refused: [string, (hole: (n: number) => string) => string][] = [
    ['a value that holds a marker', (hole) => `${hole(1)} \u0000hole 1\u0000`],
    ['a value that holds a later marker', (hole) => `\u0000hole 7\u0000 ${hole(1)}`],
    [
      'holes out of order',
      (hole) => {
        const first = hole(1);
        return `${hole(2)} ${first}`;
      },
    ],
    ['a hole left out of the text', (hole) => (hole(1), 'none')],
  ];
  for (const [why, render] of refused) {
    it(`gives up (the caller renders as usual) on ${why}`, () => expect(textWithHoles(render)).toBeUndefined());
  }
});
