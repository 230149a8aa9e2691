import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBytes, sortByBytes } from './go-value.js';

/** Go's order of two strings: their UTF-8 bytes. */
const utf8Order = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

describe('Go string order', () => {
  const chars = fc.constantFrom(
    'a',
    'B',
    '0',
    '-',
    '.',
    '/',
    'é',
    '\u00ff',
    '\u0100',
    '\uD7FF',
    '\uE000',
    '\uFF21',
    '\uFFFF',
    '\u{10000}',
    '\u{1F600}',
  );
  const str = fc.array(chars, { maxLength: 6 }).map((cs) => cs.join(''));

  it('compareBytes orders as UTF-8 bytes', () => {
    fc.assert(fc.property(str, str, (a, b) => Math.sign(compareBytes(a, b)) === Math.sign(utf8Order(a, b))));
  });

  it('sortByBytes sorts as UTF-8 bytes, with and without characters past U+D7FF', () => {
    fc.assert(
      fc.property(fc.array(str, { maxLength: 20 }), (keys) => {
        expect(sortByBytes([...keys])).toEqual([...keys].sort(utf8Order));
      }),
    );
    expect(sortByBytes(['\u{1F600}', '\uFF21', 'z'])).toEqual(['z', '\uFF21', '\u{1F600}']);
  });
});
