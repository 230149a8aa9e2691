/**
 * From rendered template files to what `helm template` prints: a port of
 * releaseutil.SortManifests + action.renderResources + cmd/helm/template.go
 * (Helm v3.17.3).
 */
import { sortByBytes } from '@polyaxon-render/values';
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

/** releaseutil.SortManifests: files in path order, documents in file order, then a stable sort by kind. */
export function sortManifests(files: ReadonlyMap<string, string>): SortedManifests {
  const generic: Manifest[] = [];
  const hooks: Manifest[] = [];
  const logs: string[] = [];
  for (const path of pathOrder(files)) {
    for (const m of splitManifests(files.get(path)!)) {
      // parseHead throws for a document Helm cannot read.
      const head = parseHead(m, path);
      const hookTypes = head.annotations?.get('helm.sh/hook');
      if (hookTypes === undefined) {
        generic.push({ source: path, content: m, head, hook: false });
        continue;
      }
      const known = hookTypes.split(',').every((t) => hookEvents.has(t.trim().toLowerCase()));
      if (!known) {
        // Helm drops a document with an unknown hook event and logs it.
        logs.push(`info: skipping unknown hook: ${JSON.stringify(hookTypes)}`);
        continue;
      }
      hooks.push({ source: path, content: m, head, hook: true });
    }
  }
  return {
    manifests: sortByKind(generic, (m) => m.head.kind),
    hooks: sortByKind(hooks, (m) => m.head.kind),
    logs,
  };
}

/**
 * The files whose documents are printed, in byte order of their names: not
 * partials (`_*`), and not NOTES.txt, which action.renderResources deletes from the
 * rendered files (after they rendered, so their errors count).
 */
function pathOrder(files: ReadonlyMap<string, string>): string[] {
  const names: string[] = [];
  for (const p of files.keys()) if (!baseName(p).startsWith('_') && !p.endsWith('NOTES.txt')) names.push(p);
  return sortByBytes(names);
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
