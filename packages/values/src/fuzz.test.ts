/**
 * Property tests (fast-check) over the `--set` parsers and the values-file
 * loader with hostile input: whatever comes in, the only exception is the
 * documented one (RenderError; StrvalsError/StrvalsTooDeep from the bare
 * parsers, which mergeUserValues wraps), Object.prototype never changes, every
 * map keeps a null prototype, nesting stays within the limit, and each call
 * returns quickly. Seeds are fixed so a failure reproduces; the run stays under
 * a few seconds.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderError } from './errors.js';
import { isMap, toGoValue, type GoMap, type GoValue } from './go-value.js';
import { MAX_VALUES_DEPTH, valueDepth } from './limits.js';
import { loadValuesYaml } from './load-yaml.js';
import { parseSet, parseSetJSON, parseSetLiteral, parseSetString, StrvalsError, StrvalsTooDeep } from './strvals.js';
import { mergeUserValues } from './user-values.js';

const pristine = Object.getOwnPropertyNames(Object.prototype).sort();
// Text nested near Helm's 10000 levels is composed until this thread's stack ends (~1 s on a quiet machine).
const SLOW_MS = 5000;

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(pristine);
  for (const k of ['x', 'a', 'polluted', '__defineGetter__x'])
    expect(({} as Record<string, unknown>)[k], k).toBeUndefined();
});

function nullPrototypes(v: GoValue | undefined): boolean {
  const stack: (GoValue | undefined)[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (Array.isArray(x)) stack.push(...x);
    else if (isMap(x)) {
      if (Object.getPrototypeOf(x) !== null) return false;
      stack.push(...Object.values(x));
    }
  }
  return true;
}

/** Runs `f`; the result, or the error if it is one of `allowed`; anything else fails the property. */
function outcome<T>(f: () => T, ...allowed: (abstract new (...a: never[]) => Error)[]): T | Error {
  const t = Date.now();
  try {
    return f();
  } catch (e) {
    if (allowed.some((c) => e instanceof c)) return e as Error;
    throw e;
  } finally {
    expect(Date.now() - t, 'one call took too long').toBeLessThan(SLOW_MS);
  }
}

function wellFormed(v: unknown): void {
  if (v instanceof Error) return;
  expect(nullPrototypes(v as GoMap)).toBe(true);
  // A --set path nests at most 30 names (as in Helm) and MAX_VALUES_DEPTH lists, and JSON under it as many levels.
  expect(valueDepth(v as GoMap, Infinity)).toBeLessThanOrEqual(2 * MAX_VALUES_DEPTH + 31);
}

// ---- generators ----
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'length',
  'x',
  'a',
];
const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 4, unit: 'grapheme' }));
const index = fc.oneof(
  fc.constantFrom('0', '1', '65536', '65537', '-1', '9223372036854775807', '9223372036854775808', '+1', ' 1', 'x', ''),
  fc.nat({ max: 70000 }).map(String),
);
const setValue = fc.oneof(
  fc.constantFrom('1', 'null', 'true', '{a,b}', '{}', '', '007', '\\,', 'é', '\u2028', '9223372036854775808'),
  fc.string({ maxLength: 6, unit: 'grapheme' }),
);
/** A --set path: hostile names, escaped dots, list indexes, sometimes deep lists. */
const setPath = fc
  .tuple(
    fc.array(fc.tuple(key, fc.option(index, { nil: undefined })), { minLength: 1, maxLength: 5 }),
    fc.oneof(
      { arbitrary: fc.constant(0), weight: 8 },
      { arbitrary: fc.nat({ max: MAX_VALUES_DEPTH + 20 }), weight: 1 },
    ),
  )
  .map(
    ([parts, lists]) =>
      parts.map(([k, i]) => k.replace(/[.=,[\]\\]/g, '\\$&') + (i === undefined ? '' : `[${i}]`)).join('.') +
      '[0]'.repeat(lists),
  );
const setArg = fc.oneof(
  fc
    .array(
      fc.tuple(setPath, setValue).map(([p, v]) => `${p}=${v}`),
      { minLength: 1, maxLength: 3 },
    )
    .map((a) => a.join(',')),
  // Character soup: the error paths matter as much as the happy one.
  fc
    .array(fc.constantFrom('a', '.', '[', ']', '0', '=', ',', '{', '}', '\\', '__proto__', 'constructor', ' ', 'é'), {
      maxLength: 24,
    })
    .map((a) => a.join('')),
);
const jsonValue: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('1', '"s"', 'null', 'true', '1e400', '-0', '"\\ud800"', '{bad', '[1,', ''),
    fc.array(tie('v'), { maxLength: 3 }).map((a) => `[${a.join(',')}]`),
    fc
      .array(fc.tuple(key, tie('v')), { maxLength: 3 })
      .map((a) => `{${a.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).v;
const deepJson = fc.nat({ max: 11000 }).map((n) => '['.repeat(n) + ']'.repeat(n));

describe('--set parsers: only StrvalsError, no prototype change, bounded time', () => {
  it('parseSet, parseSetString, parseSetLiteral', () => {
    fc.assert(
      fc.property(setArg, (s) => {
        for (const parse of [parseSet, parseSetString, parseSetLiteral])
          wellFormed(outcome(() => parse(s), StrvalsError, StrvalsTooDeep));
      }),
      { seed: 20240611, numRuns: 250 },
    );
  });

  it('parseSetJSON', () => {
    fc.assert(
      fc.property(
        setPath,
        fc.oneof({ arbitrary: jsonValue, weight: 8 }, { arbitrary: deepJson, weight: 1 }),
        (p, v) => {
          wellFormed(outcome(() => parseSetJSON(`${p}=${v}`), StrvalsError, StrvalsTooDeep));
        },
      ),
      { seed: 20240612, numRuns: 200 },
    );
  });

  it('mergeUserValues: only RenderError', () => {
    fc.assert(
      fc.property(
        fc.array(setArg, { maxLength: 3 }),
        fc.array(
          fc.tuple(setPath, jsonValue).map(([p, v]) => `${p}=${v}`),
          { maxLength: 2 },
        ),
        (set, setJSON) => {
          wellFormed(outcome(() => mergeUserValues({ set, setJSON, setString: set.slice(0, 1) }), RenderError));
        },
      ),
      { seed: 20240613, numRuns: 150 },
    );
  });
});

// ---- values files ----
const yamlScalar = fc.oneof(
  fc.constantFrom(
    '1',
    '~',
    'yes',
    'n',
    '0x1F',
    '.inf',
    '.nan',
    '"q"',
    "'s'",
    '!!binary aGk=',
    '!!str 5',
    '!!int x',
    '2001-12-14',
    '*a',
    '*b',
    '*nope',
    '&a 1',
    '&b [1]',
    'x: y',
    '- 1',
    '[',
    '{',
    '"',
    '|',
    '>',
    '#c',
    '<<',
  ),
  fc.string({ maxLength: 5, unit: 'grapheme' }),
  fc.constantFrom('\u0085', '\u2028', '\u2029', '\ufeff', '\t', '\u0001', '\ufffe', 'é', '😀'),
);
const yamlLine = fc
  .tuple(
    fc.nat({ max: 8 }),
    fc.oneof(key, fc.constantFrom('<<', '? a', '- ', '-', '&a k', '*a', '"__proto__"', 'k')),
    yamlScalar,
  )
  .map(([indent, k, v]) => `${' '.repeat(indent)}${k}: ${v}`);
const yamlText = fc.oneof(
  { arbitrary: fc.array(yamlLine, { maxLength: 12 }).map((l) => l.join('\n')), weight: 8 },
  // Deep nesting, up to past Helm's limits.
  fc
    .tuple(
      fc.constantFrom('x: ', 'x:\n', 'a:\n  b: '),
      fc.nat({ max: 10500 }),
      fc.constantFrom('[', '{a: ', '- ', '  k:\n'),
    )
    .map(
      ([head, n, open]) =>
        head +
        (open === '  k:\n'
          ? Array.from({ length: Math.min(n, 900) }, (_, i) => `${' '.repeat(i)}k:`).join('\n')
          : open.repeat(n) + (open === '[' ? ']'.repeat(n) : open === '{a: ' ? '1' + '}'.repeat(n) : '1')),
    ),
  // Alias chains and bombs.
  {
    arbitrary: fc.tuple(fc.nat({ max: 12 }), fc.nat({ max: 9 })).map(([levels, width]) => {
      const lines = ['l0: &l0 [x]'];
      for (let i = 1; i <= levels; i++)
        lines.push(`l${i}: &l${i} [${Array.from({ length: width + 1 }, () => `*l${i - 1}`).join(',')}]`);
      return lines.join('\n');
    }),
    weight: 2,
  },
);

describe('values files: only RenderError, no prototype change, bounded time', () => {
  it('text', () => {
    fc.assert(
      fc.property(yamlText, (text) => wellFormed(outcome(() => loadValuesYaml(text, 'v.yaml'), RenderError))),
      { seed: 20240614, numRuns: 250 },
    );
  });

  it('bytes', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc
        .tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], []), fc.uint8Array({ maxLength: 32 }))
        .map(([bom, b]) => new Uint8Array([...bom, ...b])),
      yamlText.map((t) => new TextEncoder().encode(t)),
    );
    fc.assert(
      fc.property(bytes, (b) => wellFormed(outcome(() => loadValuesYaml(b, 'v.yaml'), RenderError))),
      { seed: 20240615, numRuns: 250 },
    );
  });
});

describe('toGoValue (render(values)): only RenderError', () => {
  it('any JavaScript value, hostile keys included', () => {
    const value = fc.anything({
      key: key,
      maxDepth: 4,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(value, (v) => wellFormed(outcome(() => toGoValue(v), RenderError))),
      { seed: 20240616, numRuns: 300 },
    );
  });
});
