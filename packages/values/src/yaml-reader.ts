/**
 * The bytes → characters step of libyaml as yaml.v2 v2.4.0 ports it
 * (readerc.go yaml_parser_update_buffer): the encoding comes from a byte order
 * mark (UTF-16LE, UTF-16BE, else UTF-8), every character is checked as it is
 * decoded, and the first bad one fails the whole file with libyaml's words.
 * A UTF-8 byte order mark is dropped.
 *
 * libyaml decodes in 512-byte chunks, so a syntax error in an earlier chunk can
 * win over a bad byte further on; here the bytes are checked before any parsing.
 */

/** A reader failure: libyaml's problem text (Helm prints it after "yaml: ", without a line). */
export class ReaderError extends Error {}

/** libyaml's printable set: tab, LF, CR, printable ASCII, NEL and the non-control, non-surrogate planes minus U+FFFE/U+FFFF. */
export function isYamlPrintable(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    (c >= 0x20 && c <= 0x7e) ||
    c === 0x85 ||
    (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

const CONTROL = 'control characters are not allowed';

/** The text of a values file's bytes, or a ReaderError with libyaml's message. */
export function decodeYamlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 2, true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 2, false);
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // The native decoder refuses what libyaml refuses as UTF-8 (bad, overlong, surrogate, past U+10FFFF);
  // what is left is libyaml's printable set. Only a file that fails either is walked byte by byte, for
  // libyaml's message about the first bad character.
  let text: string | undefined;
  try {
    text = strictUtf8.decode(bytes.subarray(start));
  } catch {
    text = undefined;
  }
  if (text === undefined || NOT_PRINTABLE.test(text)) {
    checkUtf8(bytes, start);
    // The byte walk found nothing: the two checks disagree, which they must not.
    throw new Error("yaml-reader: a UTF-8 check disagrees with libyaml's");
  }
  return text;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Characters of valid UTF-8 outside libyaml's printable set (surrogates come only in pairs here: printable). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
const NOT_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

/** The length of a UTF-8 sequence from its leading octet, as libyaml's reader reads it; 0 for an invalid one. */
export function utf8Width(octet: number): number {
  return (octet & 0x80) === 0
    ? 1
    : (octet & 0xe0) === 0xc0
      ? 2
      : (octet & 0xf0) === 0xe0
        ? 3
        : (octet & 0xf8) === 0xf0
          ? 4
          : 0;
}

function checkUtf8(b: Uint8Array, start: number): void {
  for (let i = start; i < b.length;) {
    const octet = b[i];
    const width = utf8Width(octet);
    if (width === 0) throw new ReaderError('invalid leading UTF-8 octet');
    if (width > b.length - i) throw new ReaderError('incomplete UTF-8 octet sequence');
    let value = width === 1 ? octet & 0x7f : width === 2 ? octet & 0x1f : width === 3 ? octet & 0x0f : octet & 0x07;
    for (let k = 1; k < width; k++) {
      const t = b[i + k];
      if ((t & 0xc0) !== 0x80) throw new ReaderError('invalid trailing UTF-8 octet');
      value = (value << 6) + (t & 0x3f);
    }
    // Overlong forms: each width has a smallest value.
    if (!(
      width === 1 ||
      (width === 2 && value >= 0x80) ||
      (width === 3 && value >= 0x800) ||
      (width === 4 && value >= 0x10000)
    )) {
      throw new ReaderError('invalid length of a UTF-8 sequence');
    }
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) throw new ReaderError('invalid Unicode character');
    if (!isYamlPrintable(value)) throw new ReaderError(CONTROL);
    i += width;
  }
}

function decodeUtf16(b: Uint8Array, start: number, little: boolean): string {
  const unit = (i: number): number => (little ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
  const out: number[] = [];
  let text = '';
  for (let i = start; i < b.length;) {
    if (b.length - i < 2) throw new ReaderError('incomplete UTF-16 character');
    let value = unit(i);
    let width = 2;
    if ((value & 0xfc00) === 0xdc00) throw new ReaderError('unexpected low surrogate area');
    if ((value & 0xfc00) === 0xd800) {
      if (b.length - i < 4) throw new ReaderError('incomplete UTF-16 surrogate pair');
      const low = unit(i + 2);
      if ((low & 0xfc00) !== 0xdc00) throw new ReaderError('expected low surrogate area');
      value = 0x10000 + ((value & 0x3ff) << 10) + (low & 0x3ff);
      width = 4;
    }
    if (!isYamlPrintable(value)) throw new ReaderError(CONTROL);
    out.push(value);
    if (out.length === 4096) {
      text += String.fromCodePoint(...out);
      out.length = 0;
    }
    i += width;
  }
  return text + String.fromCodePoint(...out);
}
