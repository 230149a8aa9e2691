import { describe, expect, it } from 'vitest';
import {
  formatFloatG,
  goQuote,
  goQuoteRunes,
  formatT,
  formatV,
  goTypeName,
  isPrint,
  sprint,
  sprintf,
} from './go-fmt.js';
import { toGoValue } from './go-value.js';

describe('formatFloatG (strconv.FormatFloat(v, g, -1, 64))', () => {
  it.each([
    [0, '0'],
    [-0, '-0'],
    [1, '1'],
    [1.5, '1.5'],
    [100000, '100000'],
    [1000000, '1e+06'],
    [123456789, '1.23456789e+08'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [1e21, '1e+21'],
    [1e100, '1e+100'],
    [-2.5, '-2.5'],
    [9007199254740992, '9.007199254740992e+15'],
    [999999.5, '999999.5'],
    [-0.00012, '-0.00012'],
    [0.000099, '9.9e-05'],
    [NaN, 'NaN'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
  ])('%d -> %s', (v, want) => expect(formatFloatG(v)).toBe(want));
});

describe('formatFloatG 32-bit (YAML float keys)', () => {
  it.each([
    [1.5, '1.5'],
    [0.1, '0.1'],
    [3.14159265358979, '3.1415927'],
    [1e7, '1e+07'],
    [1e39, '+Inf'],
  ])('%d -> %s', (v, want) => expect(formatFloatG(v, 32)).toBe(want));
});

describe('formatV / formatT', () => {
  it('prints maps sorted, lists spaced, nil as <nil>', () => {
    expect(formatV(toGoValue({ b: [1, 'x', null], a: { c: true }, '10': 1, '9': 2 }))).toBe(
      'map[10:1 9:2 a:map[c:true] b:[1 x <nil>]]',
    );
    expect(formatV(5n)).toBe('5');
  });
  it('prints %t like fmt', () => {
    expect(formatT(true)).toBe('true');
    expect(formatT(5n)).toBe('%!t(int64=5)');
    expect(formatT('off')).toBe('%!t(string=off)');
    expect(formatT(null)).toBe('%!t(<nil>)');
    expect(formatT(toGoValue([1, null, 'a']))).toBe('[%!t(float64=1) <nil> %!t(string=a)]');
  });
});

describe('goQuote', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    [' !#[]~', '" !#[]~"'],
    ['"', '"\\""'],
    ['\\', '"\\\\"'],
    ['~\x7f', '"~\\x7f"'],
    ['\x1f ', '"\\x1f "'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['{"a":["b\\\\"]}', '"{\\"a\\":[\\"b\\\\\\\\\\"]}"'],
    ['tab\tnl\n', '"tab\\tnl\\n"'],
    ['\u0001', '"\\x01"'],
    ['héllo 日本', '"héllo 日本"'],
    ['\u00ad', '"\\u00ad"'],
    ['\x7f\u0080', '"\\x7f\\u0080"'],
    ['a\u00a0b', '"a\\u00a0b"'],
    ['\ud800', '"\\ufffd"'],
    ['\u{1F600}\u{E0001}', '"\u{1F600}\\U000e0001"'],
    ['\x07\b\f\r\v', '"\\a\\b\\f\\r\\v"'],
  ])('%j', (s, want) => expect(goQuote(s)).toBe(want));
  it.each([
    [0x20, true],
    [0x7e, true],
    [0x7f, false],
    [0x1f, false],
    [0xe9, true],
    [0xa0, false],
    [0x200b, false],
  ])('isPrint(%d) is %s', (cp, want) => expect(isPrint(cp)).toBe(want));
  it('quotes runes', () => expect(goQuoteRunes(['a', "'"])).toBe("['a' '\\'']"));
});

describe('goTypeName', () => {
  it.each([
    ['nil', null],
    ['bool', true],
    ['float64', 1.5],
    ['int64', 1n],
    ['string', 's'],
    ['[]interface {}', toGoValue([1])],
    ['map[string]interface {}', toGoValue({ a: 1 })],
  ])('%s', (want, v) => expect(goTypeName(v)).toBe(want));
});

describe('sprint / sprintf (fmt.Sprint, fmt.Sprintf; nested cases as Helm printed them through printf)', () => {
  const m = toGoValue({ b: 2, a: 1 });
  it.each([
    ['a1 2b', ['a', 1, 2, 'b']],
    ['<nil> <nil>', [null, null]],
    ['1x2', [1n, 'x', 2n]],
  ])('sprint -> %s', (want, args) => expect(sprint(...(args as never[]))).toBe(want));
  it.each([
    ['a-3-1e+06', '%s-%d-%v', ['a', 3n, 1e6]],
    ['%!d(float64=3)|%!s(float64=1.5)', '%d|%s', [3, 1.5]],
    ['"a\\"b"', '%q', ['a"b']],
    ['true|%!t(string=x)|%!t(<nil>)', '%t|%t|%t', [true, 'x', null]],
    ['[true <nil> %!t(string=x)]', '%t', [toGoValue([true, null, 'x'])]],
    ['[a <nil>]|[1 %!d(float64=1.5)]', '%s|%d', [toGoValue(['a', null]), toGoValue([1n, 1.5])]],
    ['map["a":%!q(float64=1) "b":%!q(float64=2)]', '%q', [m]],
    ['map[%!d(string=a):%!d(float64=1) %!d(string=b):%!d(float64=2)]', '%d', [m]],
    ['<nil>|%!s(<nil>)', '%v|%s', [null, null]],
    ['1 %!s(MISSING)', '%d %s', [1n]],
    ['x%!(EXTRA <nil>, int64=1, float64=1.5)', 'x', [null, 1n, 1.5]],
    ['100%', '100%%', []],
    ['%!(NOVERB)', '%', []],
    ['text a, more text%!(NOVERB)', 'text %s, more text%', ['a']],
    ['ab-%c', '%s%s-%%c', ['a', 'b']],
  ])('%s', (want, format, args) => expect(sprintf(format, ...(args as never[]))).toBe(want));
});
