/**
 * From rendered template files to what `helm template` prints: a port of
 * releaseutil.SortManifests + action.renderResources + cmd/helm/template.go
 * (Helm v3.17.3).
 */
import { trimSpace } from '@polyaxon-render/templates';
import { sortByBytes, yamlDepthFailure } from '@polyaxon-render/values';
import { scanDocument } from './fast-head.js';
import { baseName } from './go-strings.js';
import { sortByKind } from './kind-order.js';
import { parseHead, type ManifestHead } from './manifest-head.js';
import { afterSeparator, firstDocument, splitManifests } from './split-manifests.js';

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

/** releaseutil.SortManifests: files in path order, documents in file order, then a stable sort by kind. */
export function sortManifests(
  files: ReadonlyMap<string, string>,
  order: readonly string[] = pathOrder(files.keys()),
): SortedManifests {
  const generic: Manifest[] = [];
  const hooks: Manifest[] = [];
  const logs: string[] = [];
  for (const path of order) {
    for (const { content, head } of fileDocuments(files.get(path)!, path)) {
      const hookTypes = head.annotations?.get('helm.sh/hook');
      if (hookTypes === undefined) {
        generic.push({ source: path, content, head, hook: false });
        continue;
      }
      const known = hookTypes.split(',').every((t) => hookEvents.has(t.trim().toLowerCase()));
      if (!known) {
        // Helm drops a document with an unknown hook event and logs it.
        logs.push(`info: skipping unknown hook: ${JSON.stringify(hookTypes)}`);
        continue;
      }
      hooks.push({ source: path, content, head, hook: true });
    }
  }
  return {
    manifests: sortByKind(generic, (m) => m.head.kind),
    hooks: sortByKind(hooks, (m) => m.head.kind),
    logs,
  };
}

/** A document of a rendered file, as splitManifests cuts it, and its head. */
export interface SplitDocument {
  readonly content: string;
  readonly head: ManifestHead;
}

/**
 * A rendered file's documents (splitManifests) and their heads (parseHead, which
 * throws for a document Helm cannot read). Read in one pass where the fast scan
 * can: scanDocument reads a document's head and stops at the next separator, so
 * the text is not searched for separators first. A document the scan leaves to
 * the full parser sends the whole file the general way; one with white space at
 * its ends (which the split trims: the scan read other text) or nested past
 * yaml.v2's limits (yamlDepthFailure, as parseHead checks first) gets parseHead
 * on its own.
 */
export function fileDocuments(file: string, path: string): SplitDocument[] {
  const s = trimSpace(file);
  const out: SplitDocument[] = [];
  for (let start = firstDocument(s); start < s.length;) {
    const scanned = scanDocument(s, start);
    if (scanned === undefined)
      return splitManifests(file).map((content) => ({ content, head: parseHead(content, path) }));
    // splitManifests' document before its trim (not empty: it starts with no white space).
    const d = s.slice(start, scanned.end);
    const content = trimSpace(d);
    const head = content === d && yamlDepthFailure(content) === undefined ? scanned.head : parseHead(content, path);
    out.push({ content, head });
    if (scanned.end === s.length) break;
    start = afterSeparator(s, scanned.end + 4);
  }
  return out;
}

/**
 * The files whose documents are printed, in byte order of their names: not
 * partials (`_*`), and not NOTES.txt, which action.renderResources deletes from the
 * rendered files (after they rendered, so their errors count). The engine knows
 * this order for each chart plan once per process (engine.ts printOrder), and
 * render() passes it; this computes it for any other list of files.
 */
export function pathOrder(names: Iterable<string>): string[] {
  const printed: string[] = [];
  for (const p of names) if (!baseName(p).startsWith('_') && !p.endsWith('NOTES.txt')) printed.push(p);
  return sortByBytes(printed);
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
