import { describe, expect, it } from 'vitest';
import { newMap, setKey, toGoValue, type GoValue } from '@polyaxon-render/values';
import { GoJsonError, goJsonMarshal, toJson } from './to-json.js';

describe('toJson (encoding/json.Marshal)', () => {
  const rows: [string, GoValue | undefined, string][] = [
    ['nil', null, 'null'],
    ['missing value', undefined, 'null'],
    ['bools', [true, false], '[true,false]'],
    ['int64', [12n, -9223372036854775808n], '[12,-9223372036854775808]'],
    ['whole float', 1000000, '1000000'],
    ['fraction', 1.5, '1.5'],
    ['negative zero keeps its sign', -0, '-0'],
    ['1e21 switches to exponent form', 1e21, '1e+21'],
    ['1e20 stays fixed', 1e20, '100000000000000000000'],
    ['1e-6 stays fixed', 0.000001, '0.000001'],
    ['below 1e-6: exponent without padding', 1.5e-7, '1.5e-7'],
    ['empty collections', toGoValue({ a: {}, b: [] }), '{"a":{},"b":[]}'],
    ['HTML characters are escaped', '<a href="x">&</a>', '"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"'],
    ['short escapes (Go 1.22+ has \\b and \\f)', '\b\f\n\r\t"\\', '"\\b\\f\\n\\r\\t\\"\\\\"'],
    ['other controls as \\u00XX', '\u0000\u0001\u001f', '"\\u0000\\u0001\\u001f"'],
    ['DEL, NEL and non-ASCII stay raw', '\u007f\u0085é😀\ufeff', '"\u007f\u0085é😀\ufeff"'],
    ['JavaScript line terminators are escaped', 'a\u2028b\u2029', '"a\\u2028b\\u2029"'],
    ['an unpaired surrogate is invalid UTF-8', 'a\ud800b\udc00', '"a\\ufffdb\\ufffd"'],
    ['nested', toGoValue({ l: [1, 'x', null, { k: true }] }), '{"l":[1,"x",null,{"k":true}]}'],
  ];
  for (const [name, v, want] of rows) {
    it(name, () => expect(toJson(v)).toBe(want));
  }

  it('sorts map keys by UTF-8 bytes, not UTF-16 units', () => {
    const m = toGoValue({ b: 1, a: 2, B: 3, _: 4, '1': 5, '10': 6, '2': 7, é: 8, '😀': 9, '\uffff': 10 });
    expect(toJson(m)).toBe('{"1":5,"10":6,"2":7,"B":3,"_":4,"a":2,"b":1,"é":8,"\uffff":10,"😀":9}');
  });

  it('treats __proto__ as an ordinary key', () => {
    const m = newMap();
    setKey(m, '__proto__', 1n);
    expect(toJson(m)).toBe('{"__proto__":1}');
  });

  it('skips map entries that hold undefined (no such key)', () => {
    const m = newMap();
    m.a = 1n;
    (m as Record<string, unknown>).b = undefined;
    expect(toJson(m)).toBe('{"a":1}');
  });

  it('returns "" where json.Marshal fails (NaN, ±Inf), as Helm swallows the error', () => {
    expect(toJson(NaN)).toBe('');
    expect(toJson(toGoValue({ a: [1, Infinity] }))).toBe('');
    expect(() => goJsonMarshal(-Infinity)).toThrow(GoJsonError);
  });
});
