/**
 * The one schema-guided fix of --modernize: a number or boolean where Kubernetes'
 * schema wants a string (`namespace: 1`, a toleration `value: true`, a label
 * selector value `1.5`) becomes the text the template printed. Lossless: the user
 * wrote those characters, and YAML only read them as something else; a null there
 * becomes "", as the API server's JSON decoding stores it. It needs the
 * schemas, so the CLI applies it after the render (render() leaves it to verifyDocuments).
 */
import { isScalar } from 'yaml';
import { objectOf, readDocument } from './modernize.js';
import { patchText } from './text-patch.js';
import { isMap, type Json, type JsonMap } from './transforms.js';
import { fromPointer, type Schemas } from './verify.js';
import { watchReads } from './strict-fields.js';

/** A document's text with every number or boolean the schema wants as a string printed as a string. */
export function fixStrings(schemas: Schemas, text: string): string {
  const doc = readDocument(text);
  const before = objectOf(doc);
  if (before === null) return text;
  const apiVersion = String(before.apiVersion ?? '');
  const kind = String(before.kind ?? '');
  if (!schemas.hasSchema(apiVersion, kind)) return text;
  const errors = schemas.schemaErrors(apiVersion, kind, watchReads(before).proxy);
  const after = structuredClone(before);
  let changed = false;
  for (const e of errors) {
    if (e.keyword !== 'type' || e.params.type !== 'string') continue;
    const path = fromPointer(e.instancePath);
    if (path.length === 0) continue;
    let parent: Json = after;
    for (const p of path.slice(0, -1)) parent = (parent as JsonMap)[p as string];
    const last = path[path.length - 1];
    const v = (parent as JsonMap)[last as string];
    if (typeof v !== 'number' && typeof v !== 'boolean' && v !== null) continue;
    const node = doc.getIn(path, true);
    const printed =
      v === null
        ? ''
        : isScalar(node) && node.range && node.type === 'PLAIN'
          ? text.slice(node.range[0], node.range[1])
          : String(v);
    (parent as JsonMap)[last as string] = printed;
    changed = true;
  }
  return changed && isMap(after) ? patchText(text, doc, before, after) : text;
}

/** fixStrings over printed `helm template` text, document by document, everything else byte for byte. */
export function fixStringsInText(schemas: Schemas, text: string): string {
  const parts = text.split(/^(?=---\n# Source: )/m);
  return parts
    .map((part) => {
      const m = /^(---\n# Source: [^\n]*\n)([\s\S]*?)(\n?)$/.exec(part);
      if (!m) return part;
      const fixed = fixStrings(schemas, m[2]);
      return fixed === m[2] ? part : m[1] + fixed + m[3];
    })
    .join('');
}
