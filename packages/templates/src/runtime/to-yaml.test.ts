import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newMap, toGoValue, type GoValue } from '@polyaxon-render/values';
import { indent } from './sprig.js';
import { fullYaml, toYaml, toYamlIndented } from './to-yaml.js';
import { directYaml } from './to-yaml/direct.js';
import { yamlV2Marshal } from './to-yaml/encode.js';
import { jsonRoundTrip } from './to-yaml/json-round-trip.js';
import { resolvesToStr } from './to-yaml/resolve.js';
import { keyCompare, keyLess, sortKeyList } from './to-yaml/sorter.js';

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
    [
      'numbers and timestamps as strings',
      ['0755', '1e3', '.5', '2001-01-01', '1:20'],
      '- "0755"\n- "1e3"\n- ".5"\n- "2001-01-01"\n- "1:20"',
    ],
    [
      'strings that cannot be plain are single-quoted',
      ['a: b', '*x', ' lead', 'a #c'],
      "- 'a: b'\n- '*x'\n- ' lead'\n- 'a #c'",
    ],
    ['control characters and astral characters are escaped', ['a\tb', '😀'], '- "a\\tb"\n- "\\U0001F600"'],
    [
      'multi-line strings are literal blocks',
      toGoValue({ a: 'x\ny\n', b: 'x\ny', c: ' x\n' }),
      'a: |\n  x\n  y\nb: |-\n  x\n  y\nc: |2\n   x',
    ],
    [
      'sequences under a key are not indented; nested maps are',
      toGoValue({ a: [1, { b: 2, c: [3] }], d: {} }),
      'a:\n- 1\n- b: 2\n  c:\n  - 3\nd: {}',
    ],
    ['lists of lists', toGoValue([[1, [2]], []]), '- - 1\n  - - 2\n- []'],
    [
      'keys in natural order, quoted when needed',
      toGoValue({ a10: 1, a2: 1, yes: 1, '1': 1, '': 1 }),
      '"": 1\n"1": 1\na2: 1\na10: 1\n"yes": 1',
    ],
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

  // sorter.go keyList.Less as written in Go (int64 arithmetic throughout), asked once per direction.
  function goLess(ar: number[], br: number[]): boolean {
    const digit = (c: number) => /^\p{Nd}$/u.test(String.fromCodePoint(c));
    const letter = (c: number) => /^\p{L}$/u.test(String.fromCodePoint(c));
    for (let i = 0; i < ar.length && i < br.length; i++) {
      if (ar[i] === br[i]) continue;
      const al = letter(ar[i]);
      const bl = letter(br[i]);
      if (al && bl) return ar[i] < br[i];
      if (al || bl) return bl;
      let an = 0n;
      let bn = 0n;
      if (ar[i] === 0x30 || br[i] === 0x30) {
        for (let j = i - 1; j >= 0 && digit(ar[j]); j--) {
          if (ar[j] !== 0x30) {
            an = 1n;
            bn = 1n;
            break;
          }
        }
      }
      let ai = i;
      for (; ai < ar.length && digit(ar[ai]); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai] - 0x30));
      let bi = i;
      for (; bi < br.length && digit(br[bi]); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi] - 0x30));
      if (an !== bn) return an < bn;
      if (ai !== bi) return ai < bi;
      return ar[i] < br[i];
    }
    return ar.length < br.length;
  }

  const keyText = fc
    .array(
      fc.oneof(
        fc.constantFrom(...'aZé_.-/0123456789٣'),
        fc.constantFrom('9223372036854775807', '18446744073709551616', '000', '999999999999999', '1000000000000000'),
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join(''));

  it('keyCompare decides both directions of Less in one pass (against sorter.go, long and non-ASCII digits too)', () => {
    fc.assert(
      fc.property(keyText, keyText, (a, b) => {
        const want = a === b ? 0 : goLess(cps(a), cps(b)) ? -1 : goLess(cps(b), cps(a)) ? 1 : 0;
        expect(keyCompare(cps(a), cps(b))).toBe(want);
      }),
      { numRuns: 3000 },
    );
  });

  it('sortKeyList puts numbered keys in natural order, an astral character as one rune (a non-letter: first)', () => {
    expect(sortKeyList(['a-10', 'a-9', 'a-100', 'a-1', '😀b', '😀a'])).toEqual([
      '😀a',
      '😀b',
      'a-1',
      'a-9',
      'a-10',
      'a-100',
    ]);
  });
});

describe('directYaml (the direct path) against fullYaml (JSON, read back, emitter)', () => {
  // Scalars the direct path must either write exactly as the full path does or leave to it.
  const tricky: (GoValue | undefined)[] = [
    ...['', ' ', 'a', 'yes', 'Yes', 'YES', 'y', 'Y', 'n', 'N', 'no', 'on', 'On', 'off', 'OFF', 'true', 'False'],
    ...['null', 'Null', 'NULL', '~', '.nan', '.inf', '-.inf', '<<', 'yes!', 'nUll', 'o', 'of', 'onn', 'trUe'],
    ...['150m', '200Mi', '1h', '10s', '1g', '9z', '9Z', '9t', '9T', '1x', '1X', '1o', '1O', '1d', '1e', '1E5', '1e3'],
    ...['0x1f', '0x1g', '0o7', '0o7m', '0b1', '0b1m', '08', '0755', '1_000', '1_000m', '1.5', '1.5Gi', '_1', '1_'],
    ...['2001-01-01', '2001-01-01m', '2001-01-01t', '2001-1-1 1:2:3', '1:20', '1:20m', '190:20:30', '1/2', '1-2'],
    ...[
      ':5000',
      'a:b',
      'a: b',
      'a:',
      ':',
      '::',
      ':a:',
      'a::b',
      '1:2m',
      '1:20:m',
      'http://a.b:80/c',
      ':-',
      ':#',
      'a #b',
      '#a',
      'a#b',
      '-a',
      '- a',
      '-',
      '--- a',
      '---',
      '...',
      '.a',
      '?a',
    ],
    ...['? a', '*a', '&a', '!a', '|a', '>a', "'a", '"a', '%a', '@a', '`a', 'a,b', 'a[b', 'a{', 'a}', ']', 'a]'],
    ...['x10y', 'x1y', 'x2y', 'a_b', 'aBb', 'a-b', 'a.b', '_x', '/a', 'a/b', 'kubernetes.io/hostname', 'X-Type'],
    ...['a\nb', 'a\n', 'a\tb', 'é', 'aé', '😀', 'a\u0085b', '\ufeffa', 'a\u2028b', 'a\u007f', 'a\ud800', 'Ａ'],
    ...[
      'word '.repeat(20),
      'k'.repeat(128),
      'k'.repeat(129),
      'm'.repeat(300),
      'x'.repeat(90) + ' y',
      '1' + 'm'.repeat(5),
    ],
    ...['Infinity', 'NaN', 'inf', '1.0', '+1', '-1', '.5', '._1', '0b2', ' a', 'a ', 'a  b', 'a b', 'a\u00a0b'],
    ...[0, -0, 1, -1, 1.5, -2.25, 1e-7, 0.1, 1e6, 1e20, 1e21, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 123456789.125],
    ...[NaN, Infinity, -Infinity, 0n, -5n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n - 1n, 2n ** 64n, -(2n ** 63n) - 1n],
    ...[true, false, null, undefined],
    // Digit strings: quoted as numbers up to 18 digits; past int64 and uint64 a float, past float64 plain.
    ...['0', '1', '9121', '007', '089', '123456789012345678', '1234567890123456789', '18446744073709551616'],
    ...['9'.repeat(400), '1 2', '12a', '１２'],
  ];
  const plainish = tricky.filter((x) => directYaml(x) !== undefined);
  const strings = tricky.filter((x): x is string => typeof x === 'string');
  const plainKeys = strings.filter((k) => directYaml(toGoValue({ [k]: 1 })) !== undefined);
  const shortStrings = fc
    .array(fc.constantFrom(...'aZmMy09_./-: #\n~+eExXoOtT'), { maxLength: 6 })
    .map((cs) => cs.join(''));

  /** Trees of maps and lists (undefined map values included: they are dropped) over the given scalars and keys. */
  function values(scalars: (GoValue | undefined)[], keys: string[]): fc.Arbitrary<GoValue | undefined> {
    const scalar = fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...scalars) },
      { weight: 1, arbitrary: shortStrings },
    );
    const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: shortStrings });
    const { tree } = fc.letrec<{ tree: GoValue | undefined }>((t) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(
          t('tree').map((x) => x ?? null),
          { maxLength: 4 },
        ),
        fc.array(fc.tuple(key, t('tree')), { maxLength: 5 }).map((pairs) => {
          const m = newMap();
          for (const [k, x] of pairs) m[k] = x as GoValue;
          return m;
        }),
      ),
    }));
    return tree;
  }

  it('the scalar pools hold both outcomes', () => {
    expect(plainish.length).toBeGreaterThan(30);
    expect(plainKeys.length).toBeGreaterThan(20);
    expect(tricky.length - plainish.length).toBeGreaterThan(60);
  });

  for (const [name, scalars, keys, atLeast] of [
    ['tricky scalars and keys', tricky, strings, 300],
    ['direct-path scalars and keys', plainish, plainKeys, 2000],
  ] as const) {
    it(`writes what the full path writes, or leaves the value to it (${name})`, () => {
      let direct = 0;
      fc.assert(
        fc.property(values([...scalars], [...keys]), (v) => {
          const got = directYaml(v);
          if (got === undefined) return;
          direct++;
          expect(got).toBe(fullYaml(v));
        }),
        { numRuns: 4000 },
      );
      expect(direct).toBeGreaterThan(atLeast);
    });
  }

  it('toYamlIndented is indent of toYaml, on either path (tricky and direct-path values, pads 0 to 12)', () => {
    const paths = { direct: 0, full: 0 };
    fc.assert(
      fc.property(
        fc.oneof(values([...tricky], [...strings]), values([...plainish], [...plainKeys])),
        fc.constantFrom(0, 2, 4, 6n, 12),
        (v, n) => {
          paths[directYaml(v) === undefined ? 'full' : 'direct']++;
          expect(toYamlIndented(n, v)).toBe(indent(n, toYaml(v)));
        },
      ),
      { numRuns: 4000 },
    );
    expect(paths.direct).toBeGreaterThan(1000);
    expect(paths.full).toBeGreaterThan(500);
  });

  it('the emitter writes simple plain scalars in one piece as its character walk writes them (folding at 80 too)', () => {
    const word = fc.stringMatching(/^[a-z0-9_./()=+-]{1,12}$/);
    const text = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));
    const key = fc.oneof(text, fc.constantFrom(...plainKeys, 'k'.repeat(128), 'k'.repeat(129), 'a b'));
    const tree = fc.letrec<{ t: GoValue }>((t) => ({
      t: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.array(t('t'), { maxLength: 3 }),
        fc.array(fc.tuple(key, t('t')), { maxLength: 4 }).map((pairs) => {
          const m = newMap();
          for (const [k, x] of pairs) m[k] = x;
          return m;
        }),
      ),
    })).t;
    fc.assert(
      fc.property(tree, (v) => {
        const doc = jsonRoundTrip(v);
        expect(yamlV2Marshal(doc)).toBe(yamlV2Marshal(doc, false));
      }),
      { numRuns: 3000 },
    );
  });

  it('covers the shapes the chart prints with its defaults (the reason it exists)', () => {
    const shapes = [
      { cpu: '150m', memory: '200Mi' },
      { fsGroup: 101, runAsNonRoot: true },
      {
        a: {
          b: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', values: ['polyaxon-core'] } }],
        },
      },
      { version: 0.1, http: { addr: ':5000', headers: { 'X-Content-Type-Options': ['nosniff'] } }, interval: '10s' },
      {},
      null,
    ];
    for (const v of shapes) expect(directYaml(toGoValue(v))).toBe(fullYaml(toGoValue(v)));
  });

  it('keys whose natural order is not their byte order keep the full path order', () => {
    const v = toGoValue({ x2y: 1, x10y: 2, x1y: 3, a_b: 4, aBb: 5, aab: 6, b: { z: 1, _a: 2, A9: 3, A10: 4 } });
    expect(directYaml(v)).toBe(fullYaml(v));
    // A non-letter sorts before a letter; the x…y keys have no consistent order and take the byte order's outcome.
    expect(directYaml(v)).toBe(
      'a_b: 4\naBb: 5\naab: 6\nb:\n  _a: 2\n  A9: 3\n  A10: 4\n  z: 1\nx10y: 2\nx1y: 3\nx2y: 1',
    );
    // Only an underscore besides letters: still not the byte order ("aBb" < "a_b" by bytes).
    const u = toGoValue({ aBb: 1, a_b: 2, B: 3, _a: 4 });
    expect(directYaml(u)).toBe(fullYaml(u));
    expect(directYaml(u)).toBe('_a: 4\nB: 3\na_b: 2\naBb: 1');
  });
});
