import { describe, expect, it } from 'vitest';
import { toGoValue, type GoValue } from '@polyaxon-render/values';
import { jsonRoundTrip, keyLess, resolvesToStr, toYaml, yamlV2Marshal } from './to-yaml.js';

const cps = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);

describe('toYaml (sigs.k8s.io/yaml.Marshal, trailing newline trimmed)', () => {
  const rows: [string, GoValue | undefined, string][] = [
    ['nil', null, 'null'],
    ['missing value', undefined, 'null'],
    ['empty map', toGoValue({}), '{}'],
    ['empty list', [], '[]'],
    ['empty string', '', '""'],
    ['float64 1000000 goes through JSON and prints as an int', 1000000, '1000000'],
    ['int64', 1000000n, '1000000'],
    ['fraction', 1.5, '1.5'],
    ['small float', 1.5e-7, '1.5e-07'],
    ['1e21', 1e21, '1e+21'],
    ['1e20 is too big for int64/uint64 and comes back a float', 1e20, '1e+20'],
    ['1e19 fits uint64', 1e19, '10000000000000000000'],
    ['negative zero is the JSON int -0', -0, '0'],
    ['YAML 1.1 words are double-quoted', ['yes', 'n', 'Off', '~', 'null'], '- "yes"\n- "n"\n- "Off"\n- "~"\n- "null"'],
    ['numbers and timestamps as strings', ['0755', '1e3', '.5', '2001-01-01', '1:20'], '- "0755"\n- "1e3"\n- ".5"\n- "2001-01-01"\n- "1:20"'],
    ['strings that cannot be plain are single-quoted', ['a: b', '*x', ' lead', 'a #c'], "- 'a: b'\n- '*x'\n- ' lead'\n- 'a #c'"],
    ['control characters and astral characters are escaped', ['a\tb', '😀'], '- "a\\tb"\n- "\\U0001F600"'],
    ['multi-line strings are literal blocks', toGoValue({ a: 'x\ny\n', b: 'x\ny', c: ' x\n' }), 'a: |\n  x\n  y\nb: |-\n  x\n  y\nc: |2\n   x'],
    [
      'sequences under a key are not indented; nested maps are',
      toGoValue({ a: [1, { b: 2, c: [3] }], d: {} }),
      'a:\n- 1\n- b: 2\n  c:\n  - 3\nd: {}',
    ],
    ['lists of lists', toGoValue([[1, [2]], []]), '- - 1\n  - - 2\n- []'],
    ['keys in natural order, quoted when needed', toGoValue({ a10: 1, a2: 1, yes: 1, '1': 1, '': 1 }), '"": 1\n"1": 1\na2: 1\na10: 1\n"yes": 1'],
    ['a lone surrogate comes back from JSON as U+FFFD', 'a\ud800', 'a\ufffd'],
    ['NEL in the JSON text is a YAML line break that folds to a space', 'a\u0085b', 'a b'],
  ];
  for (const [name, v, want] of rows) {
    it(name, () => expect(toYaml(v)).toBe(want));
  }

  it('folds long plain strings after column 80', () => {
    const s = 'word '.repeat(20) + 'end';
    expect(toYaml(toGoValue({ k: s }))).toBe(`k: ${'word '.repeat(15)}word\n  ${'word '.repeat(4)}end`);
  });

  it('returns "" where the JSON or YAML step fails, as Helm swallows the error', () => {
    expect(toYaml(NaN)).toBe('');
    expect(toYaml(toGoValue({ a: [Infinity] }))).toBe('');
    expect(toYaml('a\u007fb')).toBe(''); // readerc.go: control characters are not allowed
    expect(toYaml(toGoValue({ 'a\u0085': 1 }))).toBe(''); // a key spanning two lines
    expect(toYaml(toGoValue({ ['k'.repeat(1023)]: 1 }))).toBe(''); // simple key over 1024 characters
    expect(toYaml(toGoValue({ ['k'.repeat(1022)]: 1 }))).toBe(`? ${'k'.repeat(1022)}\n: 1`); // over 128 bytes: "? key"
  });
});

describe('yamlV2Marshal (goyaml.v2 Marshal of decoded values)', () => {
  it('prints float64 the Go way and int64 as digits', () => {
    expect(yamlV2Marshal(toGoValue([1000000, 1.5, NaN, -Infinity, 7n]))).toBe('- 1e+06\n- 1.5\n- .nan\n- -.inf\n- 7\n');
  });
  it('ends with a newline, also after a block scalar', () => {
    expect(yamlV2Marshal('a\nb\n')).toBe('|\n  a\n  b\n');
  });
});

describe('jsonRoundTrip (goyaml.v2 reading json.Marshal output)', () => {
  it('turns whole floats into ints and keeps fractions', () => {
    expect(jsonRoundTrip(toGoValue([3, 2.5, -0, 1e20]))).toEqual([3n, 2.5, 0n, 1e20]);
  });
});

describe('resolvesToStr (resolve.go: does a plain scalar read back as a string?)', () => {
  const rows: [string, boolean][] = [
    ['hello', true],
    ['yes', false],
    ['yes!', true],
    ['nUll', true],
    ['', false],
    ['<<', true], // '<' has no hint in resolve.go's table, so the map is never consulted
    ['0755', false],
    ['08', false], // not octal, but the float regexp takes it
    ['0x', true],
    ['0b+101', false], // strconv.ParseInt("+101", 2, 64) after the 0b prefix
    ['1_000', false], // underscores are dropped before parsing
    ['_1', true],
    ['1e999', true], // ParseFloat overflows: an error, so a string
    ['.5', false],
    ['.1_0', false],
    ['._1', true],
    ['.1e999', true],
    ['.inf', false],
    ['2001-01-01', false],
    ['2001-02-29', true],
    ['2000-02-29', false],
    ['2001-12-14 21:59:43.10', false],
    ['2001-12-14T21:59:43+25:00', true],
    ['2001-12-14t21:59:43.10-05:00', false],
    ['١٢', true], // only ASCII digits start a number
  ];
  for (const [s, want] of rows) {
    it(JSON.stringify(s), () => expect(resolvesToStr(s)).toBe(want));
  }
});

describe('keyLess (sorter.go natural key order)', () => {
  const rows: [string, string, boolean][] = [
    ['a2', 'a10', true],
    ['a10', 'a2', false],
    ['1', '01', true], // equal numbers: the shorter run first
    ['_x', '1', true], // a non-digit counts as the number 0
    ['-', '_', true], // both zero and no digits: by code point
    ['B', 'a', true], // two letters: by code point
    ['1', 'a', true], // a non-letter sorts before a letter
    ['a', 'é', true],
    ['ab', 'abc', true],
    ['10', '1a', true], // at the letter, "10" is not a number comparison
    // Not transitive, so Helm's order of such keys varies from run to run:
    ['x10y', 'x1y', true],
    ['x1y', 'x2y', true],
    ['x2y', 'x10y', true],
  ];
  for (const [a, b, want] of rows) {
    it(`${a} < ${b} is ${want}`, () => expect(keyLess(cps(a), cps(b))).toBe(want));
  }
});
