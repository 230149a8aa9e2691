/**
 * `helm template --show-only` (cmd/helm/template.go, v3.17.3): the printed
 * stream is split again into documents, and each pattern (path.filepath.Match
 * against the path after the chart name in `# Source:`) selects documents, in
 * pattern order; a pattern that matches nothing is an error.
 */
import { RenderError } from '@polyaxon-render/values';
import { splitManifests } from './split-manifests.js';

const sourceRe = /# Source: [^/]+\/(.+)/;

export function showOnly(stream: string, patterns: readonly string[]): string {
  const docs = splitManifests(stream);
  let out = '';
  for (const p of patterns) {
    let missing = true;
    for (const doc of docs) {
      const m = sourceRe.exec(doc);
      if (!m) continue;
      if (!filepathMatch(p, m[1])) continue;
      out += `---\n${doc}\n`;
      missing = false;
    }
    if (missing) throw new RenderError('usage', `could not find template ${p} in chart`, { flag: '--show-only' });
  }
  return out;
}

/**
 * Go's path/filepath.Match on slash paths: `*` and `?` never match '/', `[...]`
 * classes with ranges and `^` negation, `\` escapes. A malformed pattern matches nothing.
 */
export function filepathMatch(pattern: string, name: string): boolean {
  try {
    return new RegExp(`^${globToRegex(pattern)}$`, 'su').test(name);
  } catch {
    return false;
  }
}

function globToRegex(p: string): string {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      i++;
      if (i >= p.length) throw new Error('bad pattern');
      re += escapeRe(p[i]);
    } else if (c === '[') {
      let j = i + 1;
      let cls = '[';
      if (p[j] === '^') {
        cls += '^/';
        j++;
      }
      let closed = false;
      let first = true;
      for (; j < p.length; j++) {
        const d = p[j];
        if (d === ']' && !first) {
          closed = true;
          break;
        }
        first = false;
        if (d === '\\') {
          j++;
          if (j >= p.length) throw new Error('bad pattern');
          cls += escapeRe(p[j]);
        } else if (d === '-') cls += '-';
        else cls += escapeRe(d);
      }
      if (!closed || cls === '[' || cls === '[^/') throw new Error('bad pattern');
      re += cls + ']';
      i = j;
    } else re += escapeRe(c);
  }
  return re;
}

function escapeRe(c: string): string {
  // With the `u` flag `\-` is a syntax error outside a class, so a literal '-' is written as a code point.
  if (c === '-') return '\\x2d';
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}
