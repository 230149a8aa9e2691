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
    if (existsSync(f)) docs.push(...splitManifests(readFileSync(f, 'utf8')).map((d) => d.replace(/^# Source: .*\n/, '')));
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
    expect(fastHead(`${head('A')}args:\n- 'a: b'\n- "c: d"\n`)).toEqual({ apiVersion: 'v1', kind: 'A', name: 'x', annotations: undefined });
  });

  it('takes an empty value written on the next line', () => {
    expect(fastHead(`${head('A')}spec:\n  affinity:\n    null\n  x: {}\n`)).toEqual({ apiVersion: 'v1', kind: 'A', name: 'x', annotations: undefined });
  });

  it('reads kind, name and annotations', () => {
    const doc = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: "job-1"\n  annotations:\n    "helm.sh/hook": post-install\n    helm.sh/hook-weight: "-5"\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        command: ["x"]\n';
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
    ['an item that is a quoted ": "', "args:\n  - 'a: b'\n  - \"c: d\"\n", true],
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
});
