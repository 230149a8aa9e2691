/**
 * Checks user values against the chart's values schema (values.schema.json): keys the chart
 * does not know (with a did-you-mean), values of the wrong type, values outside an enum, and
 * lists or maps where the other was expected. Helm itself accepts all of these silently;
 * validation never changes what is rendered.
 *
 * What is checked is what the user gave (-f files, --set flags, render(values)), not the
 * coalesced values: the chart's own defaults are not the user's to fix. A `null` is legal
 * anywhere (Helm reads it as "delete this default"), and int64 values from --set (bigint)
 * are numbers like float64 ones.
 *
 * The schema is walked directly (see validate-schema.ts, generated with values.schema.json):
 * it uses only `type`, `enum`, `properties`, `additionalProperties` and `items`, and
 * validate.test.ts checks this walk against ajv on the same schema.
 */
import { isMap, sortedKeys } from './go-value.js';
import { keySchemaJson, rootSchemaJson } from './validate-schema.js';
import { nearest } from './validate-suggest.js';

export type FindingKind = 'unknown-key' | 'wrong-type' | 'bad-enum' | 'wrong-shape';

export interface Finding {
  /** Values path, e.g. `api.replicas`, `tolerations[0].effect`, `persistence.data["my data"]`. */
  readonly path: string;
  readonly kind: FindingKind;
  /** What the schema wants, e.g. `an integer`, `one of ClusterIP, NodePort`, `a known key`. */
  readonly expected: string;
  /** What the values hold, e.g. `the string "3"`, `a map`, or the unknown key itself. */
  readonly found: string;
  /** The nearest known key (as a full path) or enum value, when one is close enough. */
  readonly suggestion?: string;
  /** The values file the value came from (`-` for stdin). */
  readonly file?: string;
  /** 1-based line of the key in that file. */
  readonly line?: number;
  /** The flag the value came from, e.g. `--set`, with its argument. */
  readonly flag?: string;
  readonly arg?: string;
}

/** A finding before it is located: the path as segments. */
export interface RawFinding extends Omit<Finding, 'path'> {
  readonly segments: readonly (string | number)[];
}

interface Schema {
  readonly type?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
}

let rootSchema: Schema | undefined;
const topLevel = new Map<string, Schema>();

/** The schema of a top-level key, parsed on first use (most values touch few of them). */
function topLevelSchema(key: string): Schema | undefined {
  let s = topLevel.get(key);
  if (s === undefined && Object.prototype.hasOwnProperty.call(keySchemaJson, key)) {
    s = JSON.parse(keySchemaJson[key]) as Schema;
    topLevel.set(key, s);
  }
  return s;
}

function knownKeys(schema: Schema, atRoot: boolean): string[] {
  return atRoot ? Object.keys(keySchemaJson) : Object.keys(schema.properties ?? {});
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'bigint') return 'integer';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (isMap(v)) return 'object';
  return typeof v;
}

function typeMatches(types: readonly string[], v: unknown): boolean {
  const t = typeOf(v);
  // JSON Schema: an integer is a number too (a whole float64 from a file is an integer).
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

function enumMatches(values: readonly unknown[], v: unknown): boolean {
  const x = typeof v === 'bigint' ? Number(v) : v;
  return values.includes(x);
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a map',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
};

function describeTypes(types: readonly string[]): string {
  const words = types
    .filter((t) => t !== 'null' && !(t === 'integer' && types.includes('number')))
    .map((t) => TYPE_WORDS[t] ?? t);
  return words.length <= 1 ? (words[0] ?? 'null') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (isMap(v)) return 'a map';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`;
  if (typeof v === 'number' || typeof v === 'bigint') return `the number ${String(v)}`;
  return String(v);
}

function describeEnum(values: readonly unknown[]): string {
  const shown = values.filter((v) => v !== null).map((v) => (v === '' ? '""' : String(v)));
  return `one of ${shown.join(', ')}`;
}

const SIMPLE_KEY = /^[A-Za-z0-9_-]+$/;

/** A values path as people write it: dots between keys, [i] for list items, ["k"] for odd keys. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (SIMPLE_KEY.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

function walk(v: unknown, schema: Schema, at: (string | number)[], out: RawFinding[]): void {
  if (schema.type && !typeMatches(schema.type, v)) {
    const shapes = ['object', 'array'];
    const shape = shapes.includes(typeOf(v)) || schema.type.some((t) => shapes.includes(t));
    const kind = schema.enum && !shape ? 'bad-enum' : shape ? 'wrong-shape' : 'wrong-type';
    const expected = kind === 'bad-enum' ? describeEnum(schema.enum!) : describeTypes(schema.type);
    out.push({ segments: [...at], kind, expected, found: describeValue(v) });
    return;
  }
  if (schema.enum && !enumMatches(schema.enum, v)) {
    const options = schema.enum.filter((x): x is string => typeof x === 'string' && x !== '');
    const suggestion = typeof v === 'string' ? nearest(v, options) : undefined;
    out.push({
      segments: [...at],
      kind: 'bad-enum',
      expected: describeEnum(schema.enum),
      found: describeValue(v),
      ...(suggestion !== undefined && { suggestion }),
    });
    return;
  }
  if (isMap(v)) {
    const atRoot = at.length === 0 && schema === rootSchema;
    // Go's order (by bytes), so findings come out the same on every run.
    for (const k of sortedKeys(v)) {
      const child = atRoot
        ? topLevelSchema(k)
        : schema.properties && Object.prototype.hasOwnProperty.call(schema.properties, k)
          ? schema.properties[k]
          : undefined;
      if (child !== undefined) {
        walk(v[k], child, [...at, k], out);
      } else if (schema.additionalProperties === false) {
        const suggestion = nearest(k, knownKeys(schema, atRoot));
        out.push({
          segments: [...at, k],
          kind: 'unknown-key',
          expected: 'a known key',
          found: JSON.stringify(k),
          ...(suggestion !== undefined && { suggestion: formatPath([...at, suggestion]) }),
        });
      } else if (typeof schema.additionalProperties === 'object') {
        walk(v[k], schema.additionalProperties, [...at, k], out);
      }
    }
  } else if (Array.isArray(v) && schema.items) {
    v.forEach((item, i) => walk(item, schema.items!, [...at, i], out));
  }
}

/** What the values schema wants at a values path (e.g. `a map`), or undefined when it does not say. */
export function expectedAt(segments: readonly (string | number)[]): string | undefined {
  rootSchema ??= JSON.parse(rootSchemaJson) as Schema;
  let schema: Schema | undefined = rootSchema;
  for (const [i, s] of segments.entries()) {
    if (schema === undefined) return undefined;
    if (typeof s === 'number') schema = schema.items;
    else if (i === 0) schema = topLevelSchema(s);
    else if (schema.properties && Object.prototype.hasOwnProperty.call(schema.properties, s))
      schema = schema.properties[s];
    else schema = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  }
  if (schema?.enum) return describeEnum(schema.enum);
  const types = schema?.type?.filter((t) => t !== 'null');
  return types && types.length > 0 ? describeTypes(types) : undefined;
}

/** Findings with the path still as segments (for locating them in files and flags). */
export function validateRaw(values: unknown): RawFinding[] {
  rootSchema ??= JSON.parse(rootSchemaJson) as Schema;
  const out: RawFinding[] = [];
  walk(values, rootSchema, [], out);
  return out;
}

/**
 * Checks user values (what -f / --set / render(values) gave, before the chart defaults) against
 * the chart's values schema. An empty list means nothing to report.
 */
export function validate(values: unknown): Finding[] {
  return validateRaw(values).map(({ segments, ...f }) => ({ path: formatPath(segments), ...f }));
}

function message(f: Finding): string {
  const hint = f.suggestion !== undefined ? ` (did you mean ${f.suggestion}?)` : '';
  const path = f.path === '' ? '(values)' : f.path;
  if (f.kind === 'unknown-key') return `${path}: unknown key${hint}`;
  return `${path}: expected ${f.expected}, found ${f.found}${hint}`;
}

/** One line per finding: `file:line: path: message (did you mean X?)`, or `--set a=b: path: ...`. */
export function formatFindings(findings: readonly Finding[]): string[] {
  return findings.map((f) => {
    let where = '';
    if (f.file !== undefined) where = f.line !== undefined ? `${f.file}:${f.line}: ` : `${f.file}: `;
    else if (f.flag !== undefined) where = f.arg !== undefined ? `${f.flag} ${f.arg}: ` : `${f.flag}: `;
    return where + message(f);
  });
}
