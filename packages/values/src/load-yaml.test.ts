import { describe, expect, it } from 'vitest';
import { RenderError } from './errors.js';
import { loadValuesYaml } from './load-yaml.js';
import { plain } from './testing/plain.js';

const load = (text: string): unknown => plain(loadValuesYaml(text, 'values.yaml'));

function failure(input: string | Uint8Array): RenderError {
  try {
    loadValuesYaml(input, 'v.yaml');
  } catch (e) {
    if (e instanceof RenderError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

// Each expectation below was printed by Helm v3.17.3 (`toJson .Values` / typeOf) for the same file.
describe('YAML 1.1 scalars', () => {
  it.each<[string, unknown]>([
    [
      'a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: n\ng: True\nh: FALSE',
      { a: true, b: false, c: true, d: false, e: true, f: false, g: true, h: false },
    ],
    ['a: ~\nb: null\nc: Null\nd:\ne: NULL', { a: null, b: null, c: null, d: null, e: null }],
    ['a: "yes"\nb: \'on\'\nc: |\n  y\n', { a: 'yes', b: 'on', c: 'y\n' }],
    [
      'a: 1e400\nb: 99999999999999999999\nc: 0b101\nd: 0o17\ne: 08\nf: 1_000\ng: +5\nh: .5\nj: 0x\nk: 1.',
      { a: '1e400', b: 1e20, c: 5, d: 15, e: 8, f: 1000, g: 5, h: 0.5, j: '0x', k: 1 },
    ],
    [
      'a: 010\nb: 0x1F\nc: -0x10\nd: 1e3\ne: 6.02e+23\nf: 0.1\ng: -1_0',
      { a: 8, b: 31, c: -16, d: 1000, e: 6.02e23, f: 0.1, g: -10 },
    ],
    [
      'a: 9223372036854775807\nb: 18446744073709551615\nc: 9007199254740993',
      // The literals are the float64s Go's JSON decoding makes of these integers, precision loss included.
      // eslint-disable-next-line no-loss-of-precision
      { a: 9223372036854775807, b: 18446744073709551615, c: 9007199254740992 },
    ],
    [
      'a: 2001-12-14\nb: 2001-12-14t21:59:43.10-05:00\nc: 12:30',
      { a: '2001-12-14', b: '2001-12-14t21:59:43.10-05:00', c: '12:30' },
    ],
    [
      'a: !foo bar\nb: ! 12\nc: !!float 3\nd: !!binary aGk=\ne: !!str 5\nf: !!int "5"',
      { a: 'bar', b: '12', c: 3, d: 'hi', e: '5', f: 5 },
    ],
    ['a: .inf_\nb: ._5\nc: +.5\nd: -.5e-3\ne: .5_0', { a: '.inf_', b: '._5', c: 0.5, d: -0.0005, e: 0.5 }],
  ])('%j', (text, want) => expect(load(text)).toEqual(want));

  it('keeps -0.0 as a negative zero', () => {
    expect(Object.is(loadValuesYaml('i: -0.0', 'v').i, -0)).toBe(true);
  });
});

describe('keys', () => {
  it('stringifies non-string keys as sigs.k8s.io/yaml does', () => {
    expect(load('1.5: a\n0x10: b\n010: c\nyes: d\nno: e\n1e7: f\n3.14159265358979: g\n.inf: h\ny: i')).toEqual({
      '.inf': 'h',
      '1.5': 'a',
      '16': 'b',
      '1e+07': 'f',
      '3.1415927': 'g',
      '8': 'c',
      false: 'e',
      true: 'i',
    });
  });
  it('treats __proto__ and constructor as ordinary keys', () => {
    const m = loadValuesYaml('__proto__: {polluted: 1}\nconstructor: 2', 'v');
    expect(Object.keys(m)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses a null key with Helm message', () => {
    expect(failure('~: 1').message).toBe(
      'failed to parse v.yaml: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: 1',
    );
  });
  it('lets a later duplicate win', () => expect(load('a: 1\na: 2')).toEqual({ a: 2 }));
});

describe('anchors, aliases and merge keys', () => {
  it.each<[string, unknown]>([
    ['a: 1\n<<: {a: 2, b: 3}\nc: 4', { a: 2, b: 3, c: 4 }],
    ['x: &x {a: 1}\nz:\n  <<: *x\n  a: 2', { x: { a: 1 }, z: { a: 2 } }],
    ['z:\n  a: 2\n  <<: [{a: 3, b: 1}, {b: 2, c: 3}]', { z: { a: 3, b: 1, c: 3 } }],
    ['a: &a [1, 2]\nb: *a\n"<<": 5', { a: [1, 2], b: [1, 2], '<<': 5 }],
    ['a: &a 1\nb: *a\na2: &a 2\nc: *a', { a: 1, b: 1, a2: 2, c: 2 }],
  ])('%j', (text, want) => expect(load(text)).toEqual(want));

  it.each<[string, string]>([
    ['a: *nope', "yaml: unknown anchor 'nope' referenced"],
    ['a: *nope\nb: [', "yaml: unknown anchor 'nope' referenced"],
    // An alias at the mapping's column must be a key: the scanner fails on the missing ':' before the alias arrives.
    ['ra]b:\n  c: "|p"\n*a', "yaml: line 4: could not find expected ':'"],
    // In a flow collection a key may be, not must be: the alias arrives, and fails, before the missing ']'.
    ['b: [\n*a', "yaml: unknown anchor 'a' referenced"],
    ['a: &a [*a]', "yaml: anchor 'a' value contains itself"],
    ['a: &a 1\n<<: *a', 'yaml: map merge requires map or sequence of maps as the value'],
    ['<<: [1]', 'yaml: map merge requires map or sequence of maps as the value'],
  ])('%j fails', (text, msg) => {
    expect(failure(text).message).toBe(`failed to parse v.yaml: error converting YAML to JSON: ${msg}`);
  });

  it('stops an alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const p = String.fromCharCode(96 + i);
      const q = String.fromCharCode(97 + i);
      lines.push(`${q}: &${q} [${Array(9).fill(`*${p}`).join(',')}]`);
    }
    const start = Date.now();
    expect(failure(lines.join('\n')).message).toContain('yaml: document contains excessive aliasing');
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('documents', () => {
  it.each<[string, unknown]>([
    ['', {}],
    ['# only a comment\n', {}],
    ['~\n', {}],
    ['~\n:\n  a: 1\n', {}],
    ['---\n---\nb: 2\n', {}],
    ['a: 1\n---\nb: [\n', { a: 1 }],
    ['\ufeffa: 1', { a: 1 }],
  ])('%j', (text, want) => expect(load(text)).toEqual(want));

  it.each<[string, string]>([
    ['"hello"', 'string'],
    ['true', 'bool'],
    ['12', 'number'],
    ['- 1', 'array'],
    // yaml.v2 reads the first document's node and stops: what follows it is never read (the `yaml` package
    // calls the `:` an error), so these are a scalar or a list at the root, as Helm says.
    ['docker-registry\n:\n  image:\n    pullPolicy: 5.0.4\n', 'string'],
    ['5\n:\n  a: 1\n', 'number'],
    ['"q"\n: x\n', 'string'],
    ['[a]\n:\n', 'array'],
  ])('refuses a top-level %j', (text, type) => {
    expect(failure(text).message).toBe(
      `failed to parse v.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${type} into Go value of type map[string]interface {}`,
    );
  });

  it.each<[string, string]>([
    ['a: .inf', '+Inf'],
    ['a: [-.inf]', '-Inf'],
    ['a: .NaN', 'NaN'],
  ])('%j fails the JSON step', (text, v) => {
    expect(failure(text).message).toBe(
      `failed to parse v.yaml: error converting YAML to JSON: json: unsupported value: ${v}`,
    );
  });
});

describe('errors', () => {
  it('names the file and the line of a syntax error', () => {
    const e = failure('a: 1\nb: [1\nc: 2\n');
    expect(e.code).toBe('values-file');
    expect(e.message).toMatch(/^failed to parse v\.yaml: error converting YAML to JSON: yaml: line \d+: /);
    expect(e.where.file).toBe('v.yaml');
    expect(e.where.line).toBeGreaterThan(0);
  });
  it('reports a bad explicit tag', () => {
    expect(failure('b: !!int "x"').message).toBe(
      'failed to parse v.yaml: error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!int',
    );
  });
  it('refuses invalid UTF-8 bytes', () => {
    expect(failure(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0x0a])).message).toBe(
      'failed to parse v.yaml: error converting YAML to JSON: yaml: invalid leading UTF-8 octet',
    );
  });
  it('refuses control characters', () => {
    expect(failure('a: \u0001').message).toBe(
      'failed to parse v.yaml: error converting YAML to JSON: yaml: control characters are not allowed',
    );
  });
  it('reads UTF-8 bytes', () => {
    expect(plain(loadValuesYaml(new TextEncoder().encode('a: é'), 'v'))).toEqual({ a: 'é' });
  });
});
