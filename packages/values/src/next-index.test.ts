import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NextIndex } from './next-index.js';

describe('NextIndex', () => {
  it('answers as indexOf for any order of positions', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ':', ' ', '#', '\n') }),
        fc.constantFrom(':', ' #', '\n'),
        fc.array(fc.nat(40)),
        (text, needle, positions) => {
          const next = new NextIndex(text, needle);
          for (const p of positions) expect(next.at(p)).toBe(text.indexOf(needle, p));
        },
      ),
      { seed: 20261207, numRuns: 2000 },
    );
  });
});
