/**
 * The --modernize stage: documents → documents, after the templates and before
 * the text is printed. Each document is read as Kubernetes reads it, the
 * transforms (transforms.ts) move it to the newest API the target serves, and
 * the change is written back into the document's own text (text-patch.ts), so
 * order, `# Source:` lines and untouched bytes stay as Helm printed them.
 */
import { parseDocument, isScalar, type Document } from 'yaml';
import { RenderError } from '@polyaxon-render/values';
import { targetMinor } from './api-table.js';
import { deepEqual, patchText, sameJson } from './text-patch.js';
import { isMap, transforms, type Json, type JsonMap, type TransformContext } from './transforms.js';
import { toYaml } from '@polyaxon-render/templates';
import type { GoValue } from '@polyaxon-render/values';

/** Something --modernize cannot fix without guessing, in one document. */
export interface ModernizeProblem {
  readonly template: string;
  readonly kind: string;
  readonly name: string;
  /** Field path in the object, e.g. `spec.template.spec.tolerations`. */
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

/** --modernize refused the render: one problem per line. */
export class ModernizeError extends RenderError {
  readonly problems: readonly ModernizeProblem[];
  constructor(problems: readonly ModernizeProblem[], lines: readonly string[]) {
    super('validation', lines.join('\n'));
    this.problems = problems;
  }
}

export function problemLine(p: ModernizeProblem): string {
  return `${p.template}: ${p.kind}/${p.name}: ${p.path}: expected ${p.expected}, found ${p.found}`;
}

/** What a document is made of after the stage. */
export interface ModernDocument {
  readonly content: string;
  readonly apiVersion: string;
}

/** Reads a document as sigs.k8s.io/yaml does: YAML 1.1 (yaml.v2), timestamps kept as strings. */
export function readDocument(text: string): Document {
  return parseDocument(text, {
    version: '1.1',
    uniqueKeys: false,
    customTags: (tags) => tags.filter((t) => (typeof t === 'object' ? t.tag !== 'tag:yaml.org,2002:timestamp' : true)),
  });
}

/** The plain object a document holds (null when it is not a map, or not YAML at all). */
export function objectOf(doc: Document): JsonMap | null {
  if (doc.errors.length > 0) return null;
  const v = doc.toJS({ maxAliasCount: -1 }) as Json;
  return isMap(v) ? v : null;
}

/**
 * One document at Kubernetes 1.`minor`. `problems` receives what cannot be fixed.
 */
export function modernizeDocument(
  source: string,
  content: string,
  minor: number,
  problems: ModernizeProblem[],
): ModernDocument | undefined {
  const doc = readDocument(content);
  const before = objectOf(doc);
  if (before === null) return undefined;
  const after = structuredClone(before);
  const kind = String(before.kind ?? '');
  const name = String(isMap(before.metadata) ? (before.metadata.name ?? '') : '');
  const ctx: TransformContext = {
    minor,
    printedApiVersion: String(before.apiVersion ?? ''),
    scalarText(path) {
      const node = doc.getIn(path, true);
      if (!isScalar(node) || !node.range || node.type !== 'PLAIN') return undefined;
      return content.slice(node.range[0], node.range[1]);
    },
    problem(path, expected, found) {
      problems.push({ template: source, kind, name, path, expected, found });
    },
  };
  for (const t of transforms) if (t.kinds.length === 0 || t.kinds.includes(kind)) t.apply(after, ctx);
  if (deepEqual(before, after)) return { content, apiVersion: String(before.apiVersion ?? '') };
  let text = patchText(content, doc, before, after);
  // The patch must read back as the object it was made from; if it ever does not, print the object whole.
  if (!sameJson(objectOf(readDocument(text)), after)) text = toYaml(after as GoValue);
  return { content: text, apiVersion: String(after.apiVersion ?? '') };
}

export interface ModernizeOptions {
  /** The target cluster, as --kube-version. @default "v1.32.0" (Helm's default) */
  readonly kubeVersion?: string;
}

/** Modernizes every document; throws a ModernizeError listing every problem. */
export function modernizeAll<T extends { readonly source: string; readonly content: string }>(
  docs: readonly T[],
  options: ModernizeOptions,
  rebuild: (doc: T, modern: ModernDocument) => T,
): T[] {
  const minor = targetMinor(options.kubeVersion);
  const problems: ModernizeProblem[] = [];
  const out = docs.map((d) => {
    const m = modernizeDocument(d.source, d.content, minor, problems);
    return m === undefined || m.content === d.content ? d : rebuild(d, m);
  });
  if (problems.length > 0) throw new ModernizeError(problems, problems.map(problemLine));
  return out;
}
