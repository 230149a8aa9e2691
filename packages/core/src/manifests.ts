/**
 * From rendered template files to what `helm template` prints: a port of
 * releaseutil.SortManifests + action.renderResources + cmd/helm/template.go
 * (Helm v3.17.3).
 */
import { compareBytes } from '@polyaxon-render/values';
import { runtime } from '@polyaxon-render/templates';
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
  const paths = [...files.keys()].sort(compareBytes);
  for (const path of paths) {
    const content = files.get(path)!;
    if (baseName(path).startsWith('_')) continue;
    // action.renderResources deletes every *NOTES.txt from the rendered files (after they rendered, so their errors count).
    if (path.endsWith('NOTES.txt')) continue;
    if (runtime.trimSpace(content) === '') continue;
    for (const m of splitManifests(content)) {
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
  // template.go: fmt.Fprintln(&manifests, strings.TrimSpace(rel.Manifest))
  let out = runtime.trimSpace(manifest) + '\n';
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
