import { describe, expect, it } from 'vitest';
import { newMap, toGoValue, type GoMap, type GoValue } from './go-value.js';
import {
  MAX_INDEX,
  MAX_NESTED_NAME_LEVEL,
  parseSet,
  parseSetFile,
  parseSetJSON,
  parseSetLiteral,
  parseSetString,
  setIndex,
  typedVal,
} from './strvals.js';
import { plain } from './testing/plain.js';

type Row = [input: string, expected: unknown | Error];

function check(parse: (s: string) => GoMap, rows: Row[]): void {
  it.each(rows.map(([i, e]) => ({ i, e })))('$i', ({ i, e }) => {
    if (e instanceof Error) {
      expect(() => parse(i)).toThrow(e.message === '' ? undefined : e.message);
    } else {
      expect(plain(parse(i))).toEqual(e);
    }
  });
}

const fails = (message = ''): Error => new Error(message);

describe('setIndex (Helm TestSetIndex)', () => {
  it.each([
    { name: 'short', initial: [0n, 1n], add: 2, want: [0n, 1n, 2n] },
    { name: 'equal', initial: [0n, 1n], add: 1, want: [0n, 2n] },
    { name: 'long', initial: [0n, 1n, 2n, 3n, 4n, 5n], add: 3, want: [0n, 1n, 2n, 2n, 4n, 5n] },
  ])('$name', ({ initial, add, want }) => {
    expect(setIndex(initial, add, 2n)).toEqual(want);
  });
  it('pads with nil', () => expect(setIndex(['a'], 3, 'b')).toEqual(['a', null, null, 'b']));
  it('refuses a negative index', () => expect(() => setIndex([], -1, 1n)).toThrow('negative -1 index not allowed'));
  it('refuses an index past MaxIndex', () =>
    expect(() => setIndex([], MAX_INDEX + 1, 1n)).toThrow(
      `index of ${MAX_INDEX + 1} is greater than maximum supported index of ${MAX_INDEX}`,
    ));
});

describe('typedVal', () => {
  it.each<[string, GoValue]>([
    ['true', true],
    ['TRUE', true],
    ['False', false],
    ['faLſe', false], // strings.EqualFold folds U+017F onto 's'
    ['NULL', null],
    ['0', 0n],
    ['00', '00'],
    ['007', '007'],
    ['-07', -7n],
    ['+5', 5n],
    ['9223372036854775807', 9223372036854775807n],
    ['9223372036854775808', '9223372036854775808'],
    ['1.5', '1.5'],
    ['1e3', '1e3'],
    ['', ''],
    ['yes', 'yes'],
    ['nul\u212a', 'nul\u212a'], // K (Kelvin sign) folds onto 'k', not 'l'
    ['\u212aull', '\u212aull'],
    ['truE', true],
    ['true ', 'true '],
    ['tru', 'tru'],
    ['tru\u{1d41e}', 'tru\u{1d41e}'], // a rune outside the BMP folds onto nothing ASCII
    ['\u0130rue', '\u0130rue'], // İ lowercases to 'i̇' in JavaScript but does not fold in Go
  ])('%s', (input, want) => expect(typedVal(input, false)).toEqual(want));
});

describe('parseSet (Helm TestParseSet)', () => {
  check(parseSet, [
    ['name1=null,f=false,t=true', { name1: null, f: false, t: true }],
    ['name1=value1', { name1: 'value1' }],
    ['name1=value1,name2=value2', { name1: 'value1', name2: 'value2' }],
    ['name1=value1,name2=value2,', { name1: 'value1', name2: 'value2' }],
    ['name1=value1,,,,name2=value2,', fails('key "" has no value (cannot end with ,)')],
    ['name1=,name2=value2', { name1: '', name2: 'value2' }],
    ['leading_zeros=00009', { leading_zeros: '00009' }],
    ['zero_int=0', { zero_int: 0n }],
    ['long_int=1234567890', { long_int: 1234567890n }],
    ['boolean=true', { boolean: true }],
    ['is_null=null', { is_null: null }],
    ['name1,name2=', fails('key "name1" has no value (cannot end with ,)')],
    ['name1,name2=value2', fails('key "name1" has no value (cannot end with ,)')],
    ['name1,name2=value2\\', fails('key "name1" has no value (cannot end with ,)')],
    ['name1,name2', fails('key "name1" has no value (cannot end with ,)')],
    ['name1=one\\,two,name2=three\\,four', { name1: 'one,two', name2: 'three,four' }],
    ['name1=one\\=two,name2=three\\=four', { name1: 'one=two', name2: 'three=four' }],
    ['name1=one two three,name2=three two one', { name1: 'one two three', name2: 'three two one' }],
    ['outer.inner=value', { outer: { inner: 'value' } }],
    ['outer.middle.inner=value', { outer: { middle: { inner: 'value' } } }],
    ['outer.inner1=value,outer.inner2=value2', { outer: { inner1: 'value', inner2: 'value2' } }],
    ['outer.inner1=value,outer.middle.inner=value', { outer: { inner1: 'value', middle: { inner: 'value' } } }],
    ['name1.name2', fails('key "name2" has no value')],
    ['name1.name2,name1.name3', fails('key "name2" has no value (cannot end with ,)')],
    ['name1.name2=', { name1: { name2: '' } }],
    ['name1.=name2', fails('key map "name1" has no value')],
    ['name1.,name2', fails('key "" has no value (cannot end with ,)')],
    ['name1={value1,value2}', { name1: ['value1', 'value2'] }],
    ['name1={value1,value2},name2={value1,value2}', { name1: ['value1', 'value2'], name2: ['value1', 'value2'] }],
    ['name1={1021,902}', { name1: [1021n, 902n] }],
    ['name1.name2={value1,value2}', { name1: { name2: ['value1', 'value2'] } }],
    ['name1={1021,902', fails("list must terminate with '}'")],
    ['name1={}', { name1: [''] }],
    // Lists without a `\\` are split in one piece, others read rune by rune: the same items either way.
    ['name1={a\\,b,c}', { name1: ['a,b', 'c'] }],
    ['name1={a\\}b,c},x=1', { name1: ['a}b', 'c'], x: 1n }],
    ['name1={a,b}c,x=1', fails('key "c" has no value (cannot end with ,)')],
    ['name1={a,,null}x=1', { name1: ['a', '', null], x: 1n }],
    ['name1={a,b},name2={c\\d},name3={}', { name1: ['a', 'b'], name2: ['cd'], name3: [''] }],
    ['name1={a,b,name2=c', fails("list must terminate with '}'")],
    ['name1={a\\}', fails("list must terminate with '}'")],
    [
      `n={${Array.from({ length: 3000 }, (_, i) => i + 1).join(',')}}`,
      { n: Array.from({ length: 3000 }, (_, i) => BigInt(i + 1)) },
    ],
    ['name1={a,}x=1', { name1: ['a', ''], x: 1n }],
    ['a[0].', { a: [] }],
    // lists
    ['list[0]=foo', { list: ['foo'] }],
    ['list[0].foo=bar', { list: [{ foo: 'bar' }] }],
    ['list[0].foo=bar,list[0].hello=world', { list: [{ foo: 'bar', hello: 'world' }] }],
    ['list[0].foo=bar,list[-30].hello=world', fails('negative -30 index not allowed')],
    ['list[0]=foo,list[1]=bar', { list: ['foo', 'bar'] }],
    ['list[0]=foo,list[1]=bar,', { list: ['foo', 'bar'] }],
    ['list[0]=foo,list[3]=bar', { list: ['foo', null, null, 'bar'] }],
    ['list[0]=foo,list[-20]=bar', fails('negative -20 index not allowed')],
    ['illegal[0]name.foo=bar', fails("unexpected data at end of array index: ['n' 'a' 'm' 'e']")],
    ['noval[0]', { noval: [] }],
    ['noval[0]=', { noval: [''] }],
    ['nested[0][0]=1', { nested: [[1n]] }],
    ['nested[1][1]=1', { nested: [null, [null, 1n]] }],
    ['name1.name2[0].foo=bar,name1.name2[1].foo=bar', { name1: { name2: [{ foo: 'bar' }, { foo: 'bar' }] } }],
    ['name1.name2[1].foo=bar,name1.name2[0].foo=bar', { name1: { name2: [{ foo: 'bar' }, { foo: 'bar' }] } }],
    ['name1.name2[1].foo=bar', { name1: { name2: [null, { foo: 'bar' }] } }],
    [
      ']={}].',
      fails('unable to parse key: interface conversion: interface {} is []interface {}, not map[string]interface {}'),
    ],
    ['a[x]=1', fails('error parsing index: strconv.Atoi: parsing "x": invalid syntax')],
    ['a[]=1', fails('error parsing index: strconv.Atoi: parsing "": invalid syntax')],
    ['a[1', fails('error parsing index: EOF')],
    [
      `a[${MAX_INDEX + 1}]=1`,
      fails(`index of ${MAX_INDEX + 1} is greater than maximum supported index of ${MAX_INDEX}`),
    ],
    [
      'a[99999999999999999999]=1',
      fails('error parsing index: strconv.Atoi: parsing "99999999999999999999": value out of range'),
    ],
    // type conflicts panic in Go and are recovered as "unable to parse key"
    [
      'a=1,a.b=2',
      fails('unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}'),
    ],
    ['a=x,a[0]=2', fails('unable to parse key: interface conversion: interface {} is string, not []interface {}')],
    ['a=null,a[0]=2', fails('unable to parse key: interface conversion: interface {} is nil, not []interface {}')],
    [
      'a[0]=x,a[0][0]=2',
      fails('unable to parse key: interface conversion: interface {} is string, not []interface {}'),
    ],
    ['a[0]=x,a[0].b=2', { a: [{ b: 2n }] }],
    // empty keys are ignored; a trailing dot ends quietly
    ['=5', {}],
    ['.a=1', {}],
    ['a.', {}],
    ['a\\.b=1', { 'a.b': 1n }],
    ['a=b=c', { a: 'b=c' }],
    ['a= spaced ', { a: ' spaced ' }],
    ['__proto__.polluted=1', { ['__proto__']: { polluted: 1n } }],
  ]);
});

describe('parseSet nesting limit (Helm TestParseSetNestedLevels)', () => {
  it('accepts 30 levels and refuses 31', () => {
    const names = (n: number): string => Array.from({ length: n }, (_, i) => `name${i + 1}`).join('.');
    expect(() => parseSet(`${names(MAX_NESTED_NAME_LEVEL + 1)}=value`)).not.toThrow();
    expect(() => parseSet(`${names(MAX_NESTED_NAME_LEVEL + 2)}=value`)).toThrow(
      `value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`,
    );
  });
});

describe('parseSetString', () => {
  check(parseSetString, [
    ['long_int_string=1234567890', { long_int_string: '1234567890' }],
    ['boolean=true', { boolean: 'true' }],
    ['is_null=null', { is_null: 'null' }],
    ['zero=0', { zero: '0' }],
    ['l={1,true}', { l: ['1', 'true'] }],
  ]);
});

describe('parse into existing maps (Helm TestParseInto)', () => {
  it('overwrites and adds keys', () => {
    const got = toGoValue({ outer: { inner1: 'overwrite', inner2: 'value2' } }) as GoMap;
    parseSet('outer.inner1=value1,outer.inner3=value3,outer.inner4=4', got);
    expect(plain(got)).toEqual({ outer: { inner1: 'value1', inner2: 'value2', inner3: 'value3', inner4: 4n } });
  });
  it.each([
    {
      a: 'listOuter[0][0].type=listValue',
      b: 'listOuter[0][0].status=alive',
      want: { listOuter: [[{ type: 'listValue', status: 'alive' }]] },
    },
    {
      a: 'listOuter[0][0].type=listValue',
      b: 'listOuter[1][0].status=alive',
      want: { listOuter: [[{ type: 'listValue' }], [{ status: 'alive' }]] },
    },
  ])('$a then $b', ({ a, b, want }) => {
    const got = newMap();
    parseSet(a, got);
    parseSet(b, got);
    expect(plain(got)).toEqual(want);
  });
  it('extends nested lists in place', () => {
    const got = toGoValue({ listOuter: [[[{ exited: 'old' }]]] }) as GoMap;
    parseSet('listOuter[0][1][0].type=listValue', got);
    parseSet('listOuter[0][0][1].status=alive', got);
    expect(plain(got)).toEqual({ listOuter: [[[{ exited: 'old' }, { status: 'alive' }], [{ type: 'listValue' }]]] });
  });
  it('parseSetString overwrites with strings', () => {
    const got = toGoValue({ outer: { inner1: 'overwrite', inner2: 'value2' } }) as GoMap;
    parseSetString('outer.inner1=1,outer.inner3=3', got);
    expect(plain(got)).toEqual({ outer: { inner1: '1', inner2: 'value2', inner3: '3' } });
  });
});

describe('parseSetJSON (Helm TestParseJSON)', () => {
  it('sets scalars', () => {
    const got = toGoValue({ outer: { inner1: 'overwrite', inner2: 'value2' } }) as GoMap;
    parseSetJSON('outer.inner1="1",outer.inner3=3,outer.inner4=true,outer.inner5="true"', got);
    expect(plain(got)).toEqual({ outer: { inner1: '1', inner2: 'value2', inner3: 3, inner4: true, inner5: 'true' } });
  });
  it('sets objects and arrays', () => {
    const got = toGoValue({ outer: { inner1: { x: 'overwrite' }, inner2: 'value2', inner3: ['overwrite'] } }) as GoMap;
    parseSetJSON(
      'outer.inner1={"a":"1","b":2,"c":[1,2,3]},outer.inner3=["new value 1","new value 2"],outer.inner4={"aa":"1","bb":2,"cc":[1,2,3]},outer.inner5=[{"A":"1","B":2,"C":[1,2,3]}]',
      got,
    );
    expect(plain(got)).toEqual({
      outer: {
        inner1: { a: '1', b: 2, c: [1, 2, 3] },
        inner2: 'value2',
        inner3: ['new value 1', 'new value 2'],
        inner4: { aa: '1', bb: 2, cc: [1, 2, 3] },
        inner5: [{ A: '1', B: 2, C: [1, 2, 3] }],
      },
    });
  });
  it('treats an empty value as null and indexes into JSON lists', () => {
    const got = toGoValue({ outer: { inner1: { x: 'overwrite' }, inner2: 'value2' } }) as GoMap;
    parseSetJSON('outer.inner1=,outer.inner3={"aa":"1","bb":2,"cc":[1,2,3]},outer.inner3.cc[1]=null', got);
    expect(plain(got)).toEqual({
      outer: { inner1: null, inner2: 'value2', inner3: { aa: '1', bb: 2, cc: [1, null, 3] } },
    });
  });
  check(
    (s) => parseSetJSON(s),
    [
      [
        'outer.inner1={"a":"1","b":2,"c":[1,2,3]},outer.inner5={"A":"1","B":2,"C":[1,2,3]}]',
        fails('key "]" has no value'),
      ],
      ['a=1x', fails('key "x" has no value')],
      ['a=01', fails('key "1" has no value')],
      ['a=[1,', fails('unexpected EOF')],
      ['a=tru', fails('')],
      ['a=1e400', fails('json: cannot unmarshal number 1e400 into Go value of type float64')],
      ['a= {"b": 1} , c=2', { a: { b: 1 }, ' c': 2 }],
      ['a="\\ud800"', { a: '\ufffd' }],
      ['a={"__proto__":1}', { a: { ['__proto__']: 1 } }],
      ['a[1]={"x":1}', { a: [null, { x: 1 }] }],
      ['a[0]=', { a: [null] }],
    ],
  );
});

describe('parseSetFile (Helm TestParseFile)', () => {
  it('reads each value through the reader', () => {
    const read = (p: string): string => (p === 'path1' ? 'value1' : `<${p}>`);
    expect(plain(parseSetFile('name1=path1', newMap(), read))).toEqual({ name1: 'value1' });
    expect(plain(parseSetFile('l={a,b}', newMap(), read))).toEqual({ l: ['<a>', '<b>'] });
    expect(plain(parseSetFile('e=', newMap(), read))).toEqual({ e: '' });
  });
  it('passes reader errors through', () => {
    expect(() =>
      parseSetFile('a=nope', newMap(), () => {
        throw new Error('open nope: no such file or directory');
      }),
    ).toThrow('open nope: no such file or directory');
  });
});

describe('parseSetLiteral (Helm TestParseLiteral)', () => {
  check(parseSetLiteral, [
    ['name', fails('key "name" has no value')],
    ['name=', { name: '' }],
    ['boolean=true', { boolean: 'true' }],
    ['is_null=null', { is_null: 'null' }],
    ['zero=0', { zero: '0' }],
    ['name1=null,name2=value2', { name1: 'null,name2=value2' }],
    ['name1=value,,,tail', { name1: 'value,,,tail' }],
    ['leading_zeros=00009', { leading_zeros: '00009' }],
    ['name=one two three', { name: 'one two three' }],
    ['outer.middle.inner=value', { outer: { middle: { inner: 'value' } } }],
    ['name1.name2', fails('key "name2" has no value')],
    ['name1.name2=', { name1: { name2: '' } }],
    ['name1.,name2', fails('key ",name2" has no value')],
    ['name1={value1,value2}', { name1: '{value1,value2}' }],
    ['list[0]=foo', { list: ['foo'] }],
    ['list[-30].hello=world', fails('negative -30 index not allowed')],
    ['list[3]=bar', { list: [null, null, null, 'bar'] }],
    ['illegal[0]name.foo=bar', fails("unexpected data at end of array index: ['n' 'a' 'm' 'e']")],
    ['noval[0]', { noval: [] }],
    ['noval[0]=', { noval: [''] }],
    ['nested[0][0]=1', { nested: [['1']] }],
    ['nested[1][1]=1', { nested: [null, [null, '1']] }],
    ['name1.name2[0].foo=bar', { name1: { name2: [{ foo: 'bar' }] } }],
    ['name1.name2[1].foo=bar', { name1: { name2: [null, { foo: 'bar' }] } }],
    ['name=value', { name: 'value' }],
    ['long_int=1234567890', { long_int: '1234567890' }],
    ['a=b,c=d', { a: 'b,c=d' }],
    ['a\\b=c\\,d', { 'a\\b': 'c\\,d' }],
    ['outer.inner=value', { outer: { inner: 'value' } }],
    ['list[1]={x}', { list: [null, '{x}'] }],
    ['list[0].a=1', { list: [{ a: '1' }] }],
    ['nested[0][1]=x', { nested: [[null, 'x']] }],
    ['a', fails('key "a" has no value')],
    ['a.=x', fails('key map "a" has no value')],
    ['a[x]=1', fails('error parsing index: strconv.Atoi: parsing "x": invalid syntax')],
  ]);
});
