/**
 * releaseutil.SplitManifests (Helm v3.17.3): a rendered file becomes documents by
 * splitting on `---` lines, after trimming; empty documents are dropped and each
 * document is trimmed.
 */
import { trimSpace } from './go-strings.js';

// Go's regexp `\s` is [\t\n\f\r ] only.
const sep = /(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*/g;

export function splitManifests(bigFile: string): string[] {
  const docs = trimSpace(bigFile).split(sep);
  const out: string[] = [];
  for (const d of docs) {
    if (d === '') continue;
    out.push(trimSpace(d));
  }
  return out;
}
