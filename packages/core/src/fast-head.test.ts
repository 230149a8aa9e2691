import fc from 'fast-check';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastHead } from './fast-head.js';
import { parseHeadFully } from './manifest-head.js';
import { splitManifests } from './split-manifests.js';

const casesRoot = resolve(import.meta.dirname, '../../../fixtures/cases');

function goldenDocs(): string[] {
  const docs: string[] = [];
  for (const c of readdirSync(casesRoot)) {
    const f = join(casesRoot, c, 'expected.yaml');
    if (existsSync(f))
      docs.push(...splitManifests(readFileSync(f, 'utf8')).map((d) => d.replace(/^# Source: .*\n/, '')));
  }
  return [...new Set(docs)];
}

describe('fastHead', () => {
  it('agrees with the full parse on every golden document it accepts, and accepts most of them', () => {
    const docs = goldenDocs();
    let accepted = 0;
    for (const d of docs) {
      const fast = fastHead(d);
      if (!fast) continue;
      accepted++;
      expect(fast, d.slice(0, 300)).toEqual(parseHeadFully(d, 'doc'));
    }
    expect(docs.length).toBeGreaterThan(100);
    expect(accepted / docs.length).toBeGreaterThan(0.9);
  });

  const head = (kind: string) => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: x\n`;
  it.each([
    ['a value with ": " in it', `${head('A')}data:\n  a: b: c\n`],
    ['a continuation line of a plain scalar', `${head('A')}data:\n  a: b\n    c\n`],
    ['a bad indent', `${head('A')}data:\n  a: b\n   c: d\n`],
    ['an unclosed double quote', `${head('A')}data:\n  a: "b\n`],
    ['an unclosed flow mapping', `${head('A')}data: {a: 1\n`],
    ['a flow sequence with a nested colon', `${head('A')}data: [a: b]\n`],
    ['an alias', `${head('A')}data: *x\n`],
    ['a tab indent', `${head('A')}data:\n\ta: b\n`],
    ['a block scalar line dedented inside the scalar', `${head('A')}data:\n  a: |\n      x\n    y\n`],
    ['a sequence item in a mapping', `${head('A')}data:\n  a: b\n  - c\n`],
    ['an annotation with a null value', `${head('A')}  annotations:\n    a:\n`],
    ['a bool kind', 'apiVersion: v1\nkind: yes\n'],
    ['a value on the next line that continues', `${head('A')}data:\n  null\n  more\n`],
    ['a head field on the next line', 'apiVersion: v1\nkind:\n  Pod\n'],
    ['a document that is a list', '- a\n- b\n'],
  ])('leaves %s to the full parser', (_what, doc) => {
    expect(fastHead(doc)).toBeUndefined();
  });

  it('reads quoted sequence items that contain ": "', () => {
    expect(fastHead(`${head('A')}args:\n- 'a: b'\n- "c: d"\n`)).toEqual({
      apiVersion: 'v1',
      kind: 'A',
      name: 'x',
      annotations: undefined,
    });
  });

  it.each([
    ['a \\x escape without its hex digits', '"a\\xZZ"'],
    ['a \\u escape without its hex digits', '"\\u00zz"'],
    ['a \\U escape one digit short', '"\\U0000004"'],
    ['a \\x escape with its digits (the full parser decodes it)', '"ok\\x41"'],
    ['a \\x escape in a flow sequence', '["\\xZZ"]'],
    ['an unknown escape', '"a\\qb"'],
  ])('leaves %s to the full parser', (_, value) => {
    // Helm: "did not find expected hexdecimal number" for the broken ones; the full parser words it.
    expect(fastHead(`${head('A')}spec:\n  a: ${value}\n  b: 1\n`)).toBeUndefined();
  });

  it('reads a long double-quoted line full of escaped quotes (a JSON text printed quoted)', () => {
    const json = JSON.stringify(
      Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`data-${i}`, { path: `/d/${i}` }])),
    );
    const quoted = `"${json.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
    const doc = `${head('A')}spec:\n  env:\n  - name: X\n    value: ${quoted}\n  - name: Y\n    value: "a\\\\"\n`;
    expect(fastHead(doc)).toEqual(parseHeadFully(doc, 'x'));
    // An escaped quote at the end does not close it.
    expect(fastHead(`${head('A')}spec:\n  a: "b\\"\n`)).toBeUndefined();
  });

  it('takes an empty value written on the next line', () => {
    expect(fastHead(`${head('A')}spec:\n  affinity:\n    null\n  x: {}\n`)).toEqual({
      apiVersion: 'v1',
      kind: 'A',
      name: 'x',
      annotations: undefined,
    });
  });

  it('reads kind, name and annotations', () => {
    const doc =
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: "job-1"\n  annotations:\n    "helm.sh/hook": post-install\n    helm.sh/hook-weight: "-5"\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        command: ["x"]\n';
    expect(fastHead(doc)).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      name: 'job-1',
      annotations: new Map([
        ['helm.sh/hook', 'post-install'],
        ['helm.sh/hook-weight', '-5'],
      ]),
    });
  });

  // Lines of the common shapes take a regex; these sit at the edges of what it matches.
  it.each([
    ['a plain value with # inside a word', 'a: b#c\n', true],
    ['a plain value with a colon inside a word', 'a: http://x:80/y\n', true],
    ['trailing spaces after a value', 'a: b   \nc: "d"  \n', true],
    ['an option-like item', 'args:\n- -c\n-   x=1\n', true],
    ['an item that is a quoted ": "', 'args:\n  - \'a: b\'\n  - "c: d"\n', true],
    ['a block scalar header with chomping', 'a: |-\n  x: y\n  - z\nb: >\n  w\n', true],
    ['an empty flow map and sequence', 'a: {}\nb: []\n', true],
    ['a comment after a value', 'a: b # c\n', false],
    ['a value starting with two dashes', 'a: --x\n', false],
    ['a nested item on an item', 'a:\n- - b\n', false],
    ['a CR before the line feed', 'a: b\r\nc: d\n', false],
    ['a tab after the key', 'a:\tb\n', false],
    ['.inf as a value', 'a: .inf\n', false],
    ['a key that is null', 'null: a\n', false],
  ])('%s', (_what, rest, accepted) => {
    const doc = `apiVersion: v1\nkind: A\nmetadata:\n  name: x\n${rest}`;
    const fast = fastHead(doc);
    if (accepted) expect(fast).toEqual(parseHeadFully(doc, 'doc'));
    else expect(fast).toBeUndefined();
  });

  // Each structural decision of the scan, on its own: what it accepts must be what the full parser reads.
  const doc = (rest: string) => `apiVersion: v1\nkind: A\nmetadata:\n  name: x\n${rest}`;
  it.each([
    ['siblings after a nested mapping', 'spec:\n  a:\n    b: 1\n    c: 2\n  d: 3\ne: 4\n'],
    ['a dedent over several levels at once', 'spec:\n  a:\n    b:\n      c: 1\nd: 2\n'],
    ["a sequence at its key's indentation, then the next key", 'spec:\n  args:\n  - a\n  - b\n  c: 1\n'],
    ['a sequence more indented than its key', 'spec:\n  args:\n    - a\n    - b\n  c: 1\n'],
    [
      'mappings in a sequence',
      'spec:\n  env:\n  - name: a\n    value: b\n  - name: c\n    valueFrom:\n      x: y\n  d: 1\n',
    ],
    ["a sequence at its key's indentation in a sequence item", 'spec:\n  - name: a\n    args:\n    - x\n    b: 1\n'],
    ['a dash alone, its mapping on the next lines', 'spec:\n  -\n    a: 1\n  - b\n'],
    ['a key with a null value before its sibling', 'spec:\n  a:\n  b: 1\n'],
    ['a key with a null value at the end', 'spec:\n  a:\n'],
    ['a block scalar with lines that look like YAML', 'data:\n  a: |-\n    b: c\n    - d\n      e\n\n    #f\n  g: 1\n'],
    ['a block scalar as a sequence item', 'args:\n- |\n  x: y\n- z\n'],
    ['a block scalar with an indentation indicator', 'data:\n  a: |2\n     x\n  b: 1\n'],
    ['comments at any indentation', 'spec:\n  # one\n    # two\n  a: 1\n# three\nb: 2\n'],
    ['blank lines, with and without spaces', 'spec:\n\n  a: 1\n    \n  b: 2\n'],
    ['trailing spaces after a key whose value is nested', 'spec:   \n  a: 1  \n'],
    ['an empty mapping on the next line', 'spec:\n  a:\n    {}\n  b: 1\n'],
    ['escaped quotes in a double-quoted value', 'data:\n  a: "{\\"b\\":\\"c\\\\d\\"}"\n'],
    ['a flow sequence of quoted strings', 'args: ["a", "b: c","d"]\n'],
    ['a quoted key', 'data:\n  "a b": c\n  \'d\': e\n'],
    ['keys of digits', 'data:\n  123: a\nitems:\n- 1_000: b\n'],
    [
      'keys of 1024 characters',
      `data:\n  ${'k'.repeat(1024)}: v\n  "${'k'.repeat(1022)}": v\nitems:\n- ${'k'.repeat(1024)}: v\n`,
    ],
    ['a long value', `data:\n  a: "${'v'.repeat(3000)}"\n`],
  ])('reads %s as the full parser does', (_what, rest) => {
    const d = doc(rest);
    expect(fastHead(d)).toEqual(parseHeadFully(d, 'doc'));
  });

  it.each([
    ['a dedent to an indentation never opened', 'spec:\n    a:\n      b: 1\n  c: 2\n'],
    ['a deeper line under a scalar', 'spec:\n  a: 1\n    b: 2\n'],
    ['a deeper line under a sequence item', 'spec:\n  - a\n    - b\n'],
    ['a key at the indentation of a sequence more indented than its key', 'spec:\n  args:\n    - a\n    b: 1\n'],
    ['a sequence item in a mapping after a scalar', 'spec:\n  a: 1\n  - b\n'],
    ['a dash and a space alone', 'spec:\n  - \n'],
    ['a tab in the indentation', 'spec:\n  a: 1\n\tb: 2\n'],
    ['a CR', 'spec:\n  a: 1\r  b: 2\n'],
    ['a CR in a block scalar', 'data:\n  a: |\n    x\r  - y\n'],
    ['a key of 1025 characters', `data:\n  ${'k'.repeat(1025)}: v\n`],
    ['a quoted key of 1025 characters', `data:\n  "${'k'.repeat(1023)}": v\n`],
    ['an item key of 1025 characters', `data:\n- ${'k'.repeat(1025)}: v\n`],
    ['a long flow mapping', `data: {a: "${'v'.repeat(1100)}"}\n`],
    ['a null key', 'data:\n  Null: a\n'],
    ['a key of 19 digits', 'data:\n  1234567890123456789: a\n'],
    ['a number as an annotation', '  annotations:\n    a: 0x10\n'],
    ['a number as an annotation key', '  annotations:\n    1e3: a\n'],
    ['a field name in another case', 'Kind: B\n'],
    ['a field name in another case in metadata', '  NAME: y\n'],
    ['a second metadata', 'metadata:\n  name: y\n'],
    ['a second annotations', '  annotations:\n    a: b\n  annotations:\n    c: d\n'],
  ])('leaves %s to the full parser', (_what, rest) => {
    expect(fastHead(doc(rest))).toBeUndefined();
  });

  it.each([
    ['a document that starts indented', '  apiVersion: v1\n  kind: A\n'],
    ['a number as kind', 'apiVersion: v1\nkind: 1.0\n'],
    ['a hexadecimal apiVersion', 'apiVersion: 0x10\nkind: A\n'],
    ['a name YAML reads as a bool', 'kind: A\nmetadata:\n  name: on\n'],
  ])('leaves %s to the full parser', (_what, d) => {
    expect(fastHead(d)).toBeUndefined();
  });

  it('reads annotations with quoted keys, escapes and flow values', () => {
    expect(
      fastHead(doc('  annotations:\n    "helm.sh/hook": post-install\n    b: "say \\"hi\\""\n    c: \'it\'\n')),
    ).toEqual({
      apiVersion: 'v1',
      kind: 'A',
      name: 'x',
      annotations: new Map([
        ['helm.sh/hook', 'post-install'],
        ['b', 'say "hi"'],
        ['c', 'it'],
      ]),
    });
  });

  /** The full parser's head, or undefined when it refuses the document. */
  const fullHead = (d: string) => {
    try {
      return parseHeadFully(d, 'doc');
    } catch {
      return undefined;
    }
  };

  // Runs: where no head field can be, sibling lines and sequence items are taken by one regex test.
  // Each case puts the line that breaks a run after lines the run takes.
  const runs = (rest: string) => doc(`spec:\n  template:\n${rest}`);
  it.each([
    ['a value with ": " after siblings', '    a: 1\n    b: 2\n    c: d: e\n'],
    ['a comment after a value after siblings', '    a: 1\n    b: 2 # c\n'],
    ['a sibling indented one more', '    a: 1\n    b: 2\n     c: 3\n'],
    ['a sibling indented one less', '    a: 1\n    b: 2\n   c: 3\n'],
    ['a deeper line after a scalar sibling', '    a: 1\n    b: 2\n      c: 3\n'],
    ['a tab before a sibling', '    a: 1\n    \tb: 2\n'],
    ['a tab after a colon', '    a: 1\n    b:\t2\n'],
    ['a tab inside a plain value', '    a: 1\n    b: x\ty\n'],
    ['a sibling key of 1025 characters', `    a: 1\n    ${'k'.repeat(1025)}: v\n`],
    ['a quoted sibling key of 1025 characters', `    a: 1\n    "${'k'.repeat(1023)}": v\n`],
    ['an item key of 1025 characters after items', `    items:\n    - a\n    - ${'k'.repeat(1025)}: v\n`],
    ["an item's key of 1025 characters", `    items:\n    - a: 1\n      ${'k'.repeat(1025)}: v\n`],
    ['a control character in a value', '    a: 1\n    b: x\x01y\n'],
    ['a control character in a quoted value', '    a: 1\n    b: "x\x7fy"\n'],
    ['a control character in a key', '    a: 1\n    b\x02c: 1\n'],
    ['a CR in a value', '    a: 1\n    b: x\ry\n'],
    ['a CR at the end of a line', '    a: 1\r\n    b: 2\n'],
    ['a NEL in a quoted value', "    a: 1\n    b: 'x\x85y'\n"],
    ['a line separator in a quoted value', '    a: 1\n    b: "x\u2028y"\n'],
    ['a paragraph separator in a plain value', '    a: 1\n    b: x\u2029y\n'],
    ['a NEL in a comment', '    a: 1\n    # x\x85y\n    b: 2\n'],
    ['a line separator in a block scalar', '    a: |\n      x\u2028y\n    b: 2\n'],
    ['an unclosed double quote', '    a: 1\n    b: "x\n    c: 1\n'],
    ['an unclosed single quote', "    a: 1\n    b: 'x\n    c: 1\n"],
    ['a document end marker', '    a: 1\n    ...\n    b: 2\n'],
    ['a document start marker', '    a: 1\n---\n    b: 2\n'],
    ['a scalar item then a deeper line', '    items:\n    - a\n    - b\n      c: 1\n'],
    ["an item's key indented one more", '    items:\n    - a: 1\n       b: 2\n'],
    ["an item's key indented one less", '    items:\n    - a: 1\n     b: 2\n'],
    ['a key after a scalar item at its column', '    items:\n    - a\n      b: 1\n'],
    ['a nested item', '    items:\n    - a\n    - - b\n'],
    ['a dash without a space', '    items:\n    - a\n    -b\n'],
    ['a mapping line in a sequence', '    items:\n    - a\n    b: 1\n    - c\n'],
    ['a sequence item in a mapping', '    a: 1\n    b: 2\n    - c\n'],
    ['a whitespace-only line then a deeper line', '    a: 1\n        \n      b: 2\n'],
  ])('leaves %s in a run to the full parser', (_what, rest) => {
    const d = runs(rest);
    expect(fastHead(d), d).toBeUndefined();
  });

  it.each([
    ['siblings and blank lines', '    a: 1\n\n    b: 2\n      \n    c: "3"\n  d: 4\n'],
    ['siblings then a key whose value is nested', '    a: 1\n    b:\n      c: 2\n    d: 3\n'],
    ['siblings then a key with a null value', '    a: 1\n    b:\n    c: 3\n'],
    ['a key with trailing spaces then its value', '    a: 1\n    b:   \n      c: 2\n'],
    [
      'scalar items and mapping items',
      '    items:\n    - a\n    - b: 1\n      c: 2\n    - "d"\n    - e:\n        f: 1\n    - g\n    h: 1\n',
    ],
    ['items indented under their key', '    items:\n      - a: 1\n        b: 2\n      - c\n    d: 1\n'],
    ['an item whose last key is nested', '    items:\n    - a: 1\n      b:\n      - c\n    d: 1\n'],
    ['blank lines between items', '    items:\n    - a\n\n    - b: 1\n\n    - c\n'],
    ['a run at the end of the text', '    a: 1\n    b: 2'],
    ['items at the end of the text', '    items:\n    - a\n    - b'],
    ['a mapping item at the end of the text', '    items:\n    - a: 1\n      b: 2'],
    ['a nested key at the end of the text', '    a: 1\n    b:'],
    [
      'keys of 1024 characters in runs',
      `    a: 1\n    ${'k'.repeat(1024)}: v\n    items:\n    - a: 1\n      ${'k'.repeat(1024)}: v\n    - b\n`,
    ],
    ['a long line in a long run', `${'    a: 1\n'.repeat(300)}    x: ${'v'.repeat(1100)}\n${'    b: 1\n'.repeat(300)}`],
    ['quoted keys and values with ": " and " #"', '    "a: b": "c: d"\n    e: \'f #g\'\n    "h": i\n'],
    ['a tab inside a double-quoted value', '    a: 1\n    b: "x\ty"\n'],
    ['a comment between siblings', '    a: 1\n    # c\n    b: 2\n'],
    ['digit keys among siblings', '    a: 1\n    80: http\n    b: 2\n'],
  ])('reads %s in a run as the full parser does', (_what, rest) => {
    const d = runs(rest);
    expect(fullHead(d), d).toBeDefined();
    expect(fastHead(d), d).toEqual(fullHead(d));
  });

  it('reads head fields after a run that returns to metadata', () => {
    const d =
      'apiVersion: v1\nkind: A\nmetadata:\n  labels:\n    a: b\n    c: d\n  name: nm\n  annotations:\n    x: "y"\n  namespace: z\nspec:\n  a: 1\n';
    expect(fastHead(d)).toEqual(parseHeadFully(d, 'doc'));
    expect(fastHead(d)?.name).toBe('nm');
  });

  // Documents built line by line from fragments at the edges of the common shapes and of runs:
  // whatever fastHead accepts, the full parser must accept and read the same way.
  const line = fc.oneof(
    fc.constantFrom('', '   ', '# c', '  # c', '...', '---', '-', '- ', '\t'),
    fc
      .record({
        indent: fc.constantFrom(0, 1, 2, 2, 2, 3, 4, 4, 4, 6, 8),
        dash: fc.constantFrom('', '', '', '- ', '-  ', '-'),
        key: fc.constantFrom(
          'a',
          'b',
          'c',
          'name',
          'kind',
          'metadata',
          'annotations',
          'Name',
          '"q: k"',
          "'s'",
          '1',
          '12',
          'null',
          '~',
          'k'.repeat(1025),
        ),
        colon: fc.constantFrom(':', ':', ': ', ':  ', ':\t', ''),
        value: fc.constantFrom(
          '',
          'x',
          'x',
          'x y',
          'x: y',
          'x #y',
          'x#y',
          '"s"',
          '"s: t"',
          '"a\\"b"',
          // Escapes: libyaml's one-character ones, hex ones with and without their digits, an unknown one.
          '"a\\tb\\\\c"',
          '"\\x41"',
          '"\\xZ"',
          '"\\u00e9"',
          '"\\u00"',
          '"\\U0001F600"',
          '"\\q"',
          '["\\x4"]',
          "'s'",
          "'it''s'",
          '{}',
          '[]',
          '["a", "b"]',
          '[a, b]',
          '|',
          '|-',
          '>',
          '.inf',
          'on',
          '1.0',
          '-x',
          '--x',
          '&a x',
          '*a',
          'x\x01',
          'x\x7f',
          'x\x85y',
          'x\u2028y',
          'x\ry',
          'x\ty',
          'v'.repeat(1100),
        ),
        trail: fc.constantFrom('', '', '  ', ' # c'),
      })
      .map((l) => `${' '.repeat(l.indent)}${l.dash}${l.key}${l.colon}${l.value}${l.trail}`),
  );
  it('agrees with the full parser on documents made of tricky lines (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.boolean(), (lines, endBreak) => {
        const d = `apiVersion: v1\nkind: A\nmetadata:\n  name: x\n${lines.join('\n')}${endBreak ? '\n' : ''}`;
        const fast = fastHead(d);
        if (fast === undefined) return;
        accepted++;
        expect(fast, d).toEqual(fullHead(d));
      }),
      { numRuns: 3000 },
    );
    // (About one in eight is accepted: the property is not vacuous.)
    expect(accepted).toBeGreaterThan(150);
  });

  it('agrees with the full parser on golden documents with lines changed (seeded)', () => {
    const docs = goldenDocs().filter((d) => d.length < 6000);
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const lead = (l: string) => /^ */.exec(l)![0];
    const changes: ((l: string) => string)[] = [
      (l) => ` ${l}`,
      (l) => `  ${l}`,
      (l) => l.replace(/^ {1,2}/, ''),
      (l) => l.replace(/^( *)/, '$1- '),
      (l) => l.replace(/^( *)- /, '$1'),
      (l) => l.replace(/^( *)- /, '$1  '),
      (l) => `${l}\n`,
      (l) => `${l}\n${lead(l)}# c`,
      (l) => `${l} # c`,
      (l) => `${l}   `,
      (l) => '',
      (l) => l.replace(/: .*$/, ': |'),
      (l) => l.replace(/: .*$/, `: |-\n${lead(l)}  x: y`),
      (l) => l.replace(/: .*$/, ':'),
      (l) => `${l}\n${l}`,
      (l) => l.replace(/^( *)/, '$1\t'),
      (l) => l.replace(/: /, ':'),
      (l) => l.replace(/^( *)\S+:/, '$1null:'),
      (l) => l.replace(/: .*$/, ': .inf'),
      (l) => l.replace(/: .*$/, ': "a\\"b"'),
      (l) => l.replace(/: .*$/, ': ["a", "b"]'),
      (l) => l.replace(/: .*$/, ': [a, "b: c"]'),
      (l) => l.replace(/: .*$/, ': "a'),
      (l) => l.replace(/: .*$/, ': 1.0'),
      (l) => l.replace(/: .*$/, ': - x'),
      (l) => l.replace(/: .*$/, ': a: b'),
      (l) => l.replace(/: .*$/, ': x #y'),
      (l) => l.replace(/^( *)/, '$1-'),
      (l) => l.replace(/^( *)[^:]*:/, '$1"k":'),
      (l) => `${l}\r`,
      (l) => l.replace(/: .*$/, ':') + `\n${lead(l)}  ~`,
      (l) => l.replace(/: .*$/, ':') + `\n${lead(l)}- x`,
      (l) => `${l}\n${lead(l)}   x`,
      (l) => l.replace(/^( *)/, '$1- - '),
      (l) => l.replace(/: .*$/, ': &a x'),
      (l) => l.replace(/: (.)/, ': $1\x01'),
      (l) => l.replace(/: (.)/, ': $1\x85'),
      (l) => l.replace(/: (.)/, ': $1\u2028'),
      (l) => l.replace(/: "(.)/, ': "$1\r'),
      (l) => l.replace(/^( *)([^ :]+):/, `$1${'k'.repeat(1025)}:`),
      (l) => `${l}\n${lead(l)}  `,
      (l) => l.replace(/^( *)- /, '$1-  '),
    ];
    let accepted = 0;
    for (let i = 0; i < 1500; i++) {
      const lines = docs[rnd(docs.length)].split('\n');
      for (let k = 1 + rnd(3); k > 0; k--) {
        const at = rnd(lines.length);
        lines[at] = changes[rnd(changes.length)](lines[at]);
      }
      const d = lines.join('\n');
      const fast = fastHead(d);
      if (fast === undefined) continue;
      accepted++;
      expect(fast, d).toEqual(parseHeadFully(d, 'doc'));
    }
    expect(accepted).toBeGreaterThan(300);
  });
});
