/** Go's string helpers where JavaScript's differ. */

/** unicode.IsSpace's set: JS trim() also strips U+FEFF and treats a few characters differently. */
const space = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const trimRe = new RegExp(`^[${space}]+|[${space}]+$`, 'g');

/** strings.TrimSpace */
export function trimSpace(s: string): string {
  return s.replace(trimRe, '');
}

/** path.Base of a slash path. */
export function baseName(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

/** Go's sort.Strings order (bytes; UTF-16 order differs only above the BMP). */
export function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
