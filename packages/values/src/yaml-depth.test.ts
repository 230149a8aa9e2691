import { describe, expect, it } from 'vitest';
import { RenderError } from './errors.js';
import { valueDepth } from './limits.js';
import { loadValuesYaml } from './load-yaml.js';
import { depthBound } from './yaml-depth.js';

const flowSeq = (n: number): string => '['.repeat(n) + '1' + ']'.repeat(n);
const flowMap = (n: number): string => '{a: '.repeat(n) + '1' + '}'.repeat(n);
const blockSeq = (n: number): string => '- '.repeat(n) + '1';
const blockMap = (n: number): string => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1';

function outcome(text: string): string {
  try {
    return `depth ${valueDepth(loadValuesYaml(text, 'v.yaml'), Infinity)}`;
  } catch (e) {
    if (e instanceof RenderError) return e.message;
    throw e;
  }
}

const HELM_YAML = 'failed to parse v.yaml: error converting YAML to JSON: yaml:';

describe('nesting limits of values files', () => {
  // Helm v3.17.3 printed each of these refusals for the same file.
  it.each<[string, string, string]>([
    ['10001 flow sequences on line 1', `x: ${flowSeq(10001)}\n`, `${HELM_YAML} exceeded max depth of 10000`],
    [
      '10001 flow sequences on line 3',
      `a: 1\nb: 2\nx: ${flowSeq(10001)}\n`,
      `${HELM_YAML} line 3: exceeded max depth of 10000`,
    ],
    ['30000 flow sequences', `x: ${flowSeq(30000)}\n`, `${HELM_YAML} exceeded max depth of 10000`],
    ['10001 block sequences', `x:\n${blockSeq(10001)}\n`, `${HELM_YAML} line 2: exceeded max depth of 10000`],
    [
      'JSON depth 10001 (lists)',
      `x: ${flowSeq(10000)}\n`,
      "failed to parse v.yaml: error unmarshaling JSON: while decoding JSON: invalid character '[' exceeded max depth",
    ],
    [
      'JSON depth 10001 (maps)',
      `x: ${flowMap(10000)}\n`,
      "failed to parse v.yaml: error unmarshaling JSON: while decoding JSON: invalid character '{' exceeded max depth",
    ],
    [
      'JSON depth 10001 (block lists)',
      `x:\n${blockSeq(10000)}\n`,
      "failed to parse v.yaml: error unmarshaling JSON: while decoding JSON: invalid character '[' exceeded max depth",
    ],
  ])('refuses %s as Helm does', (_name, text, want) => {
    expect(outcome(text)).toBe(want);
  });

  it.each<[string, string, number]>([
    ['flow sequences', `x: ${flowSeq(499)}\n`, 500],
    ['flow maps', `x: ${flowMap(499)}\n`, 500],
    ['block sequences', `x:\n${blockSeq(499)}\n`, 500],
    ['block maps', blockMap(500), 500],
  ])('reads %s 500 deep', (_name, text, depth) => {
    expect(outcome(text)).toBe(`depth ${depth}`);
  });

  it.each<[string, string, number]>([
    ['flow sequences', `x: ${flowSeq(500)}\n`, 501],
    ['block maps', blockMap(501), 501],
    ['block maps 3000 deep (the fast reader, any stack)', blockMap(3000), 3000],
    ['block sequences', `x:\n${blockSeq(2000)}\n`, 2001],
  ])('reads %s deeper than the old limit of 500, as Helm does', (_name, text, depth) => {
    expect(outcome(text)).toBe(`depth ${depth}`);
  });

  it("refuses, with a limit RenderError and never a crash, what this thread's stack cannot compose (the CLI gives such input a larger one)", () => {
    for (const text of [`x: ${flowSeq(9999)}\n`, `a: 1\nx: ${flowMap(9000)}\n`]) {
      expect(outcome(text)).toMatch(/^failed to parse v\.yaml: values nested too deeply for this thread's stack/);
    }
  });

  it('reads values that aliases nest past 500 levels (Helm accepts them)', () => {
    // Each anchor wraps the previous one: 510 lines, 511 levels. The padding keeps the
    // alias ratio under yaml.v2's "excessive aliasing" threshold, so Helm accepts it.
    const lines = ['pad: [' + Array.from({ length: 5000 }, () => '0').join(',') + ']', 'a0: &a0 [1]'];
    for (let i = 1; i <= 510; i++) lines.push(`a${i}: &a${i} [*a${i - 1}]`);
    expect(outcome(lines.join('\n'))).toBe('depth 512');
  });

  it('lets a syntax error the parser finds first win', () => {
    // Helm's words; yaml.v2 prints a parser error's 0-based line, so the `]` on line 2 is "line 1".
    expect(outcome(`a: 1\n]\nx: ${flowSeq(10001)}\n`)).toBe(
      'failed to parse v.yaml: error converting YAML to JSON: yaml: line 1: did not find expected key',
    );
  });

  it('does not look at later documents', () => {
    expect(outcome(`a: 1\n---\nx: ${flowSeq(30000)}\n`)).toBe('depth 1');
  });
});

describe('valueDepth', () => {
  it.each<[unknown, number]>([
    [1, 0],
    [[], 1],
    [{ a: [1, { b: [] }] }, 4],
  ])('%j is %i deep', (v, want) => expect(valueDepth(v as never, Infinity)).toBe(want));

  it('stops at a cycle once past the cap', () => {
    const a: unknown[] = [];
    a.push(a);
    expect(valueDepth(a as never)).toBe(10001);
  });
});

describe('depthBound', () => {
  it.each<[string, number]>([
    ['a: 1\nb: [1, {c: 2}]\n', 4],
    ['a:\n  b:\n  - - c\n', 14],
  ])('bounds %j by %i', (text, want) => expect(depthBound(text)).toBe(want));

  it('is never below the real depth', () => {
    for (const text of [
      blockMap(40),
      `x:\n${blockSeq(40)}\n`,
      `x: ${flowSeq(40)}`,
      `x: ${flowMap(40)}`,
      'a:\n- b:\n  - c:\n    - d: 1\n',
    ]) {
      expect(depthBound(text)).toBeGreaterThanOrEqual(valueDepth(loadValuesYaml(text, 'v.yaml'), Infinity));
    }
  });
});
