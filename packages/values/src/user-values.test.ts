import { describe, expect, it } from 'vitest';
import { RenderError } from './errors.js';
import { toGoValue, type GoMap } from './go-value.js';
import { mergeMaps, mergeUserValues } from './user-values.js';

const m = (v: unknown): GoMap => toGoValue(v) as GoMap;

describe('mergeMaps', () => {
  it('merges maps recursively and lets later scalars and lists replace', () => {
    expect(mergeMaps(m({ a: { x: 1, y: 1 }, l: [1], s: { k: 1 } }), m({ a: { y: 2 }, l: [2], s: 3 }))).toEqual(
      m({ a: { x: 1, y: 2 }, l: [2], s: 3 }),
    );
  });
  it('keeps nulls for coalescing to act on', () =>
    expect(mergeMaps(m({ a: 1 }), m({ a: null }))).toEqual(m({ a: null })));
});

describe('mergeUserValues', () => {
  it('applies flags by kind: files, json, set, string, file, literal', () => {
    const got = mergeUserValues({
      files: [m({ a: 'file', b: 'file' })],
      setLiteral: ['a=literal'],
      setString: ['b=1'],
      set: ['b=2', 'c=3'],
      setJSON: ['c=4'],
      setFile: ['d=path'],
      readFile: (p) => `<${p}>`,
    });
    expect(got).toEqual(m({ a: 'literal', b: '1', c: 3n, d: '<path>' }));
  });

  it('does not write into the decoded files', () => {
    const file = m({ a: { b: 1 } });
    mergeUserValues({ files: [file], set: ['a.c=2'] });
    expect(file).toEqual(m({ a: { b: 1 } }));
  });

  it.each([
    [{ set: ['a'] }, 'failed parsing --set data: key "a" has no value', '--set'],
    [{ setString: ['a'] }, 'failed parsing --set-string data: key "a" has no value', '--set-string'],
    [{ setJSON: ['a={x'] }, 'failed parsing --set-json data a={x', '--set-json'],
    [{ setLiteral: ['a'] }, 'failed parsing --set-literal data: key "a" has no value', '--set-literal'],
    [{ setFile: ['a=nope'] }, 'failed parsing --set-file data: open nope: no such file or directory', '--set-file'],
  ])('%j fails as Helm does', (opts, message, flag) => {
    let err: unknown;
    try {
      mergeUserValues(opts);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).message).toBe(message);
    expect((err as RenderError).code).toBe('set');
    expect((err as RenderError).where.flag).toBe(flag);
  });
});
