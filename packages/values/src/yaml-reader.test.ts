import { describe, expect, it } from 'vitest';
import { RenderError } from './errors.js';
import { loadValuesYaml } from './load-yaml.js';
import { ReaderError, decodeYamlBytes } from './yaml-reader.js';

const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1');

function message(input: Uint8Array): string {
  try {
    loadValuesYaml(input, 'v.yaml');
  } catch (e) {
    if (e instanceof RenderError) return e.message;
    throw e;
  }
  return 'accepted';
}

// Each message is what Helm v3.17.3 printed for the same bytes (`helm template -f v.yaml`).
describe('values file bytes, as libyaml reads them', () => {
  it.each<[string, string, string]>([
    ['a lone continuation byte', 'a: \x80\n', 'invalid leading UTF-8 octet'],
    ['an 0xF8 leader', 'a: \xf8\n', 'invalid leading UTF-8 octet'],
    ['a sequence cut by the end', 'a: b\n\xc3', 'incomplete UTF-8 octet sequence'],
    ['a Latin-1 é at the end', 'nodeSelector:\n  a: caf\xe9\n', 'incomplete UTF-8 octet sequence'],
    ['a bad continuation', 'a: \xc3\x28\n', 'invalid trailing UTF-8 octet'],
    ['an overlong NUL', 'a: \xc0\x80\n', 'invalid length of a UTF-8 sequence'],
    ['an encoded surrogate', 'a: \xed\xa0\x80\n', 'invalid Unicode character'],
    ['a code point past U+10FFFF', 'a: \xf5\x80\x80\x80\n', 'invalid Unicode character'],
    ['a control character first', 'a: \x01\xff\n', 'control characters are not allowed'],
    ['a bad byte first', 'a: \xff\x01\n', 'invalid leading UTF-8 octet'],
    ['a C1 control', 'a: \xc2\x80\n', 'control characters are not allowed'],
    ['U+FFFE', 'a: \xef\xbf\xbe\n', 'control characters are not allowed'],
    ['odd UTF-16', '\xff\xfea\x00:\x00 \x001\x00\n', 'incomplete UTF-16 character'],
    ['a UTF-16 low surrogate first', '\xff\xfea\x00:\x00 \x00\x00\xdc\n\x00', 'unexpected low surrogate area'],
    ['a UTF-16 high surrogate alone', '\xff\xfea\x00:\x00 \x00\x00\xd8a\x00\n\x00', 'expected low surrogate area'],
    ['a UTF-16 pair cut by the end', '\xff\xfea\x00:\x00 \x00\x00\xd8', 'incomplete UTF-16 surrogate pair'],
    ['a UTF-16 control character', '\xff\xfea\x00:\x00 \x00\x01\x00\n\x00', 'control characters are not allowed'],
  ])('refuses %s', (_name, input, want) => {
    expect(message(bytes(input))).toBe(`failed to parse v.yaml: error converting YAML to JSON: yaml: ${want}`);
  });

  it.each<[string, string, string]>([
    ['UTF-8 with a BOM', '\xef\xbb\xbfa: \xc3\xa9\n', 'é'],
    ['two BOMs', '\xef\xbb\xbf\xef\xbb\xbfa: x\n', 'x'],
    ['UTF-16LE', '\xff\xfea\x00:\x00 \x00\x3d\xd8\x00\xde\n\x00', '😀'],
    ['UTF-16BE', '\xfe\xff\x00a\x00:\x00 \x00\xe9\x00\n', 'é'],
  ])('reads %s', (_name, input, want) => {
    expect(loadValuesYaml(bytes(input), 'v.yaml').a).toBe(want);
  });

  it('throws only ReaderError', () => {
    expect(() => decodeYamlBytes(bytes('\xff'))).toThrow(ReaderError);
  });
});
