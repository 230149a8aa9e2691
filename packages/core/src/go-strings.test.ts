import { describe, expect, it } from 'vitest';
import { trimSpace } from './go-strings.js';

describe('trimSpace (strings.TrimSpace)', () => {
  it.each([
    ['  a b \n', 'a b'],
    ['\t\v\f\r\n x', 'x'],
    ['\u00a0x\u3000', 'x'],
    ['\ufeffx', '\ufeffx'], // Go does not treat the BOM as space
    ['', ''],
    ['   ', ''],
    ['x', 'x'],
  ])('%j -> %j', (input, want) => {
    expect(trimSpace(input)).toBe(want);
  });
});
