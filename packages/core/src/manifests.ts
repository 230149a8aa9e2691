/**
 * From rendered template files to what `helm template` prints: a port of
 * releaseutil.SortManifests + action.renderResources + cmd/helm/template.go
 * (Helm v3.17.3).
 */
import { sortByBytes } from '@polyaxon-render/values';
import { keep } from '@polyaxon-render/templates';
import { baseName } from './go-strings.js';
import { sortByKind } from './kind-order.js';
import { parseHead, type ManifestHead } from './manifest-head.js';
import { splitManifests } from './split-manifests.js';

export interface Manifest {
  /** The template path, as `# Source:` prints it. */
  readonly source: string;
  readonly content: string;
  readonly head: ManifestHead;
  /** True for documents with a known `helm.sh/hook` annotation. */
  readonly hook: boolean;
}

/** release.HookEvent names Helm recognises in `helm.sh/hook`. */
const hookEvents = new Set([
  'pre-install',
  'post-install',
  'pre-delete',
  'post-delete',
  'pre-upgrade',
  'post-upgrade',
  'pre-rollback',
  'post-rollback',
  'test',
  'test-success',
]);

export interface SortedManifests {
  readonly manifests: Manifest[];
  readonly hooks: Manifest[];
  /** Lines Helm logs on stderr (unknown hooks). */
  readonly logs: string[];
}

/**
 * What a rendered file's text holds besides its text: when the templates' memo
 * replayed it from a kept shape, the shape and this render's hole values
 * (templates runtime/memo.ts). Documents of the same shape differ only in the
 * hole values, which lets their heads be reused (see headsOfShape).
 */
export interface FileHoles {
  readonly shape: object;
  readonly values: readonly string[];
}

/** releaseutil.SortManifests: files in path order, documents in file order, then a stable sort by kind. */
export function sortManifests(
  files: ReadonlyMap<string, string>,
  holes?: ReadonlyMap<string, FileHoles>,
): SortedManifests {
  const generic: Manifest[] = [];
  const hooks: Manifest[] = [];
  const logs: string[] = [];
  for (const path of pathOrder(files)) {
    const content = files.get(path)!;
    // Heads kept by shape serve the next render of the same shapes: none when renders keep nothing (the CLI).
    const h = keep.betweenRenders ? holes?.get(path) : undefined;
    let docs: readonly string[];
    let heads: readonly ManifestHead[];
    if (h) {
      docs = splitManifests(content);
      heads = headsOfShape(docs, h) ?? docs.map((m) => parseHead(m, path));
      keepHeadsOfShape(docs, heads, h);
    } else {
      ({ docs, heads } = documentsOf(content, path));
    }
    docs.forEach((m, i) => {
      const head = heads[i];
      const hookTypes = head.annotations?.get('helm.sh/hook');
      if (hookTypes === undefined) {
        generic.push({ source: path, content: m, head, hook: false });
        return;
      }
      const known = hookTypes.split(',').every((t) => hookEvents.has(t.trim().toLowerCase()));
      if (!known) {
        // Helm drops a document with an unknown hook event and logs it.
        logs.push(`info: skipping unknown hook: ${JSON.stringify(hookTypes)}`);
        return;
      }
      hooks.push({ source: path, content: m, head, hook: true });
    });
  }
  return {
    manifests: sortByKind(generic, (m) => m.head.kind),
    hooks: sortByKind(hooks, (m) => m.head.kind),
    logs,
  };
}

/**
 * A file's documents and their heads, kept by the file's text: the templates' memo
 * hands back the very same text objects render after render, and a Map finds a
 * string it has seen without reading it again. Bounded by the total length of the
 * texts kept (4 MB; most are held by the memo anyway), oldest first out.
 */
const recentFiles = new Map<string, { readonly docs: readonly string[]; readonly heads: readonly ManifestHead[] }>();
const maxRecentChars = 4 * 1024 * 1024;
let recentChars = 0;

function documentsOf(
  content: string,
  path: string,
): { readonly docs: readonly string[]; readonly heads: readonly ManifestHead[] } {
  let hit = keep.betweenRenders ? recentFiles.get(content) : undefined;
  if (hit === undefined) {
    const docs = splitManifests(content);
    // parseHead throws for a document Helm cannot read: nothing is kept then.
    hit = { docs, heads: docs.map((m) => parseHead(m, path)) };
    if (keep.betweenRenders && content.length <= maxRecentChars) {
      recentFiles.set(content, hit);
      recentChars += content.length;
      for (const old of recentFiles.keys()) {
        if (recentChars <= maxRecentChars) break;
        recentFiles.delete(old);
        recentChars -= old.length;
      }
    }
  }
  return hit;
}

/**
 * The files whose documents are printed, in byte order of their names: not
 * partials (`_*`), and not NOTES.txt, which action.renderResources deletes from the
 * rendered files (after they rendered, so their errors count). The same names as
 * last time (the usual case) reuse the last list.
 */
let lastNames: string[] = [];
let lastOrder: string[] = [];

function pathOrder(files: ReadonlyMap<string, string>): string[] {
  const names = [...files.keys()];
  if (names.length !== lastNames.length || names.some((n, i) => n !== lastNames[i])) {
    lastNames = names;
    lastOrder = sortByBytes(names.filter((p) => !baseName(p).startsWith('_') && !p.endsWith('NOTES.txt')));
  }
  return lastOrder;
}

// ------------------------------------------------------------ heads by shape

/**
 * Hole values whose replacement by another of the same kind cannot change how a
 * document parses: a lowercase hex string with a letter other than `e` (a checksum:
 * a plain scalar that YAML 1.1 reads as a string, never as a number, bool or null),
 * a double-quoted string of base64 characters (a generated secret), or a mapping
 * line `name: "<base64>"` (a generated secret with its key), whose `name` must stay
 * the same. `content` is what YAML reads from the value part.
 */
function neutral(v: string): { readonly content: string; readonly prefix: string } | undefined {
  if (/^[0-9a-f]+$/.test(v) && /[a-df]/.test(v)) return { content: v, prefix: '' };
  const m = /^([A-Za-z0-9._-]+: )?"([A-Za-z0-9+/=]+)"$/.exec(v);
  return m ? { content: m[2], prefix: m[1] ?? '' } : undefined;
}

interface ShapeHeads {
  readonly heads: readonly ManifestHead[];
  /** The name part of each hole (mapping-line holes), which must not change. */
  readonly prefixes: readonly string[];
  /** Per document: annotation keys whose value is a hole's content, and which hole. */
  readonly holeAnnotations: readonly (readonly (readonly [key: string, hole: number])[])[];
}

const headsByShape = new WeakMap<object, ShapeHeads>();

/** The heads of a replayed file's documents, from its shape's first render, when they cannot differ. */
function headsOfShape(docs: readonly string[], h: FileHoles): ManifestHead[] | undefined {
  const kept = headsByShape.get(h.shape);
  if (kept === undefined || kept.heads.length !== docs.length || kept.prefixes.length !== h.values.length)
    return undefined;
  const contents: string[] = [];
  for (let i = 0; i < h.values.length; i++) {
    const n = neutral(h.values[i]);
    if (n === undefined || n.prefix !== kept.prefixes[i]) return undefined;
    contents.push(n.content);
  }
  return kept.heads.map((head, i) => {
    const moved = kept.holeAnnotations[i];
    if (moved.length === 0) return head;
    // An annotation that is a hole (a checksum) carries this render's value.
    const annotations = new Map(head.annotations);
    for (const [key, hole] of moved) annotations.set(key, contents[hole]);
    return { ...head, annotations };
  });
}

/**
 * Keeps the heads of a file's first render of a shape if the holes are where they
 * cannot change a head: every value neutral, none inside apiVersion, kind, name or
 * an annotation key, and any annotation value holding one being exactly it.
 */
function keepHeadsOfShape(docs: readonly string[], heads: readonly ManifestHead[], h: FileHoles): void {
  if (headsByShape.has(h.shape)) return;
  const contents: string[] = [];
  const prefixes: string[] = [];
  for (const v of h.values) {
    const n = neutral(v);
    if (n === undefined) return;
    contents.push(n.content);
    prefixes.push(n.prefix);
  }
  const holeAnnotations: (readonly [string, number])[][] = [];
  for (const head of heads) {
    const fields = [head.apiVersion, head.kind, head.name, ...(head.annotations?.keys() ?? [])];
    if (contents.some((c) => fields.some((f) => f.includes(c)))) return;
    const moved: [string, number][] = [];
    for (const [key, value] of head.annotations ?? []) {
      const hole = contents.findIndex((c) => value.includes(c));
      if (hole < 0) continue;
      if (value !== contents[hole] || key === 'helm.sh/hook' || prefixes[hole] !== '') return;
      moved.push([key, hole]);
    }
    holeAnnotations.push(moved);
  }
  headsByShape.set(h.shape, { heads, prefixes, holeAnnotations });
}

export interface PrintOptions {
  /** --no-hooks */
  readonly noHooks?: boolean;
  /** --skip-tests: drop hooks whose events include `test`. */
  readonly skipTests?: boolean;
}

/** The text `helm template` prints (without --show-only / --output-dir). */
export function printManifests(sorted: SortedManifests, opts: PrintOptions = {}): string {
  let manifest = '';
  for (const m of sorted.manifests) manifest += `---\n# Source: ${m.source}\n${m.content}\n`;
  // template.go: fmt.Fprintln(&manifests, strings.TrimSpace(rel.Manifest)). The text starts
  // with "---" and every document was trimmed by splitManifests, so the trim only takes the
  // last newline, which Fprintln puts back: skip reading 100 KB for that.
  let out = manifest === '' ? '\n' : manifest;
  if (!opts.noHooks) {
    for (const h of sorted.hooks) {
      if (opts.skipTests && isTestHook(h)) continue;
      out += `---\n# Source: ${h.source}\n${h.content}\n`;
    }
  }
  return out;
}

/** A hook for `helm test` (events test / test-success), which --skip-tests leaves out. */
export function isTestHook(h: Manifest): boolean {
  const types = h.head.annotations?.get('helm.sh/hook') ?? '';
  return types.split(',').some((t) => {
    const e = t.trim().toLowerCase();
    return e === 'test' || e === 'test-success';
  });
}
