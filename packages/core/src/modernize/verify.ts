/**
 * `--verify` / verifyDocuments: every printed object checked offline against the
 * target Kubernetes version: an API it does not serve, Kubernetes' own schema
 * (schemas.ts, loaded on first use), fields the schema does not know, and a
 * workload selector that does not match its pod template (the API server refuses it).
 */
import { apiEntry, isServed, newestServed, targetMinor } from './api-table.js';
import { objectOf, readDocument } from './modernize.js';
import type { SchemaError } from './schemas.js';
import { watchReads } from './strict-fields.js';
import { isMap, type Json, type JsonMap } from './transforms.js';

export interface VerifyOptions {
  /** The target cluster, as --kube-version. @default "v1.32.0" (Helm's default) */
  readonly kubeVersion?: string;
}

/** One finding about one printed object. */
export interface VerifyFinding {
  /** The template, as `# Source:` names it. */
  readonly source: string;
  readonly kind: string;
  readonly name: string;
  readonly apiVersion: string;
  /** The field, e.g. `spec.rules[0].http.paths[0].backend.serviceName`; "" for the whole object. */
  readonly path: string;
  readonly message: string;
}

/** A finding as one line: `template: Kind/name: path: message`. */
export function findingLine(f: VerifyFinding): string {
  return `${f.source}: ${f.kind}/${f.name}: ${f.path === '' ? '' : `${f.path}: `}${f.message}`;
}

/** The documents to check: `renderDocuments()`' output, or anything with a source and a text. */
export interface VerifiableDocument {
  readonly source: string;
  readonly text: string;
}

export type Schemas = typeof import('./schemas.js');

/**
 * The schema module, by a name bundlers do not follow: a browser bundle of render() must not
 * pull in megabytes of validators (and re2-wasm's Node-only loader) it never calls. The CLI
 * bundle swaps this import for its lazy file (scripts/bundle-cli.mjs).
 */
const SCHEMAS_MODULE = './schemas.js';

/** Loads the schema module (megabytes of validators; only --verify and --modernize need it). */
export function loadSchemas(): Promise<Schemas> {
  return import(SCHEMAS_MODULE) as Promise<Schemas>;
}

/**
 * Checks every document against Kubernetes `kubeVersion`; resolves to the
 * findings (none when everything would be accepted). Loads the schemas on first use.
 */
export async function verifyDocuments(
  docs: readonly VerifiableDocument[],
  options: VerifyOptions = {},
): Promise<VerifyFinding[]> {
  return verifyWith(await loadSchemas(), docs, options);
}

/** verifyDocuments with the schema module given (the CLI bundle loads it its own way). */
export function verifyWith(
  schemas: Schemas,
  docs: readonly VerifiableDocument[],
  options: VerifyOptions = {},
): VerifyFinding[] {
  const minor = targetMinor(options.kubeVersion);
  const byText = new Map<string, Omit<VerifyFinding, 'source'>[]>();
  const out: VerifyFinding[] = [];
  for (const d of docs) {
    let found = byText.get(d.text);
    if (found === undefined) byText.set(d.text, (found = verifyText(schemas, d.text, minor)));
    for (const f of found) out.push({ source: d.source, ...f });
  }
  return out;
}

function dotted(path: readonly (string | number)[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}

/** ajv's instancePath (`/spec/rules/0/host`) as a dotted path (`spec.rules[0].host`). */
export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
}

function at(obj: Json, path: readonly (string | number)[]): Json | undefined {
  let v: Json | undefined = obj;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Array.isArray(v) ? v[p as number] : (v as JsonMap)[p];
  }
  return v;
}

const shown = (v: Json | undefined) => (v === undefined ? 'nothing' : JSON.stringify(v));

const RANK = ['enum', 'format', 'type'];
/** Which of several errors on one field says most: an enum's values, a format's name, a type. */
function rank(e: SchemaError): number {
  const i = RANK.indexOf(e.keyword);
  return i < 0 ? RANK.length : i;
}

/** The findings of one document's text at Kubernetes 1.`minor` (without its source). */
export function verifyText(schemas: Schemas, text: string, minor: number): Omit<VerifyFinding, 'source'>[] {
  const obj = objectOf(readDocument(text));
  if (obj === null) return [];
  const kind = String(obj.kind ?? '');
  const apiVersion = String(obj.apiVersion ?? '');
  const name = String(isMap(obj.metadata) ? (obj.metadata.name ?? '') : '');
  const out: Omit<VerifyFinding, 'source'>[] = [];
  const add = (path: string, message: string) => out.push({ kind, name, apiVersion, path, message });

  const served = isServed(kind, apiVersion, minor);
  if (served === false) {
    const entry = apiEntry(kind, apiVersion);
    const newest = newestServed(kind, minor);
    const why =
      apiVersion === ''
        ? 'an empty apiVersion is served by no Kubernetes release'
        : entry?.removed !== undefined && minor >= entry.removed
          ? `${apiVersion} ${kind} was removed in Kubernetes 1.${entry.removed}`
          : `${apiVersion} ${kind} is not served by Kubernetes 1.${minor}`;
    const fix =
      typeof newest === 'object' ? `; --modernize rewrites it to ${newest.apiVersion}` : '; no version of it is served';
    add('apiVersion', `${why} (target 1.${minor})${fix}`);
    return out;
  }
  if (!schemas.hasSchema(apiVersion, kind)) return out;
  const watch = watchReads(obj);
  // One finding per field: ajv reports a quantity that is neither string nor number three times
  // (type, format, oneOf); the most telling one is kept.
  const best = new Map<string, SchemaError>();
  for (const e of schemas.schemaErrors(apiVersion, kind, watch.proxy)) {
    if (e.keyword === 'required') {
      const missing = String(e.params.missingProperty ?? '');
      add(dotted([...fromPointer(e.instancePath), missing]), `required field is missing`);
      continue;
    }
    const seen = best.get(e.instancePath);
    if (seen === undefined || rank(e) < rank(seen)) best.set(e.instancePath, e);
  }
  for (const e of best.values()) {
    const path = fromPointer(e.instancePath);
    const expected =
      e.keyword === 'type'
        ? String(e.params.type)
        : e.keyword === 'enum'
          ? `one of ${JSON.stringify(e.params.allowedValues)}`
          : e.keyword === 'format'
            ? `a value of format ${String(e.params.format)}`
            : (e.message ?? e.keyword);
    add(dotted(path), `expected ${expected}, found ${shown(at(obj, path))}`);
  }
  for (const path of watch.unknownFields()) add(dotted(path), 'unknown field (not in the schema)');
  out.push(...selectorFindings(obj).map((f) => ({ kind, name, apiVersion, ...f })));
  return out;
}

/** A workload's selector must select its own pod template (apps/v1 validation; no schema says so). */
function selectorFindings(obj: JsonMap): { path: string; message: string }[] {
  if (!['Deployment', 'DaemonSet', 'StatefulSet'].includes(String(obj.kind))) return [];
  const spec = isMap(obj.spec) ? obj.spec : undefined;
  const selector = spec && isMap(spec.selector) ? spec.selector : undefined;
  const ml = selector && isMap(selector.matchLabels) ? selector.matchLabels : undefined;
  if (!ml) return [];
  const tpl = spec && isMap(spec.template) ? spec.template : undefined;
  const meta = tpl && isMap(tpl.metadata) ? tpl.metadata : undefined;
  const labels = meta && isMap(meta.labels) ? meta.labels : {};
  const out: { path: string; message: string }[] = [];
  for (const [k, v] of Object.entries(ml)) {
    if (labels[k] !== v)
      out.push({
        path: `spec.selector.matchLabels.${k}`,
        message: `selector does not match the pod template labels (template has ${shown(labels[k])})`,
      });
  }
  return out;
}
