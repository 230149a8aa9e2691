import { toGoValue, type GoValue } from '@polyaxon-render/values';
import { describe, expect, it } from 'vitest';
import { rangeEntries, rangeItems, type RangeEntry } from './range.js';
import { TemplateError } from './template-error.js';

describe('rangeEntries / rangeItems (text/template range)', () => {
  const keys = ['b', 'a10', 'a2', 'Z', '1', '10', '2', '_x', 'B'];
  it.each<[string, GoValue | undefined, RangeEntry[]]>([
    [
      'a list by int index',
      ['x', 'y'],
      [
        [0n, 'x'],
        [1n, 'y'],
      ],
    ],
    [
      'a map by keys in byte order',
      toGoValue(Object.fromEntries(keys.map((k, i) => [k, i]))),
      [
        ['1', 4],
        ['10', 5],
        ['2', 6],
        ['B', 8],
        ['Z', 3],
        ['_x', 7],
        ['a10', 1],
        ['a2', 2],
        ['b', 0],
      ],
    ],
    ['nil not at all', null, []],
    ['a missing value not at all', undefined, []],
    ['an empty list', [], []],
    ['nested values as they are', toGoValue([{ a: null }]), [[0n, toGoValue({ a: null })]]],
  ])('visits %s', (_what, v, entries) => {
    expect(rangeEntries(v)).toEqual(entries);
    expect(rangeItems(v)).toEqual(entries.map(([, value]) => value));
  });

  it.each<[GoValue, string]>([
    ['somewhere', "range can't iterate over somewhere"],
    [1.5, "range can't iterate over 1.5"],
    [1e6, "range can't iterate over 1e+06"],
    [3n, "range can't iterate over 3"],
    [true, "range can't iterate over true"],
  ])('refuses %s like Go', (v, message) => {
    expect(() => rangeEntries(v)).toThrow(
      new TemplateError(message, false, undefined, undefined, { key: { kind: 'range', at: undefined } }),
    );
    expect(() => rangeItems(v)).toThrow(message);
  });
});
