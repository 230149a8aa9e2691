import type { GoValue } from '@polyaxon-render/values';
import { describe, expect, it, vi } from 'vitest';
import {
  b64enc,
  b64encQuoted,
  cryptoRandom,
  newCryptoRandom,
  nospace,
  quote,
  replace,
  toInt,
  trimSpace,
  trunc,
} from './sprig.js';

/** The message `f` throws with. */
function captureError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('toInt (sprig int, cast.ToInt64: strconv.ParseInt(s, 0, 64))', () => {
  // Each row is what Helm 3.17.3 printed for the sprig call `int X`.
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
    ['0', 0n],
    ['17', 17n],
    ['08', 0n], // a leading 0 is octal
    ['123456789012345678', 123456789012345678n],
    ['9223372036854775807', 9223372036854775807n],
    ['1.', 1n],
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

describe('nospace (goutils.DeleteWhiteSpace: UTF-8 bytes as runes)', () => {
  // Each row is what Helm 3.17.3 printed for the sprig call `nospace X` (read back through b64enc).
  it.each([
    ['a b\tc\n', 'abc'],
    ['abc', 'abc'],
    ['', ''],
    ['é', 'é'], // no space byte: the string as it was
    ['日本', '日本'],
    ['\u3000x', '\u3000x'], // E3 80 80: no byte is a space
    ['à b', '\u00c3b'], // à is C3 A0, and 0xA0 is a space: the C3 left is a rune of its own
    ['a\u0085b', 'a\u00c2b'],
    ['\u00a0x', '\u00c2x'],
    ['日本 x', '\u00e6\u0097\u00a5\u00e6\u009c\u00acx'],
    ['\ufeffx y', '\u00ef\u00bb\u00bfxy'],
  ])('%j -> %j', (input, want) => expect(nospace(input)).toBe(want));
});

describe('trunc (Go slices bytes) and b64enc (of the UTF-8 bytes)', () => {
  it.each<[number, string, string]>([
    [3, 'abcdef', 'abc'],
    [-2, 'abcdef', 'ef'],
    [10, 'abc', 'abc'],
    [3, 'a\tbcd', 'a\tb'], // control characters are ASCII: one byte each
    [3, 'aé', 'aé'], // é is two bytes
  ])('trunc %d %j -> %j', (n, s, want) => expect(trunc(n, s)).toBe(want));
  it.each([
    ['abc', 'YWJj'],
    ['a\tb\x7f', 'YQlifw=='],
    ['é', 'w6k='],
  ])('b64enc %j -> %j', (s, want) => expect(b64enc(s)).toBe(want));
});

describe('b64encQuoted (the pipeline `X | b64enc | quote`)', () => {
  it.each<GoValue | undefined>(['', 'a', 'abc', 'xK9f0Qz', '"\\\n\t', 'é ✓ 😀', '\ud800', 'a'.repeat(1000)])(
    'is quote(b64enc(%j))',
    (x) => expect(b64encQuoted(x)).toBe(quote(b64enc(x))),
  );
  it.each<GoValue | undefined>([undefined, null, 1, true])('fails on %j as b64enc does', (x) =>
    expect(() => b64encQuoted(x)).toThrow(captureError(() => b64enc(x))),
  );
});

describe('cryptoRandom.alphaNum (sprig randAlphaNum)', () => {
  it('draws n characters of [A-Za-z0-9], across refills of its byte pool', () => {
    for (const n of [0, 1, 60, 4095, 9000]) {
      const s = cryptoRandom.alphaNum(n);
      expect(s).toMatch(/^[A-Za-z0-9]*$/);
      expect(s.length).toBe(n);
    }
  });
  it.each([1, 7, 256, 4096])(
    'a source of its own with a pool of %i bytes draws the same way, call after call',
    (bytes) => {
      const random = newCryptoRandom(bytes);
      for (const n of [0, 1, 60, 5000, 60]) {
        const s = random.alphaNum(n);
        expect(s).toMatch(/^[A-Za-z0-9]*$/);
        expect(s.length).toBe(n);
      }
    },
  );
  it('maps byte b < 248 to symbol b % 62 and skips the bytes from 248 (rejection sampling)', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    // Every refill of the pool holds the bytes 0, 1, ..., 255 in order.
    const fill = vi
      .spyOn(globalThis.crypto, 'getRandomValues')
      .mockImplementation(<T extends ArrayBufferView>(a: T): T => {
        const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
        for (let i = 0; i < bytes.length; i++) bytes[i] = i % 256;
        return a;
      });
    try {
      const random = newCryptoRandom(256);
      expect(random.alphaNum(62 * 4)).toBe(alphabet.repeat(4));
      // Bytes 248-255 are skipped: the next draw starts the next pool at byte 0.
      expect(random.alphaNum(3)).toBe('abc');
      expect(fill).toHaveBeenCalledTimes(2);
    } finally {
      fill.mockRestore();
    }
  });
  it('uses all 62 symbols about equally', () => {
    const counts = new Map<string, number>();
    for (const c of cryptoRandom.alphaNum(62_000)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 1000 expected each; 5 standard deviations is about ±160.
    for (const k of counts.values()) expect(Math.abs(k - 1000)).toBeLessThan(200);
  });
});

describe('replace OLD NEW SRC (strings.Replace with n = -1)', () => {
  it.each<[string, string, string, string]>([
    ['+', '_', '0.5.5', '0.5.5'],
    ['+', '_', '1.0+build.1+x', '1.0_build.1_x'],
    ['a', 'b', 'aaa', 'bbb'],
    ['aa', 'b', 'aaa', 'ba'],
    ['x', '', 'axbx', 'ab'],
    ['$', '$&', 'a$b', 'a$&b'],
    ['', '-', 'ab', '-a-b-'],
    ['', '-', '', '-'],
    ['a', 'b', '', ''],
  ])('replace %j %j %j is %j', (old, neu, src, want) => expect(replace(old, neu, src)).toBe(want));
});

describe('quote (sprig: each non-nil operand as %q of its strval, space-joined)', () => {
  it.each<[string, (GoValue | undefined)[], string]>([
    ['a string', ['a'], '"a"'],
    ['a float64', [8000], '"8000"'],
    ['a large float64', [1e6], '"1e+06"'],
    ['an int64', [10n], '"10"'],
    ['a bool', [false], '"false"'],
    ['nil', [null], ''],
    ['a missing value', [undefined], ''],
    ['a list', [['x', 1]], '"[x 1]"'],
    ['no operand', [], ''],
    ['several, one nil', ['a', null, 2], '"a" "2"'],
  ])('%s', (_, args, want) => expect(quote(...args)).toBe(want));
});

describe('newCryptoRandom().uniformHex256', () => {
  it('writes each drawn byte as two lowercase hex digits, in order, across pool refills', () => {
    let next = 0;
    const spy = vi
      .spyOn(globalThis.crypto, 'getRandomValues')
      .mockImplementation(<T extends ArrayBufferView>(a: T): T => {
        const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (next++ * 37 + 5) & 255;
        return a;
      });
    try {
      // A pool of 20 bytes: each draw of 32 bytes refills it once or twice.
      const random = newCryptoRandom(20);
      const want = (from: number) =>
        Array.from({ length: 32 }, (_, i) => (((from + i) * 37 + 5) & 255).toString(16).padStart(2, '0')).join('');
      expect(random.uniformHex256!()).toBe(want(0));
      expect(random.uniformHex256!()).toBe(want(32));
      expect(random.uniformHex256!()).toBe(want(64));
    } finally {
      spy.mockRestore();
    }
  });
});
