/**
 * Hostile input through render() and runCli: `__proto__` & co. from JSON.parse
 * render what Helm renders for the same JSON values file, and whatever a caller
 * passes fails with a RenderError, never another exception, with
 * Object.prototype untouched.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_VALUES_DEPTH, RenderError, type PolyaxonValues } from '@polyaxon-render/values';

// These tests hand render() what its types forbid, as JavaScript callers and JSON.parse can.
const untyped = (v: unknown) => v as PolyaxonValues;
import { runCli, type CliIO } from './cli.js';
import { render, renderDocuments } from './render.js';

const caseDir = resolve(import.meta.dirname, '../../../fixtures/cases/hostile-json-values-file');
const pristine = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(pristine);
  for (const k of ['polluted', 'leaked', 'polyaxonSecret', 'nodeSelector', 'x'])
    expect(({} as Record<string, unknown>)[k], k).toBeUndefined();
});

function refusal(values: unknown): RenderError {
  try {
    render(untyped(values));
  } catch (e) {
    if (e instanceof RenderError) return e;
    throw e;
  }
  throw new Error('rendered');
}

const deep = (n: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = { k: v };
  return v;
};

describe('render(values) with hostile keys', () => {
  it('renders JSON.parse values with __proto__, constructor and prototype keys as Helm renders the same JSON file', () => {
    const values: unknown = JSON.parse(readFileSync(resolve(caseDir, 'values.json'), 'utf8'));
    expect(render(untyped(values))).toBe(readFileSync(resolve(caseDir, 'expected.yaml'), 'utf8'));
    expect(renderDocuments(untyped(values)).length).toBeGreaterThan(30);
  });

  it('does not read inherited properties: a polluted Object.prototype changes nothing', () => {
    const clean = render({ nodeSelector: { a: '1' } }, { seed: 1 });
    const inherited = { configurable: true, enumerable: true, writable: true };
    Object.defineProperty(Object.prototype, 'polyaxonSecret', { value: 'inherited', ...inherited });
    Object.defineProperty(Object.prototype, 'ingress', { value: { enabled: true }, ...inherited });
    try {
      expect(render({ nodeSelector: { a: '1' } }, { seed: 1 })).toBe(clean);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polyaxonSecret;
      delete (Object.prototype as Record<string, unknown>).ingress;
    }
  });
});

describe('render(values) refuses what is not values, with a RenderError', () => {
  it.each<[string, () => unknown, string, RegExp]>([
    [
      'a cycle',
      () => {
        const a: Record<string, unknown> = {};
        a.self = a;
        return { nodeSelector: a };
      },
      'limit',
      /^render\(values\): values nested deeper than \d+ levels .* \(or they contain a cycle\) at nodeSelector(\.self)+$/,
    ],
    [
      'nesting past the limit',
      () => ({ nodeSelector: deep(MAX_VALUES_DEPTH + 5) }),
      'limit',
      /^render\(values\): values nested deeper than/,
    ],
    [
      'a function',
      () => ({ nodeSelector: { f: () => 1 } }),
      'values',
      /^render\(values\): values must be plain data .* found a function at nodeSelector\.f$/,
    ],
    ['a symbol', () => ({ a: Symbol('s') }), 'values', /found a symbol at a$/],
    ['a Date', () => ({ when: new Date(0) }), 'values', /found Date at when$/],
    ['a Map', () => ({ m: new Map([['a', 1]]) }), 'values', /found Map at m$/],
    ['a typed array', () => ({ b: new Uint8Array(2) }), 'values', /found Uint8Array at b$/],
    [
      'a getter that throws',
      () => ({
        get boom(): never {
          throw new Error('no');
        },
      }),
      'values',
      /^render\(values\): values could not be read: no$/,
    ],
    ['a list at the top', () => [1, 2], 'values', /^render\(values\): values must be an object/],
  ])('%s', (_name, make, code, message) => {
    const e = refusal(make());
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('renders values nested up to the limit', () => {
    expect(
      render(untyped({ unused: deep(MAX_VALUES_DEPTH - 2), nodeSelector: { x: deep(200) } }), {
        seed: 1,
        showOnly: ['templates/api-deployment.yaml'],
      }),
    ).toContain('nodeSelector:\n        x:\n          k:');
  });

  it('turns a RangeError inside render into a RenderError', () => {
    const e = (() => {
      try {
        // Coalescing warns (a table where the chart has a string); the callback runs out of stack.
        render(untyped({ deploymentType: { a: 1 } }), {
          warn: () => {
            throw new RangeError('Maximum call stack size exceeded');
          },
        });
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(RenderError);
    expect((e as RenderError).code).toBe('limit');
    expect((e as RenderError).message).toBe(
      "values nested too deeply for this thread's stack (Maximum call stack size exceeded); the polyaxon-render CLI takes Helm's 10000 levels",
    );
  });
});

describe('runCli with hostile input', () => {
  function io(
    files: Record<string, string>,
    out: { stdout: string; stderr: string },
    stdout?: (t: string) => void,
  ): CliIO {
    return {
      readFile: (p) => {
        if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
        return files[p];
      },
      readStdin: () => '',
      writeFile: () => {},
      fileExists: () => false,
      stdout: stdout ?? ((t) => (out.stdout += t)),
      stderr: (t) => (out.stderr += t),
    };
  }

  it('prints a limit as an error line, not a stack trace', async () => {
    const out = { stdout: '', stderr: '' };
    const code = await runCli(['--set', `u${'[0]'.repeat(MAX_VALUES_DEPTH + 1)}=1`], io({}, out));
    expect(code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(
      /^Error: failed parsing --set data: values nested (deeper than \d+ levels are not supported|too deeply for this thread's stack .*)\n$/,
    );
  });

  it('prints a RangeError that escapes as an error line', async () => {
    const out = { stdout: '', stderr: '' };
    const code = await runCli(
      ['--set', 'nodeSelector.a=1'],
      io({}, out, () => {
        throw new RangeError('Invalid string length');
      }),
    );
    expect(code).toBe(1);
    expect(out.stderr.split('\n').filter((l) => l.startsWith('Error: '))).toEqual([
      'Error: input too large or too deeply nested for polyaxon-render (Invalid string length)',
    ]);
  });
});
