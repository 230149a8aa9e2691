#!/usr/bin/env node
/**
 * Generates the values schema and everything derived from it, from one source of truth:
 * the five charts' values.yaml files (the defaults: which keys exist, their types and
 * defaults), the subcharts' README parameter tables (one-line descriptions), and the
 * hand-written overlay scripts/values-schema-overlay.mjs (enums, free-key maps, Kubernetes
 * shapes, keys the templates read that values.yaml leaves out, descriptions for the rest).
 *
 * Writes:
 *   - packages/values/values.schema.json   JSON Schema (draft-07) of the values a user gives
 *                                          `polyaxon-render` / `helm template` for this chart;
 *   - packages/values/src/values-types.ts  TypeScript types for render(values), from that schema;
 *   - packages/values/src/validate-schema.ts  the schema as validate.ts walks it at run time
 *                                          (no annotations; one JSON text per top-level key).
 *
 * Run by hand:  node scripts/gen-schema.mjs <reference chart dir> (e.g. .reference/polyaxon, docs/reference.md)
 * With --check it also verifies (and fails on) template reads the schema would reject.
 *
 * User values may hold `null` anywhere (Helm reads it as "delete this default"), so every
 * type in the schema admits null.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadValues } from './gen-defaults.mjs';
import * as overlay from './values-schema-overlay.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = join(ROOT, 'packages/values');
const SCRIPT = 'scripts/gen-schema.mjs';
const OVERLAY = 'scripts/values-schema-overlay.mjs';
// ajv is a dependency of packages/values; resolve it from there.
const requireFromValues = createRequire(join(PKG, 'package.json'));

/** The five charts: where they sit in the reference chart, and their TS type names. */
const CHARTS = [
  { name: 'polyaxon', dir: '.', type: 'PolyaxonValues' },
  { name: 'postgresql', dir: 'charts/postgresql', type: 'PostgresqlValues' },
  { name: 'redis', dir: 'charts/redis', type: 'RedisValues' },
  { name: 'rabbitmq-ha', dir: 'charts/rabbitmq-ha', type: 'RabbitmqHaValues' },
  { name: 'docker-registry', dir: 'charts/docker-registry', type: 'DockerRegistryValues' },
];

const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const TYPE_ORDER = ['object', 'array', 'string', 'integer', 'number', 'boolean', 'null'];

// ---------------------------------------------------------------------------------------------
// Descriptions from the subcharts' README parameter tables: | `a.b` | text | default |

function readmeDescriptions(file) {
  const out = new Map();
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') return out;
    throw err;
  }
  for (const line of text.split('\n')) {
    const m = /^\|\s*`([^`]+?)\s*`\s*\|([^|]*)\|/.exec(line);
    if (!m) continue;
    const desc = m[2].replace(/\s+/g, ' ').trim();
    if (desc !== '' && !out.has(m[1].trim())) out.set(m[1].trim(), desc);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Building the schema: defaults + overlay patches.
//
// A patch (see the overlay file) is { description, type, enum, integer, keys, free, items,
// open, shape }. For a key, the patch applied is the by-name patch, then the chart's by-path
// patch; a `shape` brings in a shared Kubernetes shape and drops what the default's inner
// structure would have implied.

function mergePatch(a, b) {
  if (!a) return b ?? {};
  if (!b) return a;
  const out = { ...a, ...b };
  if (a.keys && b.keys) {
    out.keys = { ...a.keys };
    for (const [k, v] of Object.entries(b.keys)) out.keys[k] = mergePatch(a.keys[k], v);
  }
  return out;
}

function resolveShape(patch) {
  if (!patch.shape) return patch;
  const shape = overlay.shapes[patch.shape];
  if (!shape) throw new Error(`${OVERLAY}: unknown shape ${patch.shape}`);
  const { shape: _, ...rest } = patch;
  return mergePatch(resolveShape(shape), rest);
}

const INTEGER_NAME = new RegExp(overlay.integerKeyPattern);

function inferTypes(def, key, patch) {
  if (def === null || def === undefined) return undefined;
  if (typeof def === 'string') return ['string'];
  if (typeof def === 'boolean') return ['boolean'];
  if (typeof def === 'number') return patch.integer || INTEGER_NAME.test(key) ? ['integer'] : ['number'];
  if (Array.isArray(def)) return ['array'];
  return ['object'];
}

class Builder {
  constructor(chart, docs) {
    this.chart = chart;
    this.docs = docs;
    this.report = { untyped: [], freeByDefault: [], undescribed: [], itemsInferred: [] };
    /** Root keys built elsewhere (polyaxon's subchart tables). */
    this.skipAtRoot = new Set();
  }

  where(path) {
    return `${this.chart}:${path.join('.') || '(root)'}`;
  }

  patchFor(path) {
    const key = path.at(-1);
    const byName = key === undefined ? undefined : overlay.byName[key];
    const byPath = overlay.charts[this.chart]?.[path.join('.')];
    return resolveShape(mergePatch(byName, byPath));
  }

  /** Keys the chart's by-path patches add under `path`. */
  overlayChildren(path) {
    const prefix = path.length ? `${path.join('.')}.` : '';
    const out = [];
    for (const p of Object.keys(overlay.charts[this.chart] ?? {})) {
      const key = p.slice(prefix.length);
      if (p !== '' && p.startsWith(prefix) && !key.includes('.') && !(path.length === 0 && this.skipAtRoot.has(key)))
        out.push(key);
    }
    return out;
  }

  describe(path, patch) {
    const dotted = path.join('.');
    const parent = path.length > 1 ? path.slice(0, -1).join('.') : this.chart;
    const fromPath = overlay.charts[this.chart]?.[dotted]?.description;
    const text = fromPath ?? this.docs.get(dotted) ?? patch.description;
    if (text === undefined) {
      // Map values and list items are described by their parent.
      if (path.length > 0 && !['*', '[]'].includes(path.at(-1))) this.report.undescribed.push(this.where(path));
      return undefined;
    }
    return text.replaceAll('{parent}', parent);
  }

  /** The schema of the value at `path` whose chart default is `def` (undefined: not in values.yaml). */
  build(def, path, patch = this.patchFor(path)) {
    const key = path.at(-1) ?? '';
    const s = {};
    const description = this.describe(path, patch);
    if (description !== undefined) s.description = description;
    let types = patch.type !== undefined ? [patch.type].flat() : inferTypes(def, key, patch);
    if (patch.enum) types ??= [...new Set(patch.enum.map((v) => (typeof v === 'number' ? 'number' : typeof v)))];
    if (types === undefined) {
      if (!patch.any) this.report.untyped.push(this.where(path));
      if (def !== undefined && def !== null) s.default = def;
      if (def === null) s.default = null;
      return s;
    }
    s.type = [...new Set([...types, 'null'])].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
    if (patch.enum) s.enum = [...patch.enum, null];
    if (types.includes('object')) this.objectPart(s, def, path, patch);
    if (types.includes('array')) this.arrayPart(s, def, path, patch);
    if (def !== undefined && (!isMap(def) || Object.keys(def).length === 0)) s.default = def;
    return s;
  }

  objectPart(s, def, path, patch) {
    const defMap = isMap(def) ? def : undefined;
    if (patch.free !== undefined) {
      s.additionalProperties =
        patch.free === true ? {} : this.build(undefined, [...path, '*'], resolveShape(patch.free));
      if (!patch.keys) return;
    }
    const keys = new Set([
      ...Object.keys(defMap ?? {}),
      ...Object.keys(patch.keys ?? {}),
      ...this.overlayChildren(path),
    ]);
    if (keys.size === 0 && patch.free === undefined) {
      // An empty table in values.yaml with nothing in the overlay: keys unknown, so any key goes.
      if (!patch.open) this.report.freeByDefault.push(this.where(path));
      return;
    }
    s.properties = {};
    for (const k of [...keys].sort()) {
      const childPath = [...path, k];
      const childPatch = mergePatch(
        this.patchFor(childPath),
        patch.keys?.[k] ? resolveShape(patch.keys[k]) : undefined,
      );
      s.properties[k] = this.build(defMap?.[k], childPath, childPatch);
    }
    if (patch.free === undefined) s.additionalProperties = patch.open ? {} : false;
  }

  arrayPart(s, def, path, patch) {
    if (patch.items !== undefined) {
      s.items = this.build(undefined, [...path, '[]'], resolveShape(patch.items));
      delete s.items.default;
      return;
    }
    const items = Array.isArray(def) ? def : [];
    if (items.length === 0) return; // any items
    const kinds = new Set(items.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)));
    if (kinds.size === 1 && !kinds.has('object') && !kinds.has('array') && !kinds.has('null')) {
      s.items = { type: [...inferTypes(items[0], '', {}), 'null'] };
      return;
    }
    this.report.itemsInferred.push(this.where(path));
  }
}

/** Deep merge for inference: `over` wins, but a null never hides the default under it. */
function mergeDefaults(base, over) {
  if (isMap(base) && isMap(over)) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeDefaults(base[k], v) : v;
    return out;
  }
  return over === null || over === undefined ? base : over;
}

function buildSchema(refDir) {
  const defaults = {};
  const builders = {};
  for (const c of CHARTS) {
    defaults[c.name] = loadValues(readFileSync(join(refDir, c.dir, 'values.yaml'), 'utf8'));
    builders[c.name] = new Builder(c.name, readmeDescriptions(join(refDir, c.dir, 'README.md')));
  }
  const polyaxon = builders.polyaxon;
  const own = Object.fromEntries(Object.entries(defaults.polyaxon).filter(([k]) => !CHARTS.some((c) => c.name === k)));
  polyaxon.skipAtRoot = new Set(CHARTS.slice(1).map((c) => c.name));
  const root = polyaxon.build(own, [], polyaxon.patchFor([]));
  // Each subchart's table: the subchart's own keys with polyaxon's additions (polyaxon's
  // templates read some keys there, e.g. postgresql.connMaxAge), under polyaxon's defaults.
  for (const c of CHARTS.slice(1)) {
    const merged = mergeDefaults(defaults[c.name], defaults.polyaxon[c.name] ?? {});
    const sub = builders[c.name].build(merged, [], builders[c.name].patchFor([]));
    sub.description = overlay.charts.polyaxon[c.name]?.description ?? sub.description;
    sub.title = c.type;
    root.properties[c.name] = sub;
  }
  root.title = CHARTS[0].type;
  const reports = Object.fromEntries(CHARTS.map((c) => [c.name, builders[c.name].report]));
  return {
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $comment: `GENERATED by ${SCRIPT} from the values.yaml and README.md files of polyaxon 0.5.5 and its four subcharts, and ${OVERLAY}. Do not edit by hand.`,
      ...root,
    },
    reports,
  };
}

// ---------------------------------------------------------------------------------------------
// Checks: what the templates read must be accepted.

function templateFiles(dir) {
  const out = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...templateFiles(p));
    else out.push(p);
  }
  return out;
}

/** Every `.Values.a.b.c` a chart's templates read that the schema has no place for. */
function unreadable(refDir, schema) {
  const problems = [];
  for (const c of CHARTS) {
    const base = c.name === 'polyaxon' ? schema : schema.properties[c.name];
    const paths = new Set();
    for (const f of templateFiles(join(refDir, c.dir, 'templates'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\.Values((?:\.[A-Za-z0-9_]+)+)/g)) paths.add(m[1].slice(1));
      for (const m of readFileSync(f, 'utf8').matchAll(/\(index \.Values "([^"]+)"\)((?:\.[A-Za-z0-9_]+)*)/g)) {
        paths.add(`${m[1]}${m[2]}`);
      }
    }
    for (const p of [...paths].sort()) {
      let s = base;
      for (const k of p.split('.')) {
        if (s.properties?.[k]) s = s.properties[k];
        else if (s.additionalProperties === false || (s.type && !s.type.includes('object'))) {
          problems.push(`${c.name}: templates read .Values.${p}, which the schema rejects`);
          break;
        } else break;
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// TypeScript types from the schema.

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const propName = (k) => (IDENT.test(k) ? k : JSON.stringify(k));

function docComment(s, indent) {
  const lines = [];
  if (s.description) lines.push(...s.description.replaceAll('*/', '*\\/').split('\n'));
  if (s.default !== undefined && (s.default === null || typeof s.default !== 'object')) {
    lines.push(`@default ${JSON.stringify(s.default)}`);
  }
  if (lines.length === 0) return [];
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`];
}

function tsType(s, indent, named) {
  if (s.title && named.has(s.title) && indent !== '') return s.type?.includes('null') ? `${s.title} | null` : s.title;
  const types = s.type;
  if (!types) return 'unknown';
  if (s.enum) return s.enum.map((v) => (v === null ? 'null' : JSON.stringify(v))).join(' | ');
  const parts = [];
  for (const t of types) {
    if (t === 'string') parts.push('string');
    else if (t === 'integer' || t === 'number') parts.includes('number') || parts.push('number');
    else if (t === 'boolean') parts.push('boolean');
    else if (t === 'null') parts.push('null');
    else if (t === 'array') {
      const item = s.items ? tsType(s.items, indent, named) : 'unknown';
      parts.push(`ReadonlyArray<${item}>`);
    } else if (t === 'object') parts.push(objectType(s, indent, named));
  }
  return parts.join(' | ');
}

function objectType(s, indent, named) {
  const inner = indent + '  ';
  const lines = [];
  for (const [k, p] of Object.entries(s.properties ?? {})) {
    lines.push(...docComment(p, inner), `${inner}readonly ${propName(k)}?: ${tsType(p, inner, named)};`);
  }
  const extra = s.additionalProperties;
  if (extra !== undefined && extra !== false) {
    const t = s.properties ? 'unknown' : tsType(extra, inner, named);
    lines.push(`${inner}readonly [key: string]: ${t};`);
  }
  if (lines.length === 0) return '{}';
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function generateTypes(schema) {
  const named = new Set(CHARTS.map((c) => c.type));
  const out = [
    `// GENERATED FILE — do not edit by hand. Regenerate with: node ${SCRIPT} <reference chart dir>`,
    `// Source: packages/values/values.schema.json (itself generated from the charts' values.yaml and`,
    `// README.md files and ${OVERLAY}).`,
    '',
    `/*`,
    ` * Types of the values a user gives render() (and -f / --set): every key optional, \`null\``,
    ` * allowed anywhere (Helm deletes the default under it). Numbers are plain numbers here;`,
    ` * int64 values from --set (bigint) are numbers for the schema too.`,
    ` */`,
  ];
  for (const c of [...CHARTS.slice(1), CHARTS[0]]) {
    const s = c.name === 'polyaxon' ? schema : schema.properties[c.name];
    out.push(
      '',
      ...docComment({ description: s.description }, ''),
      `export interface ${c.type} ${objectType(s, '', named)}`,
    );
  }
  out.push('');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The schema as validate.ts reads it at run time.
//
// ajv's standalone code for this schema is ~700 KB of JavaScript and costs ~20 ms to load,
// several times the CLI's whole start-up budget; validate.ts instead walks the schema itself.
// It understands exactly the keywords below, so the generator refuses any other, and
// validate.test.ts checks it against ajv compiling values.schema.json.

const RUNTIME_KEYWORDS = new Set(['type', 'enum', 'properties', 'additionalProperties', 'items']);
const ANNOTATIONS = new Set(['description', 'default', 'title', '$comment', '$schema', '$id']);

/** The schema without annotations, checked to use only the keywords validate.ts implements. */
function lean(s, where) {
  const out = {};
  for (const [k, v] of Object.entries(s)) {
    if (ANNOTATIONS.has(k)) continue;
    if (!RUNTIME_KEYWORDS.has(k)) throw new Error(`${where}: keyword ${k} is not implemented by validate.ts`);
    if (k === 'properties')
      out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, lean(pv, `${where}.${pk}`)]));
    else if (k === 'additionalProperties' || k === 'items') out[k] = isMap(v) ? lean(v, `${where}.${k}`) : v;
    else out[k] = v;
  }
  return out;
}

function generateRuntimeSchema(schema) {
  // ajv must accept the schema in strict mode: it is what editors and other tools will read.
  const { default: Ajv } = requireFromValues('ajv');
  new Ajv({ strict: true, allowUnionTypes: true }).compile({ ...schema, $schema: undefined });
  const root = lean(schema, '(root)');
  const { properties, ...rest } = root;
  // One JSON text per top-level key, parsed only when the user's values use that key.
  const byKey = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, JSON.stringify(v)]));
  return [
    `// GENERATED FILE — do not edit by hand. Regenerate with: node ${SCRIPT} <reference chart dir>`,
    `// Source: packages/values/values.schema.json without its annotations (descriptions, defaults),`,
    `// split by top-level key so that validation parses only the parts the user's values touch.`,
    '',
    `/** The root schema, less its properties. */`,
    `export const rootSchemaJson = ${JSON.stringify(JSON.stringify(rest))};`,
    '',
    `/** The schema of each top-level key, as JSON. */`,
    `export const keySchemaJson: Readonly<Record<string, string>> = {`,
    ...Object.entries(byKey).map(([k, v]) => `  ${propName(k)}: ${JSON.stringify(v)},`),
    `};`,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

function printReport(reports) {
  const lines = [];
  for (const [chart, r] of Object.entries(reports)) {
    for (const [what, list] of Object.entries(r))
      if (list.length) lines.push(`${chart} ${what} (${list.length}): ${list.join(' ')}`);
  }
  return lines;
}

function main(argv) {
  const check = argv.includes('--check');
  const args = argv.filter((a) => a !== '--check');
  if (args.length !== 1) {
    console.error(
      `usage: node ${SCRIPT} [--check] <reference chart dir, e.g. .reference/polyaxon: see docs/reference.md>`,
    );
    process.exit(2);
  }
  const refDir = resolve(args[0]);
  const { schema, reports } = buildSchema(refDir);
  const problems = unreadable(refDir, schema);
  const report = printReport(reports);
  if (check) {
    for (const l of [...report, ...problems]) console.log(l);
  }
  const undescribed = Object.values(reports).flatMap((r) => r.undescribed);
  if (problems.length || undescribed.length) {
    console.error(
      `${problems.length} template reads rejected, ${undescribed.length} keys without a description${check ? '' : ' (run with --check to list them)'}`,
    );
    process.exit(1);
  }
  writeFileSync(join(PKG, 'values.schema.json'), JSON.stringify(schema, null, 2) + '\n');
  writeFileSync(join(PKG, 'src/values-types.ts'), generateTypes(schema));
  writeFileSync(join(PKG, 'src/validate-schema.ts'), generateRuntimeSchema(schema));
  console.log(`wrote values.schema.json, src/values-types.ts and src/validate-schema.ts in ${PKG}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
