import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBytes, getKey, newMap, setKey, sortByBytes, type GoMap } from './go-value.js';

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

describe('getKey', () => {
  const bare = newMap();
  setKey(bare, 'a', 1);
  setKey(bare, 'nil', null);
  setKey(bare, '__proto__', 'p');
  // A caller's map with Object.prototype: inherited members are no keys.
  const plain = { a: 1, nil: null } as unknown as GoMap;
  const withProto = { a: 1 } as unknown as GoMap;
  setKey(withProto, '__proto__', 'p');
  const inherited = Object.create({ b: 2 }) as GoMap;
  inherited.a = 1;
  it.each([
    ['a key of a map without prototype', bare, 'a', 1],
    ['an explicit nil', bare, 'nil', null],
    ['a missing key', bare, 'b', undefined],
    ['__proto__ as an own key', bare, '__proto__', 'p'],
    ['constructor of a map without prototype', bare, 'constructor', undefined],
    ['a key of a plain object', plain, 'a', 1],
    ['an explicit nil of a plain object', plain, 'nil', null],
    ['constructor of a plain object', plain, 'constructor', undefined],
    ['toString of a plain object', plain, 'toString', undefined],
    ['__proto__ of a plain object', plain, '__proto__', undefined],
    ['__proto__ set as an own key of a plain object', withProto, '__proto__', 'p'],
    ['a key of the prototype', inherited, 'b', undefined],
    ['an own key beside a prototype', inherited, 'a', 1],
  ])('%s', (_, m, key, want) => {
    expect(getKey(m, key)).toBe(want);
  });
});
