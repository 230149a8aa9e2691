/**
 * What Helm reads from each rendered document before it prints it
 * (releaseutil.SimpleHead via sigs.k8s.io/yaml): apiVersion, kind, metadata.name
 * and metadata.annotations. Helm unmarshals the whole document to do that, so a
 * document that is not valid YAML, or whose head fields have the wrong types,
 * fails the render with "YAML parse error on <file>".
 */
import { parseDocument, isMap, isScalar, type Document } from 'yaml';
import { RenderError } from '@polyaxon-render/values';
import { fastHead } from './fast-head.js';

export interface ManifestHead {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** undefined when the document has no metadata.annotations (or it is empty). */
  readonly annotations?: ReadonlyMap<string, string>;
}

function fail(file: string, msg: string): RenderError {
  return new RenderError('manifest', `YAML parse error on ${file}: ${msg}`, { template: file });
}

function str(doc: Document, path: string[], file: string, goField: string): string {
  const v = doc.getIn(path, true);
  if (v === undefined || v === null) return '';
  if (isScalar(v)) return scalarText(v.value);
  throw fail(file, `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${isMap(v) ? 'object' : 'array'} into Go struct field ${goField} of type string`);
}

/**
 * sigs.k8s.io/yaml converts YAML scalars to JSON strings when the Go field is a
 * string, so `a: 1` in annotations or `kind: 1` are accepted as "1".
 */
function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v);
}

export function parseHead(text: string, file: string): ManifestHead {
  return fastHead(text) ?? parseHeadFully(text, file);
}

/** The full YAML parse: for documents outside the fast path's subset, and for errors. */
export function parseHeadFully(text: string, file: string): ManifestHead {
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0].line;
    throw fail(file, `error converting YAML to JSON: yaml: ${line !== undefined ? `line ${line}: ` : ''}${e.message.split('\n')[0]}`);
  }
  const apiVersion = str(doc, ['apiVersion'], file, 'SimpleHead.apiVersion');
  const kind = str(doc, ['kind'], file, 'SimpleHead.kind');
  const name = str(doc, ['metadata', 'name'], file, 'SimpleHead.metadata.name');
  const ann = doc.getIn(['metadata', 'annotations'], true);
  let annotations: Map<string, string> | undefined;
  if (isMap(ann) && ann.items.length > 0) {
    annotations = new Map();
    for (const item of ann.items) {
      const k = isScalar(item.key) ? String(item.key.value) : String(item.key);
      const v = item.value;
      if (isScalar(v)) {
        annotations.set(k, scalarText(v.value));
      } else {
        const t = isMap(v) ? 'object' : 'array';
        throw fail(file, `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${t} into Go struct field .metadata.annotations of type string`);
      }
    }
  }
  return { apiVersion, kind, name, annotations };
}
