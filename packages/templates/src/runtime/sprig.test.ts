import type { GoValue } from '@polyaxon-render/values';
import { describe, expect, it } from 'vitest';
import { toInt, trimSpace } from './sprig.js';

describe('toInt (sprig int, cast.ToInt64: strconv.ParseInt(s, 0, 64))', () => {
  // Each row is what Helm 3.17.3 printed for {{ int X }}.
  it.each<[GoValue, bigint]>([
    ['07_7', 63n],
    ['0x_1F', 31n],
    ['1__0', 0n],
    ['0_', 0n],
    ['1_000', 1000n],
    ['0b1_1', 3n],
    ['-0o17', -15n],
    ['010', 8n],
    ['12.0', 12n],
    ['12.5', 0n],
    ['9223372036854775808', 0n],
    ['x', 0n],
    [2.9, 2n],
    [true, 1n],
  ])('%s -> %s', (v, want) => expect(toInt(v)).toBe(want));
});

describe('trimSpace (strings.TrimSpace, sprig trim)', () => {
  it.each([
    ['  a b \n', 'a b'],
    ['\t\v\f\r\n x', 'x'],
    ['\u0085\u00a0x\u3000', 'x'],
    ['\ufeffx', '\ufeffx'], // Go does not treat the BOM as space
    ['\u200bx', '\u200bx'], // nor the zero-width space
    ['', ''],
    ['   ', ''],
    ['x', 'x'],
  ])('%j -> %j', (input, want) => {
    expect(trimSpace(input)).toBe(want);
  });
});

