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
  let start = 0;
  let pos = 0;
  if (s.startsWith('---')) {
    pos = 3;
    while (pos < s.length && isRegexpSpace(s.charCodeAt(pos))) pos++;
    start = pos;
  }
  for (;;) {
    const i = s.indexOf('\n---', pos);
    if (i < 0) break;
    push(s.slice(start, i));
    pos = i + 4;
    while (pos < s.length && isRegexpSpace(s.charCodeAt(pos))) pos++;
    start = pos;
  }
  push(s.slice(start));
  return out;
}
