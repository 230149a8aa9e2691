/**
 * What Helm reads from each rendered document before it prints it
 * (releaseutil.SimpleHead via sigs.k8s.io/yaml): apiVersion, kind, metadata.name
 * and metadata.annotations. Helm unmarshals the whole document to do that, so a
 * document that is not valid YAML, or whose head fields have the wrong types,
 * fails the render with "YAML parse error on <file>".
 */
import { CST, Parser, parseDocument, isAlias, isMap, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import {
  RenderError,
  checkFirstDocument,
  libyamlAnchor,
  formatFloatG,
  goQuote,
  yamlDepthFailure,
  yamlPackageErrors,
} from '@polyaxon-render/values';
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

function str(v: unknown, file: string, goField: string): string {
  if (v === undefined || v === null) return '';
  if (isScalar(v)) return scalarText(v.value);
  throw fail(
    file,
    `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${isMap(v) ? 'object' : 'array'} into Go struct field ${goField} of type string`,
  );
}

/**
 * sigs.k8s.io/yaml converts YAML scalars to JSON strings when the Go field is a
 * string, so `a: 1` in annotations or `kind: 1` are accepted as "1".
 */
function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v);
}

/** The JSON type sigs.k8s.io/yaml makes of a scalar (yaml.v2 keeps timestamps as strings). */
function jsonType(v: unknown): string {
  return typeof v === 'boolean' ? 'bool' : typeof v === 'number' || typeof v === 'bigint' ? 'number' : 'string';
}

const metadataType = 'struct { Name string "json:\\"name\\""; Annotations map[string]string "json:\\"annotations\\"" }';

/**
 * SimpleHead's metadata and annotations are a Go struct and map: JSON other than
 * an object or null cannot be decoded into them (sigs.k8s.io/yaml turns scalars
 * into strings only for string fields).
 */
function mustBeMap(node: unknown, file: string, goField: string, goType: string): void {
  if (node === undefined || node === null || isMap(node) || (isScalar(node) && node.value === null)) return;
  const json = isSeq(node) ? 'array' : isScalar(node) ? jsonType(node.value) : 'value';
  throw fail(
    file,
    `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${json} into Go struct field ${goField} of type ${goType}`,
  );
}

export function parseHead(text: string, file: string): ManifestHead {
  // A document nested past yaml.v2's 10000 levels (a deep value printed by toYaml) fails as in Helm.
  const deep = yamlDepthFailure(text);
  if (deep !== undefined) throw fail(file, deep);
  return fastHead(text) ?? parseHeadFully(text, file);
}

/**
 * The value of a mapping's last `key` entry: yaml.v2 decodes a mapping into a Go
 * map, where a repeated key keeps its last value (the yaml package's get() gives the first).
 */
function lastValue(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined;
  for (let i = map.items.length - 1; i >= 0; i--) {
    const k = map.items[i].key;
    if (isScalar(k) ? k.value === key : k === key) return map.items[i].value;
  }
  return undefined;
}

/**
 * What libyaml's reader refuses (readerc.go): C0 controls but tab, LF and CR,
 * DEL, C1 controls but NEL, U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what libyaml refuses
const controlChar = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

/** The UTF-8 length of `text` up to `end` (libyaml counts bytes). */
function utf8Offset(text: string, end: number): number {
  let bytes = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The full YAML parse: for documents outside the fast path's subset, and for errors. */
export function parseHeadFully(text: string, file: string): ManifestHead {
  const original = text;
  text = libyamlBreaks(text);
  let doc = parseDocument(text, { version: '1.1', uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) {
    // libyaml accepts quoted scalars and flow collections whose continuation lines are not indented; the yaml package does not.
    const lenient = reindentFlowNodes(text);
    if (lenient !== undefined) {
      const retry = parseDocument(lenient, { version: '1.1', uniqueKeys: false, prettyErrors: false });
      if (retry.errors.length === 0) doc = retry;
    }
  }
  // Syntax errors in libyaml's words and at its lines (the port in @polyaxon-render/values says why).
  const syntax = checkFirstDocument(original);
  const errors = yamlPackageErrors(doc.errors);
  const control = controlChar.exec(original);
  if (control !== null) {
    // libyaml's reader decodes the input 512 bytes at a time, ahead of the scanner: a control
    // character is reported unless the scanner failed in an earlier 512 bytes.
    const at = Math.floor(utf8Offset(original, control.index) / 512);
    const errorAt = syntax ? syntax.problemMark.offset : errors.length > 0 ? errors[0].pos[0] : undefined;
    const failedAt = errorAt !== undefined ? Math.floor((utf8Offset(original, errorAt) + 4) / 512) : Infinity;
    if (at <= failedAt) throw fail(file, 'error converting YAML to JSON: yaml: control characters are not allowed');
  }
  // (An alias to an unknown anchor is one of these: yaml.v2 fails on it as its event arrives, see the port.)
  if (syntax) throw fail(file, `error converting YAML to JSON: yaml: ${syntax.yamlMessage}`);
  if (errors.length > 0) {
    const e = errors[0];
    const line = e.linePos?.[0].line;
    throw fail(
      file,
      `error converting YAML to JSON: yaml: ${line !== undefined ? `line ${line}: ` : ''}${e.message.split('\n')[0]}`,
    );
  }
  checkJsonable(doc, file);
  const root = doc.contents;
  if (root !== null && !isMap(root) && !(isScalar(root) && root.value === null)) {
    // JSON other than an object or null cannot be decoded into SimpleHead.
    const json = isSeq(root) ? 'array' : isScalar(root) ? jsonType(root.value) : 'value';
    throw fail(
      file,
      `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${json} into Go value of type releaseutil.SimpleHead`,
    );
  }
  const apiVersion = str(lastValue(root, 'apiVersion'), file, 'SimpleHead.apiVersion');
  const kind = str(lastValue(root, 'kind'), file, 'SimpleHead.kind');
  const metadata = lastValue(root, 'metadata');
  mustBeMap(metadata, file, 'SimpleHead.metadata', metadataType);
  const name = str(lastValue(metadata, 'name'), file, 'SimpleHead.metadata.name');
  const ann = lastValue(metadata, 'annotations');
  mustBeMap(ann, file, '.metadata.annotations', 'map[string]string');
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
        throw fail(
          file,
          `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${t} into Go struct field .metadata.annotations of type string`,
        );
      }
    }
  }
  return { apiVersion, kind, name, annotations };
}

const int64Max = 2n ** 63n - 1n;
const uint64Max = 2n ** 64n - 1n;

/**
 * What yaml.v2 (decoding into interface{}) and sigs.k8s.io/yaml's JSON
 * conversion reject although the yaml package parses it: a mapping or sequence
 * as a key ("invalid map key"), a nil key or one yaml.v2 reads as uint64
 * (convertToJSONableObject: "unsupported map key of type"), and `.inf`/`.nan`,
 * floats json.Marshal refuses ("unsupported value").
 */
function checkJsonable(doc: Document, file: string): void {
  const seen = new Set<unknown>();
  const resolve = (node: unknown): unknown => {
    if (!isAlias(node)) return node;
    const target = node.resolve(doc);
    // The yaml package leaves an alias without its anchor unresolved; yaml.v2 fails.
    if (target === undefined)
      throw fail(
        file,
        `error converting YAML to JSON: yaml: unknown anchor '${libyamlAnchor(node.source)}' referenced`,
      );
    return target;
  };
  const walk = (node: unknown): void => {
    node = resolve(node);
    if (seen.has(node)) return;
    if (isMap(node)) {
      seen.add(node);
      for (const pair of node.items) {
        const key = resolve(pair.key);
        if (isMap(key) || isSeq(key))
          throw fail(file, `error converting YAML to JSON: yaml: invalid map key: ${goSyntax(key, resolve)}`);
        if (key === null || key === undefined || (isScalar(key) && key.value === null)) {
          throw fail(
            file,
            `error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSyntax(resolve(pair.value), resolve)}`,
          );
        }
        if (isScalar(key) && isUint64(key))
          throw fail(
            file,
            `error converting YAML to JSON: unsupported map key of type: uint64, key: 0x${BigInt(String(key.source).replaceAll('_', '').replace(/^\+/, '')).toString(16)}, value: ${goSyntax(resolve(pair.value), resolve)}`,
          );
        // A plain `<<` is a merge key (the yaml package gives it a symbol value); yaml.v2 merges only mappings.
        if (isScalar(key) && typeof key.value === 'symbol' && !mergeable(resolve(pair.value), resolve)) {
          throw fail(
            file,
            'error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value',
          );
        }
        walk(key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      seen.add(node);
      for (const item of node.items) walk(item);
    } else if (
      isScalar(node) &&
      typeof node.value === 'number' &&
      !Number.isFinite(node.value) &&
      nonFiniteWord(node)
    ) {
      throw fail(
        file,
        `error converting YAML to JSON: json: unsupported value: ${Number.isNaN(node.value) ? 'NaN' : node.value > 0 ? '+Inf' : '-Inf'}`,
      );
    }
  };
  walk(doc.contents);
}

/**
 * fmt's %+#v of what yaml.v2 decoded (sigs.k8s.io/yaml prints the value of a
 * refused key that way): strings quoted, nil as <nil>, collections in Go syntax
 * (fmt sorts map keys).
 */
function goSyntax(node: unknown, resolve: (node: unknown) => unknown, nested = false): string {
  node = resolve(node);
  // A nil inside a collection is a typed interface{} to fmt.
  const nil = nested ? 'interface {}(nil)' : '<nil>';
  if (node === null || node === undefined) return nil;
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return nil;
    if (typeof v === 'string') return goQuote(v);
    if (typeof v === 'number')
      return Number.isInteger(v) && node.source !== undefined && !/[.eE]/.test(String(node.source))
        ? String(v)
        : formatFloatG(v);
    return String(v);
  }
  if (isSeq(node)) return `[]interface {}{${node.items.map((i) => goSyntax(i, resolve, true)).join(', ')}}`;
  if (isMap(node)) {
    const entries = node.items
      .map((p) => `${goSyntax(p.key, resolve, true)}:${goSyntax(p.value, resolve, true)}`)
      .sort();
    return `map[interface {}]interface {}{${entries.join(', ')}}`;
  }
  return String(node);
}

/** yaml.v2 decoder.merge: a mapping, or a sequence of mappings (aliases resolved). */
function mergeable(value: unknown, resolve: (node: unknown) => unknown): boolean {
  if (isMap(value)) return true;
  return isSeq(value) && value.items.every((item) => isMap(resolve(item)));
}

/** yaml.v2 resolves a plain integer past int64 (but within uint64) to uint64. */
function isUint64(key: Scalar): boolean {
  if (key.type !== 'PLAIN' || typeof key.source !== 'string') return false;
  const digits = key.source.replaceAll('_', '');
  if (!/^\+?[0-9]+$/.test(digits)) return false;
  const n = BigInt(digits.replace(/^\+/, ''));
  return n > int64Max && n <= uint64Max;
}

/** Only the YAML words are ±Inf/NaN for yaml.v2; `1e400` overflows ParseFloat and stays a string. */
function nonFiniteWord(node: Scalar): boolean {
  return (
    node.type === 'PLAIN' &&
    typeof node.source === 'string' &&
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(node.source)
  );
}

/**
 * libyaml (YAML 1.1) reads NEL, LS and PS as line breaks where the yaml package
 * (YAML 1.2) reads content: NEL everywhere (inside quotes it folds like any
 * break), LS and PS outside quoted scalars (inside them libyaml keeps them); and
 * a CR not followed by LF, everywhere. So `key: a<LS>b` printed by a template
 * is a syntax error for helm.
 */
export function libyamlBreaks(text: string): string {
  if (!/[\r\x85\u2028\u2029]/.test(text)) return text;
  // A CR not followed by LF is a line break for libyaml, everywhere (the yaml package reads it as content).
  text = text.replaceAll('\x85', '\n').replace(/\r(?!\n)/g, '\n');
  if (!/[\u2028\u2029]/.test(text)) return text;
  const quoted: [number, number][] = [];
  const stack: CST.Token[] = [...new Parser().parse(text)];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.type === 'single-quoted-scalar' || t.type === 'double-quoted-scalar')
      quoted.push([t.offset, t.offset + t.source.length]);
    else if (t.type === 'document' && t.value) stack.push(t.value);
    else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      for (const it of t.items) {
        if (it.key) stack.push(it.key);
        if (it.value) stack.push(it.value);
      }
    }
  }
  quoted.sort((a, b) => a[0] - b[0]);
  let q = 0;
  return text.replace(/[\u2028\u2029]/g, (c, i: number) => {
    while (q < quoted.length && quoted[q][1] <= i) q++;
    return q < quoted.length && quoted[q][0] <= i ? c : '\n';
  });
}

/**
 * libyaml (yaml.v2) does not check the indentation of the continuation lines of
 * a quoted scalar or a flow collection (`key: "a` + newline + `b"` at column 0
 * is `a b`; `- name: [x` + newline + `]` is a list), which a value with a
 * newline printed into a template produces. White space at the start of those
 * lines is not content (flow scalars fold it away), so indenting them to the
 * opening character's column keeps the value and satisfies the yaml package.
 * Only nodes that start a value (after `key: ` or `- `) are touched, block
 * scalars are skipped, and a `...` document marker inside one is left for the
 * parser to reject (libyaml does too). Returns undefined when nothing changed.
 */
export function reindentFlowNodes(text: string): string | undefined {
  const lines = text.split('\n');
  let changed = false;
  let blockIndent = -1; // inside a block scalar: lines indented more than this belong to it
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    const m = /^( *(?:- +)*(?:(?:[^\s"'#[{][^:#]*|"[^"]*"|'[^']*'):[ ]+|- +))["'[{]/.exec(line);
    if (!m) {
      if (/:[ ]+[|>][-+0-9]*[ ]*(#.*)?$/.test(line) || /^ *- +[|>][-+0-9]*[ ]*(#.*)?$/.test(line)) blockIndent = indent;
      continue;
    }
    const col = m[1].length;
    const j = flowEnd(lines, i, col);
    if (j === undefined || j === i) continue;
    for (let k = i + 1; k <= j; k++) {
      const stripped = lines[k].replace(/^[ \t]+/, '');
      const reindented = stripped === '' ? '' : ' '.repeat(col) + stripped;
      if (reindented !== lines[k]) {
        lines[k] = reindented;
        changed = true;
      }
    }
    i = j;
  }
  return changed ? lines.join('\n') : undefined;
}

/** The line where the quoted scalar or flow collection opening at lines[i][col] ends, if it does. */
function flowEnd(lines: readonly string[], i: number, col: number): number | undefined {
  const open = lines[i][col];
  let quote = open === '"' || open === "'" ? open : undefined;
  let depth = quote ? 0 : 1;
  let prev = open;
  for (let j = i, pos = col + 1; j < lines.length; j++, pos = 0) {
    const l = lines[j];
    if (j > i && /^\.\.\.(\s|$)/.test(l)) return undefined;
    for (; pos < l.length; pos++) {
      const ch = l[pos];
      if (quote) {
        if (quote === '"' && ch === '\\') pos++;
        else if (ch === quote) {
          if (quote === "'" && l[pos + 1] === "'") pos++;
          else {
            quote = undefined;
            if (depth === 0) return j;
            prev = ch;
          }
        }
        continue;
      }
      if (ch === '#' && (pos === 0 || l[pos - 1] === ' ' || l[pos - 1] === '\t')) break;
      // A quote opens a scalar only where a flow node starts, not inside a plain one (`a'b`).
      if ((ch === '"' || ch === "'") && (prev === '[' || prev === '{' || prev === ',' || prev === ':')) quote = ch;
      else if (ch === '[' || ch === '{') depth++;
      else if (ch === ']' || ch === '}') {
        if (--depth === 0) return j;
      }
      if (ch !== ' ' && ch !== '\t') prev = ch;
    }
  }
  return undefined;
}
