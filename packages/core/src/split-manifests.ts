/**
 * releaseutil.SplitManifests (Helm v3.17.3): a rendered file becomes documents by
 * splitting on the regexp `(?:^|\s*\n)---\s*` after trimming; empty documents are
 * dropped and each document is trimmed.
 *
 * Written as a scan rather than a regex (this runs on every render): a separator
 * is `---` at the very start or right after a newline that lies at or after the
 * current position, and it swallows the white space after it — so in
 * "a\n---\n---\nb" the second `---` is not a separator, exactly as with Go's regexp.
 */
import { trimSpace } from '@polyaxon-render/templates';

/** Go's regexp `\s`: [\t\n\f\r ] (not \v). */
function isRegexpSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

export function splitManifests(bigFile: string): string[] {
  const s = trimSpace(bigFile);
  const out: string[] = [];
  const push = (d: string) => {
    if (d !== '') out.push(trimSpace(d));
  };
  let start = firstDocument(s);
  for (;;) {
    const i = s.indexOf('\n---', start);
    if (i < 0) break;
    push(s.slice(start, i));
    start = afterSeparator(s, i + 4);
  }
  push(s.slice(start));
  return out;
}

/** Where the first document of the trimmed text `s` starts: after a separator at its very start (`^---\s*`). */
export function firstDocument(s: string): number {
  return s.startsWith('---') ? afterSeparator(s, 3) : 0;
}

/** Where the document after a separator's `---` (which ends at `pos`) starts: the separator swallows the white space after it. */
export function afterSeparator(s: string, pos: number): number {
  while (pos < s.length && isRegexpSpace(s.charCodeAt(pos))) pos++;
  return pos;
}
