/**
 * The outline of a printed manifest stream: one entry per document (`---` then
 * `# Source: <chart>/<path>`), with its kind and metadata.name read from the
 * document's top-level lines. Only for showing and jumping: the text itself is
 * what the CLI prints, untouched.
 */
import type { OutlineEntry } from './protocol.js';

const SOURCE = '# Source: ';

/** A top-level scalar as printed (quotes removed when the whole value is quoted). */
function scalar(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

export function outlineOf(text: string): OutlineEntry[] {
  const lines = text.split('\n');
  const out: OutlineEntry[] = [];
  let cur: { source: string; kind: string; name: string; line: number; offset: number } | undefined;
  let inMetadata = false;
  let offset = 0;
  for (let i = 0; i < lines.length; offset += lines[i].length + 1, i++) {
    const l = lines[i];
    if (l === '---' && lines[i + 1]?.startsWith(SOURCE)) {
      if (cur) out.push(cur);
      cur = { source: lines[i + 1].slice(SOURCE.length), kind: '', name: '', line: i, offset };
      inMetadata = false;
      continue;
    }
    if (!cur) continue;
    if (l.startsWith('kind:') && cur.kind === '') cur.kind = scalar(l.slice(5));
    else if (l.startsWith('metadata:')) inMetadata = true;
    else if (inMetadata && l.startsWith('  name:') && cur.name === '') cur.name = scalar(l.slice(7));
    else if (l !== '' && !l.startsWith(' ') && !l.startsWith('#')) inMetadata = false;
  }
  if (cur) out.push(cur);
  return out;
}

/** The distinct template paths (after the chart name), in print order: what --show-only matches. */
export function templatesOf(text: string): string[] {
  const seen = new Set<string>();
  for (const e of outlineOf(text)) {
    const slash = e.source.indexOf('/');
    seen.add(slash >= 0 ? e.source.slice(slash + 1) : e.source);
  }
  return [...seen];
}
