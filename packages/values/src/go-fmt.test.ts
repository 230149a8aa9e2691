import { describe, expect, it } from 'vitest';
import { formatFloatG, goQuote, goQuoteRunes, goSprintT, goSprintV } from './go-fmt.js';
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
    [NaN, 'NaN'],
    [Infinity, '+Inf'],
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

describe('goSprintV / goSprintT', () => {
  it('prints maps sorted, lists spaced, nil as <nil>', () => {
    expect(goSprintV(toGoValue({ b: [1, 'x', null], a: { c: true }, '10': 1, '9': 2 }))).toBe(
      'map[10:1 9:2 a:map[c:true] b:[1 x <nil>]]',
    );
    expect(goSprintV(5n)).toBe('5');
  });
  it('prints %t like fmt', () => {
    expect(goSprintT(true)).toBe('true');
    expect(goSprintT(5n)).toBe('%!t(int64=5)');
    expect(goSprintT('off')).toBe('%!t(string=off)');
    expect(goSprintT(null)).toBe('%!t(<nil>)');
    expect(goSprintT(toGoValue([1, null, 'a']))).toBe('[%!t(float64=1) <nil> %!t(string=a)]');
  });
});

describe('goQuote', () => {
  it.each([
    ['plain', '"plain"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['tab\tnl\n', '"tab\\tnl\\n"'],
    ['\u0001', '"\\x01"'],
    ['héllo 日本', '"héllo 日本"'],
    ['\u00ad', '"\\u00ad"'],
  ])('%j', (s, want) => expect(goQuote(s)).toBe(want));
  it('quotes runes', () => expect(goQuoteRunes(['a', "'"])).toBe("['a' '\\'']"));
});
