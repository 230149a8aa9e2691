/**
 * The fast reader (yaml-fast.ts) against the full loader (load-yaml.ts): on any
 * text, it gives exactly the full loader's values, key order included, or gives
 * up (undefined). Generated documents in the subset it reads, with YAML 1.1's
 * tricky scalars, then the same documents with characters inserted at random.
 * Seeds are fixed so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullLoaderValues } from './load-yaml.js';
import { fastValues } from './yaml-fast.js';

/** A text that tells float64 -0 from 0, keeps key order and names each scalar's type. */
function show(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(show).join(',')}]`;
  if (typeof v === 'object')
    return `{${Object.keys(v as object)
      .map((k) => `${JSON.stringify(k)}:${show((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return Object.is(v, -0) ? 'number:-0' : `${typeof v}:${JSON.stringify(v)}`;
}

function full(text: string): string {
  try {
    return show(fullLoaderValues(text));
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

/** The property: fast gives up, or agrees with the full loader. Returns whether it read the text. */
function agrees(text: string): boolean {
  const fast = fastValues(text);
  if (fast === undefined) return false;
  expect(show(fast), text).toBe(full(text));
  return true;
}

/** Scalars YAML 1.1 (yaml.v2) reads in surprising ways, and ones the fast reader must leave alone. */
const words = [
  ...['yes', 'no', 'on', 'off', 'y', 'N', 'True', 'FALSE', '~', 'null', 'Null', 'NULL', ''],
  ...['0x1f', '0o17', '017', '08', '0b101', '-0b1', '1_000', '1e3', '1E+3', '.5', '-.5', '+1', '-0', '0.0', '-0.0'],
  ...['.inf', '-.Inf', '.nan', '1.0', '3.14', '1__0', '_1', '0x_1', '9223372036854775807', '18446744073709551615'],
  ...['99999999999999999999', '1e400', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-13-01', '<<', '=', '.'],
  ...['a: b', 'a:b', 'a #b', 'a#b', 'a :b', '-a', '- a', '-', '?x', '? x', ':x', 'x:', 'http://x:80/y', ' ', '  x  '],
  ...['[]', '{}', '[a]', '{a: 1}', '&a x', '*a', '!x y', '!!str 1', '|', '>', "'q'", '"d"', "it's", '%x', '@x'],
  ...['`x', ',x', 'a b', 'é', '日本語', 'a\\nb', 'tab\there', 'x---', '---', '...', '# not a comment'],
];

const scalar = fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 }), fc.integer().map(String));
const key = fc.oneof(
  fc.constantFrom('a', 'b', 'name', 'app.kubernetes.io/name', 'x-y_z', '1', '0x1', 'yes', 'on', 'true', '1.5', '~'),
  fc.constantFrom('<<', '-k', 'k:', 'a b', '__proto__', 'constructor', "o'k", 'é'),
  fc.string({ maxLength: 5 }),
);

type Tree = string | { map: [string, Tree][] } | { list: Tree[] };
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.record({ map: fc.array(fc.tuple(key, tie('tree')), { maxLength: 4 }) }),
    fc.record({ list: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
}));

/** How a scalar is written: plain, single-quoted or double-quoted (escapes only where needed). */
const quoteStyle = fc.constantFrom<'plain' | 'single' | 'double'>('plain', 'plain', 'single', 'double');

function quote(s: string, style: 'plain' | 'single' | 'double'): string {
  if (style === 'single') return `'${s.replace(/'/g, "''")}'`;
  if (style === 'double') return JSON.stringify(s);
  return s;
}

interface Layout {
  readonly indent: number;
  readonly indentless: boolean;
  readonly comments: boolean;
  readonly styles: readonly ('plain' | 'single' | 'double')[];
  readonly start: boolean;
}

/** Block YAML for `t` as a values file (a map at the root). */
function write(root: [string, Tree][], layout: Layout): string {
  let styleAt = 0;
  const style = () => layout.styles[styleAt++ % layout.styles.length];
  const out: string[] = layout.start ? ['---'] : [];
  const pad = (n: number) => ' '.repeat(n);
  const value = (t: Tree, col: number, under: 'key' | 'item', first: string): void => {
    if (typeof t === 'string') {
      out.push(`${first} ${quote(t, style())}${layout.comments ? ' # c' : ''}`);
      return;
    }
    const empty = 'map' in t ? t.map.length === 0 : t.list.length === 0;
    if (empty) {
      out.push(`${first} ${'map' in t ? '{}' : '[]'}`);
      return;
    }
    out.push(first);
    if (layout.comments) out.push(`${pad(col)}# between`);
    const inner = 'list' in t && under === 'key' && layout.indentless ? col : col + layout.indent;
    block(t, inner);
  };
  const block = (t: Exclude<Tree, string>, col: number): void => {
    if ('map' in t) for (const [k, v] of t.map) value(v, col, 'key', `${pad(col)}${quote(k, style())}:`);
    else for (const v of t.list) value(v, col, 'item', `${pad(col)}-`);
  };
  block({ map: root }, 0);
  return out.join('\n') + '\n';
}

const documents = fc.record({
  root: fc.array(fc.tuple(key, tree), { maxLength: 5 }),
  layout: fc.record({
    indent: fc.integer({ min: 1, max: 4 }),
    indentless: fc.boolean(),
    comments: fc.boolean(),
    styles: fc.array(quoteStyle, { minLength: 1, maxLength: 3 }),
    start: fc.boolean(),
  }),
});

describe('fastValues agrees with the full loader, or leaves the text to it', () => {
  it('on generated documents of the subset, with YAML 1.1 scalars', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(documents, ({ root, layout }) => {
        runs++;
        if (agrees(write(root, layout))) read++;
      }),
      { seed: 17, numRuns: 3000 },
    );
    // Not a vacuous pass: most generated documents are read by the fast reader.
    expect(read / runs).toBeGreaterThan(0.3);
  });

  it('on the same documents with characters inserted at random', () => {
    const noise = fc.constantFrom(
      ' ',
      ':',
      '-',
      '#',
      '\t',
      "'",
      '"',
      '\n',
      '[',
      '{',
      '&',
      '*',
      '!',
      '|',
      '>',
      '?',
      'x',
      '0',
      '.',
      '\r',
      '\u0085',
    );
    fc.assert(
      fc.property(
        documents,
        fc.array(fc.tuple(fc.nat(), noise), { minLength: 1, maxLength: 3 }),
        ({ root, layout }, edits) => {
          let text = write(root, layout);
          for (const [at, c] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + c + text.slice(i);
          }
          agrees(text);
        },
      ),
      { seed: 29, numRuns: 3000 },
    );
  });

  const rows: [string, string][] = [
    ['an indentless list under a key', 'a:\n- 1\n- x\nb: 2\n'],
    ['a map in a list item, then a nested value', '- x\n'.slice(4) + 'l:\n  - name: a\n    env:\n      K: v\n  - b\n'],
    ['a key with nothing below is null', 'a:\nb:\n  c:\n'],
    ['comments and blank lines anywhere', '# top\n\na: 1 # one\n  # indented comment\nb:\n\n  - 2\n'],
    ['a document start', '--- # first\na: 1\n'],
    ['quoted keys and values', `"a.b": 'it''s'\n'c': "d # e"\n`],
    ['empty collections', 'a: {}\nb: []\n'],
    ['YAML 1.1 words', 'a: yes\nb: off\nc: ~\nd: 0x10\ne: 010\nf: 1_0\ng: 2001-01-01\nh: 1e3\n'],
    ['keys that are not strings', '1: a\ntrue: b\n1.5: c\n0x10: d\n'],
    ['deep block nesting', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n'],
  ];
  for (const [name, text] of rows) {
    it(`reads ${name}`, () => {
      expect(agrees(text)).toBe(true);
    });
  }

  const refused: [string, string][] = [
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a flow map', 'a: {b: 1}\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['an escape', 'a: "\\n"\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a merge key', 'b: {}\na:\n  <<: {}\n'],
    ['NaN', 'a: .nan\n'],
    ['a tab', 'a:\tb\n'],
    ['CRLF', 'a: 1\r\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a list at the root', '- a\n'],
    ['a scalar at the root', 'a\n'],
    ['a nil key', '~: 1\n'],
    ['a syntax error', 'a: b: c\n'],
  ];
  for (const [name, text] of refused) {
    it(`leaves ${name} to the full loader`, () => {
      expect(fastValues(text)).toBeUndefined();
    });
  }
});
