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
 * --show-only over documents already in hand (for `--output json`): the same
 * selection as showOnly — pattern by pattern, each pattern's matches in print
 * order, a pattern that matches nothing is an error — without re-splitting text.
 */
export function selectDocuments<T extends { readonly source: string }>(
  docs: readonly T[],
  patterns: readonly string[],
): T[] {
  const out: T[] = [];
  for (const p of patterns) {
    const hits = docs.filter((d) => {
      const slash = d.source.indexOf('/');
      return slash >= 0 && filepathMatch(p, d.source.slice(slash + 1));
    });
    if (hits.length === 0)
      throw new RenderError('usage', `could not find template ${p} in chart`, { flag: '--show-only' });
    out.push(...hits);
  }
  return out;
}

/**
 * Go's path/filepath.Match on slash paths (Unix): `*` and `?` never match '/',
 * `[...]` classes (ranges, `^` negation, which can match '/'), `\\` escapes.
 * A malformed pattern matches nothing (helm ignores Match's ErrBadPattern).
 */
export function filepathMatch(pattern: string, name: string): boolean {
  try {
    return match(pattern, name);
  } catch (e) {
    if (e === badPattern) return false;
    throw e;
  }
}

const badPattern = new Error('syntax error in pattern');

function match(pattern: string, name: string): boolean {
  outer: while (pattern.length > 0) {
    const { star, chunk, rest } = scanChunk(pattern);
    pattern = rest;
    // A trailing * matches the rest of the name unless it crosses a separator.
    if (star && chunk === '') return !name.includes('/');
    const t = matchChunk(chunk, name);
    if (t !== undefined && (t.length === 0 || pattern.length > 0)) {
      name = t;
      continue;
    }
    if (star) {
      // The star may swallow any run of non-separators before the chunk.
      for (let i = 0; i < name.length && name[i] !== '/'; i++) {
        const t2 = matchChunk(chunk, name.slice(i + 1));
        if (t2 !== undefined) {
          if (pattern.length === 0 && t2.length > 0) continue;
          name = t2;
          continue outer;
        }
      }
    }
    // Go checks that the rest of the pattern is well formed before answering false.
    while (pattern.length > 0) {
      const next = scanChunk(pattern);
      pattern = next.rest;
      matchChunk(next.chunk, '');
    }
    return false;
  }
  return name.length === 0;
}

/** The leading stars, then the pattern up to the next star outside a class. */
function scanChunk(pattern: string): { star: boolean; chunk: string; rest: string } {
  let star = false;
  while (pattern.startsWith('*')) {
    pattern = pattern.slice(1);
    star = true;
  }
  let inRange = false;
  let i = 0;
  scan: for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case '\\':
        if (i + 1 < pattern.length) i++;
        break;
      case '[':
        inRange = true;
        break;
      case ']':
        inRange = false;
        break;
      case '*':
        if (!inRange) break scan;
        break;
    }
  }
  return { star, chunk: pattern.slice(0, i), rest: pattern.slice(i) };
}

/**
 * Matches a star-free chunk at the start of `s`: the rest of `s`, or undefined.
 * Keeps parsing after a mismatch so a malformed chunk always throws badPattern.
 */
function matchChunk(chunk: string, s: string): string | undefined {
  let failed = false;
  let i = 0;
  let j = 0;
  const nextRune = () => {
    const cp = s.codePointAt(j)!;
    j += cp > 0xffff ? 2 : 1;
    return cp;
  };
  while (i < chunk.length) {
    if (!failed && j >= s.length) failed = true;
    const c = chunk[i];
    if (c === '[') {
      const r = failed ? -1 : nextRune();
      i++;
      let negated = false;
      if (chunk[i] === '^') {
        negated = true;
        i++;
      }
      let matched = false;
      let ranges = 0;
      for (;;) {
        if (chunk[i] === ']' && ranges > 0) {
          i++;
          break;
        }
        const lo = escapedRune(chunk, i);
        i = lo.next;
        let hi = lo.rune;
        if (chunk[i] === '-') {
          const h = escapedRune(chunk, i + 1);
          hi = h.rune;
          i = h.next;
        }
        if (lo.rune <= r && r <= hi) matched = true;
        ranges++;
      }
      if (matched === negated) failed = true;
    } else if (c === '?') {
      if (!failed) {
        if (s[j] === '/') failed = true;
        nextRune();
      }
      i++;
    } else {
      let lit = c;
      if (c === '\\') {
        i++;
        if (i >= chunk.length) throw badPattern;
        lit = chunk[i];
      }
      if (!failed) {
        if (lit !== s[j]) failed = true;
        j++;
      }
      i++;
    }
  }
  return failed ? undefined : s.slice(j);
}

/** filepath getEsc: one (possibly escaped) rune of a class; '-' or ']' here, or a class running off the end, is malformed. */
function escapedRune(chunk: string, i: number): { rune: number; next: number } {
  if (i >= chunk.length || chunk[i] === '-' || chunk[i] === ']') throw badPattern;
  if (chunk[i] === '\\') {
    i++;
    if (i >= chunk.length) throw badPattern;
  }
  const rune = chunk.codePointAt(i)!;
  const next = i + (rune > 0xffff ? 2 : 1);
  if (next >= chunk.length) throw badPattern;
  return { rune, next };
}
