#!/usr/bin/env node
/**
 * Generates packages/values/src/defaults/*.ts from the reference chart:
 *   - <chart>.ts: the chart's values.yaml as Helm reads it (a function returning a fresh GoMap),
 *     with the file's comments kept beside the keys, checked (`satisfies`) against the types that
 *     scripts/gen-schema.mjs generates from the values schema (run that first);
 *   - chart-metadata.ts: each Chart.yaml (and polyaxon's requirements.yaml) as Helm exposes it in `.Chart`.
 *
 * Run by hand:  node scripts/gen-defaults.mjs <reference chart dir> (e.g. .reference/polyaxon, docs/reference.md)
 *
 * Values are read the way Helm v3.17.3 reads them: YAML 1.1 through yaml.v2, then through JSON
 * (sigs.k8s.io/yaml), so every number becomes a float64 (a JS number). The npm `yaml` package parses
 * the structure and keeps the comments; plain scalars are resolved here by `resolvePlain`, a port of
 * yaml.v2's resolve(), because the package's own YAML 1.1 schema disagrees with yaml.v2 on `0o17`,
 * `0X1F` (ints in Go), `1:20` (sexagesimal there, a string in Go) and timestamps (strings in Go), all
 * checked against Helm. Forms the five charts do not use and that would need more of yaml.v2
 * (anchors, merge keys, explicit tags, complex or float keys) stop the script with an error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';

const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/values/src/defaults');
const SCRIPT = 'scripts/gen-defaults.mjs';

/** The five charts: where they sit in the reference chart, and their TS names. */
const CHARTS = [
  { dir: '.', file: 'polyaxon', fn: 'polyaxonDefaults', type: 'PolyaxonValues', meta: 'polyaxonChart' },
  {
    dir: 'charts/postgresql',
    file: 'postgresql',
    fn: 'postgresqlDefaults',
    type: 'PostgresqlValues',
    meta: 'postgresqlChart',
  },
  { dir: 'charts/redis', file: 'redis', fn: 'redisDefaults', type: 'RedisValues', meta: 'redisChart' },
  {
    dir: 'charts/rabbitmq-ha',
    file: 'rabbitmq-ha',
    fn: 'rabbitmqHaDefaults',
    type: 'RabbitmqHaValues',
    meta: 'rabbitmqHaChart',
  },
  {
    dir: 'charts/docker-registry',
    file: 'docker-registry',
    fn: 'dockerRegistryDefaults',
    type: 'DockerRegistryValues',
    meta: 'dockerRegistryChart',
  },
];

// ---------------------------------------------------------------------------------------------
// yaml.v2 scalar resolution (gopkg.in/yaml.v2 v2.4.0 resolve.go), followed by the JSON round trip.

const RESOLVE_MAP = new Map();
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) RESOLVE_MAP.set(s, true);
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) RESOLVE_MAP.set(s, false);
for (const s of ['', '~', 'null', 'Null', 'NULL']) RESOLVE_MAP.set(s, null);
for (const s of ['.nan', '.NaN', '.NAN']) RESOLVE_MAP.set(s, NaN);
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) RESOLVE_MAP.set(s, Infinity);
for (const s of ['-.inf', '-.Inf', '-.INF']) RESOLVE_MAP.set(s, -Infinity);

const GO_DOT_FLOAT = /^\.[0-9](_?[0-9])*([eE][-+]?[0-9](_?[0-9])*)?$/;
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/**
 * Go's strconv.ParseUint(s, base, 64) as a bigint, or undefined on error. Base 0 reads the
 * 0b/0o/0x prefixes and a leading 0 as octal, as Go does (underscores are gone already: yaml.v2
 * strips them before parsing).
 */
function goParseUint(s, base) {
  if (s === '') return undefined;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const p = s.length >= 3 ? s[1].toLowerCase() : '';
      if (p === 'b') [base, s] = [2, s.slice(2)];
      else if (p === 'o') [base, s] = [8, s.slice(2)];
      else if (p === 'x') [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  }
  let n = 0n;
  for (const c of s) {
    const d = parseInt(c, 36);
    if (Number.isNaN(d) || d >= base) return undefined;
    n = n * BigInt(base) + BigInt(d);
    if (n > UINT64_MAX) return undefined;
  }
  return n;
}

/** Go's strconv.ParseInt(s, base, 64): an optional sign, then ParseUint, range-checked. */
function goParseInt(s, base) {
  if (s === '') return undefined;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') [neg, s] = [s[0] === '-', s.slice(1)];
  const u = goParseUint(s, base);
  if (u === undefined) return undefined;
  if (neg ? u > INT64_MAX + 1n : u > INT64_MAX) return undefined;
  return neg ? -u : u;
}

/** Go's strconv.ParseFloat for a string already known to be decimal syntax; overflow is an error. */
function goParseDecimalFloat(s) {
  const f = Number(s);
  return Number.isFinite(f) ? f : undefined;
}

/** yaml.v2's resolveTable: what the first character says a plain scalar might be. */
function resolveHint(s) {
  if (s === '') return 'N'; // looked up in the map: null
  const c = s[0];
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return '';
}

/**
 * What a plain (unquoted, untagged) scalar becomes in Helm's values: yaml.v2's resolve(), then
 * JSON, which turns every int into a float64. Returns null, a boolean, a number or a string.
 */
function resolvePlain(s) {
  const hint = resolveHint(s);
  if (hint === '') return s;
  if (RESOLVE_MAP.has(s)) {
    const v = RESOLVE_MAP.get(s);
    // Helm's JSON step cannot encode NaN or ±Inf ("json: unsupported value"), so Helm fails too.
    if (typeof v === 'number') throw new Error(`${s}: Helm cannot read a NaN or infinite value`);
    return v;
  }
  if (hint === '.') {
    // yaml.v2 hands the raw text to ParseFloat, which takes Go float syntax: `_` only between digits.
    const f = GO_DOT_FLOAT.test(s) ? goParseDecimalFloat(s.replaceAll('_', '')) : undefined;
    return f === undefined ? s : f;
  }
  if (hint === 'M' || hint === 'N') return s;
  // 'D' and 'S'. yaml.v2 tries timestamps first, but decodes them into interface{} as the original
  // string, and nothing that starts "YYYY-" parses as a number below, so they fall through as strings.
  const plain = s.replaceAll('_', '');
  const i = goParseInt(plain, 0) ?? goParseUint(plain, 0);
  if (i !== undefined) return Number(i); // JSON: int64/uint64 → float64, rounded to nearest
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = goParseDecimalFloat(plain);
    if (f !== undefined) return f;
  }
  // yaml.v2's own binary fallback, which parses what follows "0b" with ParseInt (so "0b-1" is -1).
  if (plain.startsWith('0b')) {
    const b = goParseInt(plain.slice(2), 2) ?? goParseUint(plain.slice(2), 2);
    if (b !== undefined) return Number(b);
  } else if (plain.startsWith('-0b')) {
    const b = goParseInt('-' + plain.slice(3), 2);
    if (b !== undefined) return Number(b);
  }
  return s;
}

/** A map key as sigs.k8s.io/yaml turns it into a JSON key. */
function resolveKey(node, where) {
  if (!isScalar(node)) throw new Error(`${where}: complex map keys are not supported`);
  if (node.tag) throw new Error(`${where}: explicit tags are not supported`);
  if (node.type !== 'PLAIN') return String(node.value);
  const v = resolvePlain(node.source);
  if (typeof v === 'string') {
    if (v === '<<') throw new Error(`${where}: merge keys are not supported`);
    return v;
  }
  if (typeof v === 'boolean') return String(v);
  // An int key is an int in yaml.v2, which sigs.k8s.io/yaml writes with strconv.Itoa.
  const i = v === null ? undefined : goParseInt(node.source.replaceAll('_', ''), 0);
  if (i !== undefined) return i.toString();
  // Null keys fail in Helm too; float keys would need Go's float32 formatting, uint64 keys fail in Helm.
  throw new Error(`${where}: map key ${JSON.stringify(node.source)} is not supported`);
}

// ---------------------------------------------------------------------------------------------
// values.yaml → tree of { kind, value | entries | items, node }

function readTree(node, path) {
  if (node == null) return { kind: 'scalar', value: null, node };
  if (isAlias(node)) throw new Error(`${path}: anchors and aliases are not supported`);
  if (node.tag) throw new Error(`${path}: explicit tags are not supported`);
  if (isMap(node)) {
    const entries = [];
    const seen = new Set();
    for (const pair of node.items) {
      const key = resolveKey(pair.key, path);
      if (seen.has(key)) throw new Error(`${path}: duplicate key ${key}`);
      seen.add(key);
      entries.push({ key, keyNode: pair.key, value: readTree(pair.value, path ? `${path}.${key}` : key) });
    }
    return { kind: 'map', entries, node };
  }
  if (isSeq(node)) {
    return { kind: 'seq', items: node.items.map((item, i) => readTree(item, `${path}[${i}]`)), node };
  }
  if (isScalar(node)) {
    const value = node.type === 'PLAIN' ? resolvePlain(node.source) : node.value;
    return { kind: 'scalar', value, node };
  }
  throw new Error(`${path}: unexpected YAML node`);
}

/** A tree as plain data: maps become null-prototype objects, as in the Go value model. */
function toData(tree) {
  if (tree.kind === 'scalar') return tree.value;
  if (tree.kind === 'seq') return tree.items.map(toData);
  const out = Object.create(null);
  for (const e of tree.entries) {
    Object.defineProperty(out, e.key, { value: toData(e.value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Parses YAML text. The failsafe schema leaves every scalar a string, for resolvePlain to type;
 * duplicate keys are checked by readTree after that resolution (where `010` and `'010'` differ).
 */
function parseSource(src, where) {
  const doc = parseDocument(src, { version: '1.1', schema: 'failsafe', uniqueKeys: false });
  if (doc.errors.length > 0) throw new Error(`${where}: ${doc.errors[0].message}`);
  return doc;
}

/** A values file's text as Helm reads it (for tests of this script against Helm's own reading). */
export function loadValues(src) {
  return toData(readTree(parseSource(src, 'values').contents, ''));
}

function parseYaml(file) {
  const src = readFileSync(file, 'utf8');
  return { src, doc: parseSource(src, file) };
}

/** Every comment in the file, in order, from the CST (so `#` inside strings and block scalars is not one). */
function readComments(src) {
  const out = [];
  const walk = (o) => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (o === null || typeof o !== 'object') return;
    if (o.type === 'comment') {
      const lineStart = src.lastIndexOf('\n', o.offset - 1) + 1;
      out.push({
        offset: o.offset,
        text: o.source,
        col: o.offset - lineStart,
        trailing: src.slice(lineStart, o.offset).trim() !== '',
      });
      return;
    }
    for (const v of Object.values(o)) walk(v);
  };
  for (const token of new Parser().parse(src)) walk(token);
  return out.sort((a, b) => a.offset - b.offset);
}

// ---------------------------------------------------------------------------------------------
// Emitting TypeScript

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function stringLiteral(s) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '\\' || ch === quote) out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + quote;
}

function scalarLiteral(v) {
  if (v === null) return 'null';
  if (typeof v === 'string') return stringLiteral(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  return String(v);
}

function propertyName(key) {
  return IDENT.test(key) ? key : stringLiteral(key);
}

function commentLine(text) {
  const body = text.replace(/^#+/, '').trimEnd();
  return body === '' ? '//' : body.startsWith(' ') ? `//${body}` : `// ${body}`;
}

/**
 * Writes a values tree as a TS object literal, placing each YAML comment where it sat: comments
 * before a key go above it, a comment at the end of a key's line goes at the end of its line, and
 * comments that close a block stay inside it while they are indented like its keys.
 */
class LiteralWriter {
  constructor(src, comments) {
    this.src = src;
    this.comments = comments;
    this.next = 0;
    this.lines = [];
    this.opened = true; // the last line opened a block: no blank line may follow it
  }

  push(line, opens = false) {
    this.lines.push(line);
    this.opened = opens;
  }

  /** Mirrors a blank source line just above `offset` (never right after an opening brace). */
  blankLine(offset) {
    if (offset === undefined || this.opened || this.lines.at(-1) === '') return;
    const lineStart = this.src.lastIndexOf('\n', offset - 1) + 1;
    if (lineStart === 0) return;
    const prevStart = this.src.lastIndexOf('\n', lineStart - 2) + 1;
    if (this.src.slice(prevStart, lineStart).trim() === '') this.push('');
  }

  /** Comments before `offset` (and, with minCol, only while indented at least that far). */
  flush(offset, indent, minCol = -1) {
    while (this.next < this.comments.length) {
      const c = this.comments[this.next];
      if (c.offset >= offset || c.col < minCol) return;
      this.blankLine(c.offset);
      this.push(indent + commentLine(c.text));
      this.next++;
    }
  }

  /** The comment at the end of the source line that holds `offset`, if any. */
  trailing(offset) {
    const c = this.comments[this.next];
    if (c === undefined || !c.trailing || offset === undefined) return '';
    const lineEnd = this.src.indexOf('\n', offset);
    if (c.offset < offset || (lineEnd !== -1 && c.offset > lineEnd)) return '';
    this.next++;
    return ' ' + commentLine(c.text);
  }

  /** Emits one entry (`key: value,` or a sequence item) whose text starts with `head`. */
  entry(head, tree, at, indent, end, close = ',') {
    this.blankLine(at);
    if (tree.kind === 'map' && tree.entries.length > 0) {
      // `__proto__: null`: a map without a prototype (a Go map), made as such by the engine (no copy at run time).
      this.push(`${indent}${head}{ __proto__: null,${this.trailing(at)}`, true);
      this.mapBody(tree, indent + '  ', end);
      this.push(`${indent}}${close}`);
    } else if (tree.kind === 'seq' && tree.items.length > 0 && !this.inlineSeq(tree, end)) {
      this.push(`${indent}${head}[${this.trailing(at)}`, true);
      this.seqBody(tree, indent + '  ', end);
      this.push(`${indent}]${close}`);
    } else {
      const text = this.inline(tree);
      this.push(`${indent}${head}${text}${close}${this.trailing(tree.node?.range?.[0] ?? at)}`);
    }
  }

  inline(tree) {
    if (tree.kind === 'map') return '{ __proto__: null }';
    if (tree.kind === 'seq') return `[${tree.items.map((t) => this.inline(t)).join(', ')}]`;
    return scalarLiteral(tree.value);
  }

  /** Short sequences of scalars with no comment inside stay on one line. */
  inlineSeq(tree, end) {
    if (!tree.items.every((t) => t.kind === 'scalar')) return false;
    const c = this.comments[this.next];
    if (c !== undefined && c.offset < Math.min(end, tree.node.range[2])) return false;
    return this.inline(tree).length <= 60;
  }

  column(offset) {
    return offset - (this.src.lastIndexOf('\n', offset - 1) + 1);
  }

  mapBody(tree, indent, end) {
    tree.entries.forEach((e, i) => {
      const at = e.keyNode.range[0];
      const next = i + 1 < tree.entries.length ? tree.entries[i + 1].keyNode.range[0] : end;
      this.flush(at, indent);
      if (e.key === '__proto__') {
        // An object literal would take `__proto__` as the prototype; ownKey makes it a real key.
        this.entry(`...ownKey('__proto__', `, e.value, at, indent, next, '),');
      } else {
        this.entry(`${propertyName(e.key)}: `, e.value, at, indent, next);
      }
    });
    this.flush(end, indent, this.column(tree.entries[0].keyNode.range[0]));
  }

  seqBody(tree, indent, end) {
    const starts = tree.items.map((item) => item.node?.range?.[0]);
    tree.items.forEach((item, i) => {
      const next = starts.slice(i + 1).find((x) => x !== undefined) ?? end;
      if (starts[i] !== undefined) this.flush(starts[i], indent);
      this.entry('', item, starts[i], indent, next);
    });
    this.flush(end, indent, this.column(starts[0] ?? tree.node.range[0]));
  }

  root(tree, indent) {
    this.mapBody(tree, indent, Infinity);
    return this.lines;
  }
}

// ---------------------------------------------------------------------------------------------
// Chart.yaml / requirements.yaml → chart.Metadata (helm.sh/helm/v3/pkg/chart/metadata.go)

/** Go's unicode.IsSpace. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
/** Go's unicode.IsPrint, less the spaces handled before it. */
const GO_PRINT = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

/** chart.sanitizeString: whitespace becomes a space, other non-printable characters are dropped. */
function sanitize(s) {
  return [...s].map((ch) => (GO_SPACE.test(ch) ? ' ' : GO_PRINT.test(ch) ? ch : '')).join('');
}

/** Reads a YAML mapping into Go struct fields (sigs.k8s.io/yaml matches JSON names case-insensitively). */
function readStruct(tree, fields, where) {
  const out = {};
  if (tree.kind !== 'map') throw new Error(`${where}: expected a mapping`);
  for (const e of tree.entries) {
    const field = Object.keys(fields).find((f) => f.toLowerCase() === e.key.toLowerCase());
    if (field === undefined) continue; // unknown fields (Helm 2's `engine`) are ignored by Go's JSON decoder
    out[field] = fields[field](e.value, `${where}.${e.key}`);
  }
  return out;
}

const goString = (t, where) => {
  if (t.kind === 'scalar' && (typeof t.value === 'string' || t.value === null)) return t.value ?? '';
  throw new Error(`${where}: expected a string`);
};
const goStrings = (t, where) => {
  if (t.kind === 'scalar' && t.value === null) return null;
  if (t.kind !== 'seq') throw new Error(`${where}: expected a list`);
  return t.items.map((x, i) => goString(x, `${where}[${i}]`));
};
const goList = (item) => (t, where) => {
  if (t.kind === 'scalar' && t.value === null) return null;
  if (t.kind !== 'seq') throw new Error(`${where}: expected a list`);
  return t.items.map((x, i) => item(x, `${where}[${i}]`));
};
const unsupported = (t, where) => {
  throw new Error(`${where}: not supported by ${SCRIPT}`);
};

const MAINTAINER_FIELDS = { name: goString, email: goString, url: goString };
const DEPENDENCY_FIELDS = {
  name: goString,
  version: goString,
  repository: goString,
  condition: goString,
  tags: goStrings,
  enabled: unsupported,
  'import-values': unsupported,
  alias: goString,
};
const METADATA_FIELDS = {
  name: goString,
  home: goString,
  sources: goStrings,
  version: goString,
  description: goString,
  keywords: goStrings,
  maintainers: goList((t, w) => readStruct(t, MAINTAINER_FIELDS, w)),
  icon: goString,
  apiVersion: goString,
  condition: goString,
  tags: goString,
  appVersion: goString,
  deprecated: unsupported,
  annotations: unsupported,
  kubeVersion: goString,
  dependencies: goList((t, w) => readStruct(t, DEPENDENCY_FIELDS, w)),
  type: goString,
};

function readMetadata(chartDir, isRoot) {
  const chartFile = join(chartDir, 'Chart.yaml');
  const raw = readStruct(readTree(parseYaml(chartFile).doc.contents, ''), METADATA_FIELDS, chartFile);
  const reqFile = join(chartDir, 'requirements.yaml');
  let deps = raw.dependencies ?? null;
  try {
    const req = readStruct(readTree(parseYaml(reqFile).doc.contents, ''), METADATA_FIELDS, reqFile);
    // Helm 3's loader still reads a v1 chart's requirements.yaml into Metadata.Dependencies.
    if (req.dependencies !== undefined) deps = req.dependencies;
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  const s = (v) => sanitize(v ?? '');
  const list = (v) => (v == null ? null : v.map(sanitize));
  return {
    Name: s(raw.name),
    Home: s(raw.home),
    Sources: list(raw.sources),
    Version: raw.version ?? '', // Validate() sanitizes every field but Version
    Description: s(raw.description),
    Keywords: list(raw.keywords),
    Maintainers: raw.maintainers?.map((m) => ({ Name: s(m.name), Email: s(m.email), URL: s(m.url) })) ?? null,
    Icon: s(raw.icon),
    // loader.LoadFiles: a chart without apiVersion is taken for a v1 (Helm 2) chart.
    APIVersion: raw.apiVersion || 'v1',
    Condition: s(raw.condition),
    Tags: s(raw.tags),
    AppVersion: s(raw.appVersion),
    Deprecated: false,
    Annotations: null,
    KubeVersion: s(raw.kubeVersion),
    Dependencies:
      deps?.map((d) => ({
        Name: s(d.name),
        Version: s(d.version),
        Repository: s(d.repository),
        Condition: s(d.condition),
        Tags: list(d.tags ?? null),
        ImportValues: null,
        Alias: d.alias ?? '',
      })) ?? null,
    Type: s(raw.type),
    IsRoot: isRoot,
  };
}

function jsLiteral(v, indent) {
  if (v === null || typeof v !== 'object') return scalarLiteral(v);
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every((x) => typeof x !== 'object' || x === null)) {
      const flat = `[${v.map((x) => jsLiteral(x, inner)).join(', ')}]`;
      if (flat.length + indent.length < 90) return flat;
    }
    return `[\n${v.map((x) => `${inner}${jsLiteral(x, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(v).map(([k, x]) => `${inner}${propertyName(k)}: ${jsLiteral(x, inner)},`);
  return `{\n${entries.join('\n')}\n${indent}}`;
}

// ---------------------------------------------------------------------------------------------

function header(what, chartName, version) {
  return [
    `// GENERATED FILE — do not edit by hand. Regenerate with: node ${SCRIPT} <reference chart dir>`,
    `// Source: ${what} of the ${chartName} chart ${version}.`,
  ].join('\n');
}

/** The object-literal body (with comments) for a values file's text; for tests of this script. */
export function emitLiteral(src) {
  const tree = readTree(parseSource(src, 'values').contents, '');
  return new LiteralWriter(src, readComments(src)).root(tree, '').join('\n');
}

function generateValues(refDir, chart, metadata) {
  const file = join(refDir, chart.dir, 'values.yaml');
  const { src, doc } = parseYaml(file);
  const tree = readTree(doc.contents, '');
  if (tree.kind !== 'map') throw new Error(`${file}: values must be a mapping`);
  const writer = new LiteralWriter(src, readComments(src));
  const body = writer.root(tree, '    ');
  const usesOwnKey = body.some((l) => l.includes('ownKey('));

  const imports = [
    `import type { GoMap } from '../go-value.js';`,
    `import type { ${chart.type} } from '../values-types.js';`,
    `import { goMap, type Literal${usesOwnKey ? ', ownKey' : ''} } from './_literal.js';`,
  ];
  return [
    header('values.yaml', metadata.Name, metadata.Version),
    '',
    ...imports,
    '',
    `/**`,
    ` * The ${metadata.Name} ${metadata.Version} chart's values.yaml as Helm v3.17.3 reads it: YAML 1.1`,
    ` * through JSON, so every number is a float64. Each call returns a fresh copy. The literal is`,
    ` * checked against ${chart.type}, generated from values.schema.json (scripts/gen-schema.mjs).`,
    ` */`,
    `export function ${chart.fn}(): GoMap {`,
    `  return goMap({`,
    `    __proto__: null,`,
    ...body,
    `  } satisfies Literal<${chart.type}>);`,
    `}`,
    '',
  ].join('\n');
}

function generateMetadata(metas) {
  const polyaxon = metas.find((m) => m.chart.file === 'polyaxon');
  const out = [
    `// GENERATED FILE — do not edit by hand. Regenerate with: node ${SCRIPT} <reference chart dir>`,
    `// Source: Chart.yaml of the charts ${metas.map((m) => `${m.meta.Name} ${m.meta.Version}`).join(', ')},`,
    `// and requirements.yaml of polyaxon.`,
    '',
    `/** A maintainer as templates see it: Helm's chart.Maintainer. */`,
    `export interface ChartMaintainer {`,
    `  readonly Name: string;`,
    `  readonly Email: string;`,
    `  readonly URL: string;`,
    `}`,
    '',
    `/**`,
    ` * A dependency as listed in requirements.yaml: Helm's chart.Dependency, without \`Enabled\`,`,
    ` * which Helm decides per render (processDependencyEnabled: conditions and tags against the`,
    ` * values; disabled dependencies are then dropped from .Chart.Dependencies).`,
    ` */`,
    `export interface ChartDependency {`,
    `  readonly Name: string;`,
    `  readonly Version: string;`,
    `  readonly Repository: string;`,
    `  readonly Condition: string;`,
    `  /** A nil slice in Go when the file has no tags. */`,
    `  readonly Tags: readonly string[] | null;`,
    `  /** A nil slice in Go when the file has no import-values. */`,
    `  readonly ImportValues: readonly unknown[] | null;`,
    `  readonly Alias: string;`,
    `}`,
    '',
    `/**`,
    ` * What \`.Chart\` holds: Helm's chart.Metadata, plus the IsRoot flag the engine adds`,
    ` * (pkg/engine/engine.go, recAllTpls). Field names are the Go ones; Helm 3 has no \`Engine\``,
    ` * field, so Chart.yaml's \`engine\` is dropped. Fields missing from Chart.yaml keep Go's zero`,
    ` * values: "" for strings, false, and null for nil slices and maps.`,
    ` */`,
    `export interface ChartMetadata {`,
    `  readonly Name: string;`,
    `  readonly Home: string;`,
    `  readonly Sources: readonly string[] | null;`,
    `  readonly Version: string;`,
    `  readonly Description: string;`,
    `  readonly Keywords: readonly string[] | null;`,
    `  readonly Maintainers: readonly ChartMaintainer[] | null;`,
    `  readonly Icon: string;`,
    `  /** "v1" when Chart.yaml has none: Helm's loader takes such a chart for a Helm 2 chart. */`,
    `  readonly APIVersion: string;`,
    `  readonly Condition: string;`,
    `  readonly Tags: string;`,
    `  readonly AppVersion: string;`,
    `  readonly Deprecated: boolean;`,
    `  readonly Annotations: Readonly<Record<string, string>> | null;`,
    `  readonly KubeVersion: string;`,
    `  readonly Dependencies: readonly ChartDependency[] | null;`,
    `  readonly Type: string;`,
    `  /** True for polyaxon, false for the subcharts as rendered inside it. */`,
    `  readonly IsRoot: boolean;`,
    `}`,
    '',
    `/** polyaxon's requirements.yaml, in its order (the order Helm processes the dependencies in). */`,
    `export const polyaxonDependencies: readonly ChartDependency[] = deepFreeze(${jsLiteral(polyaxon.meta.Dependencies, '')});`,
  ];
  for (const m of metas) {
    const fields = { ...m.meta };
    const dependencies = fields.Dependencies;
    fields.Dependencies = null;
    let lit = jsLiteral(fields, '');
    if (dependencies !== null) {
      if (m !== polyaxon) throw new Error(`${m.meta.Name}: only polyaxon is expected to have dependencies`);
      lit = lit.replace('  Dependencies: null,', '  Dependencies: polyaxonDependencies,');
    }
    out.push(
      '',
      `/** The ${m.meta.Name} chart's Chart.yaml as \`.Chart\`. */`,
      `export const ${m.chart.meta}: ChartMetadata = deepFreeze(${lit});`,
    );
  }
  out.push(
    '',
    `/** Chart metadata by chart name. */`,
    `export const chartMetadata: Readonly<Record<string, ChartMetadata>> = Object.freeze({`,
    ...metas.map((m) => `  ${propertyName(m.meta.Name)}: ${m.chart.meta},`),
    `});`,
    '',
    `/** Freezes the data so templates cannot change the shared chart metadata. */`,
    `function deepFreeze<T>(value: T): T {`,
    `  if (typeof value === 'object' && value !== null) {`,
    `    for (const v of Object.values(value)) deepFreeze(v);`,
    `    Object.freeze(value);`,
    `  }`,
    `  return value;`,
    `}`,
    '',
  );
  return out.join('\n');
}

function generateIndex() {
  return [
    `// GENERATED FILE — do not edit by hand. Regenerate with: node ${SCRIPT} <reference chart dir>`,
    '',
    ...CHARTS.map((c) => `export { ${c.fn} } from './${c.file}.js';`),
    `export * from './chart-metadata.js';`,
    '',
  ].join('\n');
}

function main(argv) {
  if (argv.length !== 1) {
    console.error(`usage: node ${SCRIPT} <reference chart dir, e.g. .reference/polyaxon: see docs/reference.md>`);
    process.exit(2);
  }
  const refDir = resolve(argv[0]);
  const metas = CHARTS.map((chart) => ({ chart, meta: readMetadata(join(refDir, chart.dir), chart.dir === '.') }));
  mkdirSync(OUT_DIR, { recursive: true });
  for (const { chart, meta } of metas) {
    writeFileSync(join(OUT_DIR, `${chart.file}.ts`), generateValues(refDir, chart, meta));
  }
  writeFileSync(join(OUT_DIR, 'chart-metadata.ts'), generateMetadata(metas));
  writeFileSync(join(OUT_DIR, 'index.ts'), generateIndex());
  console.log(`wrote ${CHARTS.length + 2} files to ${OUT_DIR} from ${basename(refDir)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
