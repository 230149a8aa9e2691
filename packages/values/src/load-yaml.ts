/**
 * Reads a values file as Helm v3.17.3 does: chartutil.ReadValues and
 * pkg/cli/values both call sigs.k8s.io/yaml.Unmarshal, which decodes with
 * yaml.v2 (YAML 1.1) into interface{}, converts that to JSON and decodes the
 * JSON into map[string]interface{}.
 *
 * The npm `yaml` package does the syntax (failsafe schema, so every scalar stays
 * text); everything after that is ported from yaml.v2 v2.4.0 (resolve.go,
 * decode.go) and sigs.k8s.io/yaml v1.4.0 (yaml.go):
 *   - plain scalars resolve the YAML 1.1 way (yes/no/on/off/y/n, ~, 0x/0o/010/0b,
 *     underscores, .inf/.nan, timestamps stay text), quoted ones are strings;
 *   - aliases are expanded with yaml.v2's "excessive aliasing" guard, and `<<`
 *     merges in yaml.v2's order (a merge overrides keys written before it);
 *   - non-string keys are stringified as sigs.k8s.io/yaml does (floats through
 *     float32 formatting), NaN/Inf values fail the JSON step;
 *   - only the first document counts; every number becomes a float64 (`number`);
 *   - bytes go through libyaml's reader (yaml-reader.ts), NEL/LS/PS are line
 *     breaks (yaml-breaks.ts), and nesting is measured on the CST before anything
 *     recursive runs: Helm's 10000-level limits, then ours (yaml-depth.ts, limits.ts).
 *
 * Errors carry Helm's wording: `failed to parse FILE: error converting YAML to
 * JSON: yaml: line N: …`. Syntax messages come from the `yaml` package, so
 * their text (not their place or meaning) can differ from libyaml's.
 */
import {
  Composer,
  LineCounter,
  Parser,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type CST,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { RenderError } from './errors.js';
import { formatFloatG, goQuote } from './go-fmt.js';
import { newMap, setKey, sortedKeys, type GoMap, type GoValue } from './go-value.js';
import {
  GO_MAX_DEPTH,
  MAX_INPUT_LENGTH,
  MAX_VALUES_DEPTH,
  TOO_DEEP,
  isStackOverflow,
  stackExhausted,
} from './limits.js';
import { checkFirstDocument, firstDocumentEnd, type LibyamlError } from './libyaml/parser.js';
import { hasLibyamlBreaks, libyamlBreaks, libyamlScalarValue } from './yaml-breaks.js';
import { depthBound, measureDepth } from './yaml-depth.js';
import { fastValues } from './yaml-fast.js';
import { ReaderError, decodeYamlBytes } from './yaml-reader.js';

const TAG_PREFIX = 'tag:yaml.org,2002:';
const STR = `${TAG_PREFIX}str`;
const BOOL = `${TAG_PREFIX}bool`;
const INT = `${TAG_PREFIX}int`;
const FLOAT = `${TAG_PREFIX}float`;
const NULL = `${TAG_PREFIX}null`;
const TIMESTAMP = `${TAG_PREFIX}timestamp`;
const BINARY = `${TAG_PREFIX}binary`;
const MERGE = `${TAG_PREFIX}merge`;

/** A yaml.v2 failure (`failf`): the text after "yaml: ". */
class YamlFail extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
    /** Where in the text the parser met the problem, to order it against syntax errors. */
    readonly offset?: number,
  ) {
    super(message);
  }
}

/** A failure of the JSON half of sigs.k8s.io/yaml (no "yaml: " prefix). */
class ConvertFail extends Error {}

/** Values nested deeper than MAX_VALUES_DEPTH (polyaxon-render's limit, not Helm's). */
class TooDeep extends Error {
  constructor(readonly line?: number) {
    super(TOO_DEEP);
  }
}

// ---------------------------------------------------------------------------
// The node tree yaml.v2's parser builds (decode.go `node`).

type Node =
  | { kind: 'scalar'; tag: string; value: string; implicit: boolean; line: number; column: number }
  | { kind: 'mapping'; tag: string; children: Node[]; line: number; column: number }
  | { kind: 'sequence'; tag: string; children: Node[]; line: number; column: number }
  | { kind: 'alias'; name: string; target: Node; line: number; column: number };

/** The name libyaml reads after `*`: letters, digits, `_` and `-` (the `yaml` package takes more, e.g. `*a:`). */
export function libyamlAnchor(source: string): string {
  return /^[0-9A-Za-z_-]*/.exec(source)![0];
}

/** `original`: the text before libyamlBreaks, when it holds NEL/LS/PS (scalars holding one are re-read from it). */
function buildTree(root: YamlNode | null, lc: LineCounter, original?: string): Node {
  const anchors = new Map<string, Node>();
  const pos = (n: YamlNode | null): { line: number; column: number } => {
    const off = n?.range?.[0];
    if (off === undefined) return { line: 0, column: 0 };
    const p = lc.linePos(off);
    return { line: p.line, column: p.col };
  };
  const build = (n: YamlNode | null | undefined | unknown): Node => {
    const at = pos((n as YamlNode) ?? null);
    if (n === null || n === undefined) return { kind: 'scalar', tag: '', value: '', implicit: true, ...at };
    if (isAlias(n)) {
      const target = anchors.get(n.source);
      if (!target)
        throw new YamlFail(
          `unknown anchor '${libyamlAnchor(n.source)}' referenced`,
          undefined,
          undefined,
          n.range?.[0],
        );
      return { kind: 'alias', name: n.source, target, ...at };
    }
    let out: Node;
    if (isScalar(n)) {
      const tag = n.tag ?? '';
      const plain = n.type === 'PLAIN' || n.type === undefined;
      out = {
        kind: 'scalar',
        tag,
        value:
          (original && libyamlScalarValue(original, n)) ??
          (n.value === null || n.value === undefined ? '' : String(n.value)),
        // libyaml: plain scalars and the non-specific tag `!` are "plain implicit".
        implicit: (tag === '' && plain) || tag === '!',
        ...at,
      };
      if (n.anchor) anchors.set(n.anchor, out);
      return out;
    }
    if (isMap(n)) {
      const m: Node = { kind: 'mapping', tag: n.tag ?? '', children: [], ...at };
      // libyaml registers an anchor when its node starts, so an alias inside can see it.
      if (n.anchor) anchors.set(n.anchor, m);
      for (const pair of n.items) {
        m.children.push(build(pair.key), build(pair.value));
      }
      return m;
    }
    if (isSeq(n)) {
      const s: Node = { kind: 'sequence', tag: n.tag ?? '', children: [], ...at };
      if (n.anchor) anchors.set(n.anchor, s);
      for (const item of n.items) s.children.push(build(item));
      return s;
    }
    // A pair without a map around it (flow `[a: b]`) is a single-pair mapping.
    const p = n as { key?: unknown; value?: unknown };
    return { kind: 'mapping', tag: '', children: [build(p.key), build(p.value)], ...at };
  };
  return build(root);
}

// ---------------------------------------------------------------------------
// yaml.v2 resolve.go: the Go value of a scalar.

/** The decoded Go value before JSON: Go's dynamic types matter for keys and for the JSON step. */
type YValue =
  | { t: 'nil' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint } // int / int64
  | { t: 'uint'; v: bigint } // uint64
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'seq'; v: YValue[] }
  | { t: 'map'; v: Map<string, [YValue, YValue]> };

const NIL: YValue = { t: 'nil' };

const RESOLVE_MAP = new Map<string, [string, YValue]>();
for (const [tag, value, words] of [
  [BOOL, { t: 'bool', v: true }, ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']],
  [BOOL, { t: 'bool', v: false }, ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']],
  [NULL, NIL, ['', '~', 'null', 'Null', 'NULL']],
  [FLOAT, { t: 'float', v: NaN }, ['.nan', '.NaN', '.NAN']],
  [FLOAT, { t: 'float', v: Infinity }, ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']],
  [FLOAT, { t: 'float', v: -Infinity }, ['-.inf', '-.Inf', '-.INF']],
  [MERGE, { t: 'str', v: '<<' }, ['<<']],
] as [string, YValue, string[]][]) {
  for (const w of words) RESOLVE_MAP.set(w, [tag, value]);
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64) / ParseUint(s, 0, 64) on an underscore-free string: the value or undefined. */
function parseGoInt(s: string, unsigned: boolean): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  if (unsigned && m[1] !== '') return undefined;
  const body = m[2];
  let mag: bigint;
  if (/^0[xXoObB]/.test(body)) mag = BigInt(`0${body[1].toLowerCase()}${body.slice(2)}`);
  else if (body.length > 1 && body[0] === '0')
    mag = BigInt(`0o${body.slice(1)}`); // Go base 0: a leading 0 is octal
  else mag = BigInt(body);
  const v = m[1] === '-' ? -mag : mag;
  if (unsigned) return v <= UINT64_MAX ? v : undefined;
  return v >= INT64_MIN && v <= INT64_MAX ? v : undefined;
}

/** strconv.ParseFloat on a decimal float: the value, or undefined when out of range (Go's ErrRange). */
function parseGoFloat(s: string): number | undefined {
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

/** Decimals that parse as int64 and convert to float64 exactly (see plainScalarValue). */
const SHORT_DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** parseTimestamp: the YYYY- forms yaml.v2 accepts (time.Parse with its four layouts). */
function isTimestamp(s: string): boolean {
  if (!/^[0-9]{4}-/.test(s)) return false;
  const date = '([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})';
  const frac = '(\\.[0-9]+)?';
  const time = '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})';
  const forms = [
    new RegExp(`^${date}[Tt]${time}${frac}(Z|[+-][0-9]{2}:[0-9]{2})$`),
    new RegExp(`^${date} ${time}${frac}$`),
    new RegExp(`^${date}$`),
  ];
  for (const re of forms) {
    const m = re.exec(s);
    if (!m) continue;
    const [, , mo, d, h, mi, se] = m;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(Number(m[1]), month)) continue;
    if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(se) > 59)) continue;
    return true;
  }
  return false;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function shortTag(tag: string): string {
  return tag.startsWith(TAG_PREFIX) ? `!!${tag.slice(TAG_PREFIX.length)}` : tag;
}

function resolvableTag(tag: string): boolean {
  return ['', STR, BOOL, INT, FLOAT, NULL, TIMESTAMP].includes(tag);
}

/** yaml.v2 resolve(tag, in): the resolved tag and value. */
function resolve(tag: string, input: string): [string, YValue] {
  if (!resolvableTag(tag)) return [tag, { t: 'str', v: input }];
  const [rtag, out] = resolveImplicit(tag, input);
  // An explicit tag must match what the text resolves to (an int may stand for a float).
  if (tag === '' || tag === rtag || tag === STR) return [rtag, out];
  if (tag === FLOAT && rtag === INT && (out.t === 'int' || out.t === 'uint'))
    return [FLOAT, { t: 'float', v: Number(out.v) }];
  throw new YamlFail(`cannot decode ${shortTag(rtag)} \`${input}\` as a ${shortTag(tag)}`);
}

/**
 * resolve.go's hint for a plain scalar, from its first character: 'N' (empty), 'S' (a sign),
 * 'D' (a digit), 'M' (a letter that starts a YAML 1.1 word, or `~`), '.' (a dot); '' for
 * anything else, which always resolves to a string.
 */
function resolveHint(input: string): string {
  if (input === '') return 'N';
  switch (input.charCodeAt(0)) {
    case 0x2b: // +
    case 0x2d: // -
      return 'S';
    case 0x2e: // .
      return '.';
    case 0x79: // y Y n N t T f F o O ~
    case 0x59:
    case 0x6e:
    case 0x4e:
    case 0x74:
    case 0x54:
    case 0x66:
    case 0x46:
    case 0x6f:
    case 0x4f:
    case 0x7e:
      return 'M';
  }
  const c = input.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 ? 'D' : '';
}

function resolveImplicit(tag: string, input: string): [string, YValue] {
  const hint = resolveHint(input);
  if (hint !== '' && tag !== STR && tag !== BINARY) {
    const known = RESOLVE_MAP.get(input);
    if (known) return known;
    if (hint === '.') {
      // strconv.ParseFloat on the text as written: underscores only between digits.
      if (/^\.[0-9]+(_[0-9]+)*([eE][-+]?[0-9]+(_[0-9]+)*)?$/.test(input)) {
        const f = parseGoFloat(input.replace(/_/g, ''));
        if (f !== undefined) return [FLOAT, { t: 'float', v: f }];
      }
    } else if (hint === 'D' || hint === 'S') {
      // Timestamps are tried first but a plain timestamp stays text when decoded into interface{}.
      if ((tag === '' || tag === TIMESTAMP) && isTimestamp(input)) return [TIMESTAMP, { t: 'str', v: input }];
      const plain = input.replace(/_/g, '');
      const i = parseGoInt(plain, false);
      if (i !== undefined) return [INT, { t: 'int', v: i }];
      const u = parseGoInt(plain, true);
      if (u !== undefined) return [INT, { t: 'uint', v: u }];
      if (YAML_STYLE_FLOAT.test(plain)) {
        const f = parseGoFloat(plain);
        if (f !== undefined) return [FLOAT, { t: 'float', v: f }];
      }
      if (plain.startsWith('-0b')) {
        const b = parseGoInt(`-0b${plain.slice(3)}`, false);
        if (b !== undefined) return [INT, { t: 'int', v: b }];
      }
    }
  }
  return [STR, { t: 'str', v: input }];
}

/**
 * A plain (unquoted, untagged) scalar's value as decodeValues gives it: yaml.v2's
 * resolve, then the JSON step. Undefined where the JSON step would fail (NaN, the
 * infinities), so that the caller leaves that text to decodeValues and its error.
 */
export function plainScalarValue(text: string): GoValue | undefined {
  // (Most values start with a letter no YAML 1.1 word starts with: a string, as resolve says.)
  const hint = resolveHint(text);
  if (hint === '') return text;
  // The common words and numbers without resolve's allocations and regexes: a letter that may start a word
  // resolves to the word's value or stays text (resolveImplicit); a decimal without a leading 0 (octal) and
  // of at most 15 digits is an int64 that float64 holds exactly.
  if (hint === 'M') {
    const known = RESOLVE_MAP.get(text);
    return known === undefined ? text : toJsonable(known[1]);
  }
  if (hint === 'D' && SHORT_DECIMAL.test(text)) return Number(text);
  const v = resolve('', text)[1];
  // (NaN and the infinities: checkJsonFloats's error, which decodeValues gives.)
  if (v.t === 'float' && !Number.isFinite(v.v)) return undefined;
  return toJsonable(v);
}

/**
 * A plain scalar map key as decodeValues writes it (sigs.k8s.io/yaml stringifies
 * bools, ints and floats); undefined for a merge key `<<` and for keys that fail
 * (nil, uint64), which decodeValues reports.
 */
export function plainScalarKey(text: string): string | undefined {
  if (text === '<<') return undefined;
  const hint = resolveHint(text);
  // (A letter that may start a YAML 1.1 word, in no word: text, as resolveImplicit says.)
  if (hint === '' || (hint === 'M' && !RESOLVE_MAP.has(text))) return text;
  const k = resolve('', text)[1];
  if (k.t !== 'str' && k.t !== 'int' && k.t !== 'bool' && k.t !== 'float') return undefined;
  return keyString(k, NIL);
}

// ---------------------------------------------------------------------------
// yaml.v2 decode.go: the decoder, with its alias accounting.

/** allowedAliasRatio from yaml.v2: how much of the decoding may come from alias expansion. */
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99;
  if (decodeCount >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000);
}

class Decoder {
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  /** Collections being decoded around the current node: aliases can nest deeper than the text does. */
  private depth = 0;
  private readonly active = new Set<Node>();

  /** Every decode step counts; past yaml.v2's ratio the document is refused (alias bombs). */
  private count(): void {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (
      this.aliasCount > 100 &&
      this.decodeCount > 1000 &&
      this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)
    ) {
      throw new YamlFail('document contains excessive aliasing');
    }
  }

  unmarshal(n: Node): YValue {
    this.count();
    if (n.kind === 'alias') return this.alias(n);
    // prepare(): an explicit !!null, or a plain null spelling, leaves the target nil.
    if (n.tag === NULL) return NIL;
    if (n.kind === 'scalar') return this.scalar(n);
    if (++this.depth > MAX_VALUES_DEPTH) throw new TooDeep(n.line);
    let v: YValue;
    if (n.kind === 'mapping') {
      const out = new Map<string, [YValue, YValue]>();
      this.mapping(n, out);
      v = { t: 'map', v: out };
    } else {
      v = { t: 'seq', v: n.children.map((c) => this.unmarshal(c)) };
    }
    this.depth--;
    return v;
  }

  private alias(n: Extract<Node, { kind: 'alias' }>): YValue {
    if (this.active.has(n)) throw new YamlFail(`anchor '${n.name}' value contains itself`);
    this.active.add(n);
    this.aliasDepth++;
    const v = this.unmarshal(n.target);
    this.aliasDepth--;
    this.active.delete(n);
    return v;
  }

  private scalar(n: Extract<Node, { kind: 'scalar' }>): YValue {
    if (n.tag === '' && !n.implicit) return { t: 'str', v: n.value };
    const [tag, v] = resolve(n.tag, n.value);
    if (tag === BINARY) return { t: 'str', v: decodeBase64(n.value) };
    return v;
  }

  /** mapping(): keys in order; `<<` merges write into the same map (later keys win, as in yaml.v2). */
  private mapping(n: Extract<Node, { kind: 'mapping' }>, out: Map<string, [YValue, YValue]>): void {
    for (let i = 0; i < n.children.length; i += 2) {
      const kn = n.children[i];
      const vn = n.children[i + 1];
      if (kn.kind === 'scalar' && kn.value === '<<' && (kn.implicit || kn.tag === MERGE)) {
        this.merge(vn, out);
        continue;
      }
      const k = this.unmarshal(kn);
      if (k.t === 'map' || k.t === 'seq') throw new YamlFail(`invalid map key: ${goSyntax(k)}`);
      const v = this.unmarshal(vn);
      out.set(keyId(k), [k, v]);
    }
  }

  private merge(n: Node, out: Map<string, [YValue, YValue]>): void {
    const wantMap = (): never => {
      throw new YamlFail('map merge requires map or sequence of maps as the value');
    };
    const into = (x: Node): void => {
      // d.unmarshal(n, out) with out the map being built: counted like any decode.
      this.count();
      if (x.kind === 'alias') {
        if (this.active.has(x)) throw new YamlFail(`anchor '${x.name}' value contains itself`);
        this.active.add(x);
        this.aliasDepth++;
        this.count();
        this.mapping(x.target as Extract<Node, { kind: 'mapping' }>, out);
        this.aliasDepth--;
        this.active.delete(x);
      } else {
        this.mapping(x as Extract<Node, { kind: 'mapping' }>, out);
      }
    };
    if (n.kind === 'mapping') into(n);
    else if (n.kind === 'alias') {
      if (n.target.kind !== 'mapping') wantMap();
      into(n);
    } else if (n.kind === 'sequence') {
      // Earlier maps take precedence, so they are written last.
      for (let i = n.children.length - 1; i >= 0; i--) {
        const c = n.children[i];
        if (c.kind === 'alias' ? c.target.kind !== 'mapping' : c.kind !== 'mapping') wantMap();
        into(c);
      }
    } else wantMap();
  }
}

/** Go map[interface{}]interface{} key identity: the dynamic type and the value. */
function keyId(k: YValue): string {
  switch (k.t) {
    case 'nil':
      return 'nil';
    case 'bool':
    case 'str':
      return `${k.t}:${String(k.v)}`;
    case 'int':
    case 'uint':
      return `${k.t}:${k.v.toString()}`;
    case 'float':
      // NaN is never equal to itself: every NaN key is its own entry.
      return Number.isNaN(k.v) ? `float:NaN:${Math.random()}` : `float:${Object.is(k.v, -0) ? 0 : k.v}`;
    default:
      return `${k.t}:${Math.random()}`;
  }
}

/** Go's base64.StdEncoding.DecodeString (newlines ignored), then the bytes as a Go string through json.Marshal. */
function decodeBase64(text: string): string {
  const s = text.replace(/[\r\n]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) {
    throw new YamlFail('!!binary value contains invalid base64 data');
  }
  return goBytesToString(Buffer.from(s, 'base64'));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Bytes as a Go string reaches JSON: json.Marshal turns each invalid UTF-8 byte
 * into U+FFFD (TextDecoder would replace a whole broken sequence with one).
 */
export function goBytesToString(b: Uint8Array): string {
  try {
    return strictUtf8.decode(b);
  } catch {
    // Invalid somewhere: valid runs decode as they are, each bad byte is one U+FFFD.
  }
  let out = '';
  let run = 0;
  let i = 0;
  while (i < b.length) {
    const size = utf8RuneLength(b, i);
    if (size === 0) {
      out += utf8.decode(b.subarray(run, i)) + '\ufffd';
      run = ++i;
    } else i += size;
  }
  return out + utf8.decode(b.subarray(run));
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte starts none (Go's utf8.DecodeRune size-1 error). */
function utf8RuneLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (j: number, lo = 0x80, hi = 0xbf): boolean => j < b.length && b[j] >= lo && b[j] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(i + 1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// sigs.k8s.io/yaml: YAML object -> JSON -> map[string]interface{}.

/** The Go type name fmt's %s/%T gives a decoded value. */
function goType(v: YValue): string {
  return {
    nil: '%!s(<nil>)',
    bool: 'bool',
    int: 'int',
    uint: 'uint64',
    float: 'float64',
    str: 'string',
    seq: '[]interface {}',
    map: 'map[interface {}]interface {}',
  }[v.t];
}

/** fmt's %+#v, as far as decoded values go (a nil inside a collection is a typed interface{}). */
function goSyntax(v: YValue, nested = false): string {
  switch (v.t) {
    case 'nil':
      return nested ? 'interface {}(nil)' : '<nil>';
    case 'bool':
      return String(v.v);
    case 'int':
      return v.v.toString();
    case 'uint':
      return `0x${v.v.toString(16)}`;
    case 'float':
      return formatFloatG(v.v);
    case 'str':
      return goQuote(v.v);
    case 'seq':
      return `[]interface {}{${v.v.map((x) => goSyntax(x, true)).join(', ')}}`;
    case 'map':
      return `map[interface {}]interface {}{${[...v.v.values()]
        .map(([k, x]) => `${goSyntax(k, true)}:${goSyntax(x, true)}`)
        .sort()
        .join(', ')}}`;
  }
}

/**
 * The `yaml` package's errors for a text the libyaml port (checked first) found well-formed
 * that still count: not its limit on implicit keys, which is libyaml's to check (the port
 * does) and which the package counts from the wrong place after a key with an empty value.
 */
export function yamlPackageErrors<E extends { readonly code: string }>(errors: readonly E[]): E[] {
  return errors.filter((e) => e.code !== 'KEY_OVER_1024_CHARS');
}

/** convertToJSONableObject + json.Marshal + json.Unmarshal: Go values to the shared model. */
function toJsonable(v: YValue): GoValue {
  switch (v.t) {
    case 'nil':
      return null;
    case 'bool':
    case 'str':
      return v.v;
    case 'int':
    case 'uint':
      // JSON carries the exact integer; decoding it into interface{} rounds to float64.
      return Number(v.v);
    case 'float':
      return v.v;
    case 'seq':
      return v.v.map(toJsonable);
    case 'map': {
      const out = newMap();
      for (const [k, x] of v.v.values()) setKey(out, keyString(k, x), toJsonable(x));
      return out;
    }
  }
}

/** sigs.k8s.io/yaml's key stringification: ints in decimal, floats through float32 'g', bools as words. */
function keyString(k: YValue, value: YValue): string {
  switch (k.t) {
    case 'str':
      return k.v;
    case 'int':
      return k.v.toString();
    case 'bool':
      return k.v ? 'true' : 'false';
    case 'float': {
      const s = formatFloatG(k.v, 32);
      return s === '+Inf' ? '.inf' : s === '-Inf' ? '-.inf' : s === 'NaN' ? '.nan' : s;
    }
    default:
      throw new ConvertFail(
        `error converting YAML to JSON: unsupported map key of type: ${goType(k)}, key: ${goSyntax(k)}, value: ${goSyntax(value)}`,
      );
  }
}

/** json.Marshal refuses NaN and infinities; maps are visited in sorted key order as Go's encoder does. */
function checkJsonFloats(v: GoValue): void {
  if (typeof v === 'number' && !Number.isFinite(v)) {
    throw new ConvertFail(`error converting YAML to JSON: json: unsupported value: ${formatFloatG(v)}`);
  }
  if (Array.isArray(v)) v.forEach(checkJsonFloats);
  else if (v !== null && typeof v === 'object') for (const k of sortedKeys(v)) checkJsonFloats(v[k]);
}

function jsonTypeName(v: GoValue): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  return 'number';
}

// ---------------------------------------------------------------------------
// Input checks done by libyaml's reader.

/** libyaml accepts only these characters in a stream. */
function checkPrintable(text: string): void {
  const bad = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.exec(text);
  if (bad) throw new YamlFail('control characters are not allowed');
}

/** The text of a file's bytes as libyaml's reader decodes them (invalid UTF-8 refused with its message). */
function decodeBytes(bytes: Uint8Array): string {
  try {
    return decodeYamlBytes(bytes);
  } catch (e) {
    if (e instanceof ReaderError) throw new YamlFail(e.message);
    throw e;
  }
}

// ---------------------------------------------------------------------------

/**
 * Decodes a values file into a map, or throws RenderError('values-file') with
 * Helm's message for it (`failed to parse SOURCE: …`). `source` is the name the
 * message shows (the -f argument). Bytes are checked as libyaml checks them
 * (invalid UTF-8 is refused); a string is taken as already-decoded text.
 */
export function loadValuesYaml(input: string | Uint8Array, source: string): GoMap {
  try {
    const text = typeof input === 'string' ? input : decodeBytes(input);
    if (text.length > MAX_INPUT_LENGTH)
      throw new RenderError(
        'limit',
        `failed to parse ${source}: ${text.length} characters, more than polyaxon-render takes (${MAX_INPUT_LENGTH})`,
        { file: source },
      );
    return decodeValues(text);
  } catch (e) {
    if (e instanceof YamlFail) {
      const where = e.line !== undefined ? `line ${e.line}: ` : '';
      return fail(source, `error converting YAML to JSON: yaml: ${where}${e.message}`, e.line, e.column);
    }
    if (e instanceof ConvertFail) return fail(source, e.message);
    if (isStackOverflow(e))
      throw new RenderError('limit', `failed to parse ${source}: ${stackExhausted(e)}`, { file: source });
    if (e instanceof TooDeep) {
      throw new RenderError(
        'limit',
        `failed to parse ${source}: ${e.line !== undefined ? `line ${e.line}: ` : ''}${e.message}`,
        { file: source, line: e.line },
      );
    }
    throw e;
  }
}

/**
 * The values of `text` read by the full loader alone, never by the fast reader
 * (yaml-fast.ts), which the tests hold against it. Errors are thrown as they arise.
 */
export function fullLoaderValues(text: string): GoMap {
  return decodeValues(text, false);
}

/**
 * The text of a values file's bytes as libyaml decodes them (UTF-8, or UTF-16 by
 * its byte order mark), for callers that keep text; bad bytes fail with Helm's
 * RenderError, as loadValuesYaml would.
 */
export function valuesFileText(bytes: Uint8Array, source: string): string {
  try {
    return decodeBytes(bytes);
  } catch (e) {
    if (e instanceof YamlFail) return fail(source, `error converting YAML to JSON: yaml: ${e.message}`);
    throw e;
  }
}

function fail(source: string, message: string, line?: number, column?: number): never {
  throw new RenderError('values-file', `failed to parse ${source}: ${message}`, { file: source, line, column });
}

/**
 * Parses up to the first document (yaml.v2's Unmarshal decodes the first one and
 * never looks at the rest) and composes it, after checking on the CST that it
 * nests within Helm's limits and ours: the composer recurses once per level.
 */
function firstDocument(text: string, lc: LineCounter): Document | undefined {
  const composer = new Composer({ version: '1.1', schema: 'failsafe', uniqueKeys: false, merge: false });
  let doc: Document | undefined;
  let seen = false;
  const shallow = depthBound(text) <= MAX_VALUES_DEPTH;
  for (const token of new Parser(lc.addNewLine).parse(text)) {
    if (token.type === 'document') {
      if (seen) break;
      seen = true;
      if (!shallow) checkDepth(token, lc);
    }
    for (const d of composer.next(token)) doc ??= d as Document;
  }
  for (const d of composer.end()) doc ??= d as Document;
  return doc;
}

/**
 * Helm's nesting errors for a YAML document that sigs.k8s.io/yaml would decode
 * (yaml.v2's scanner limits, then the JSON step's), as the text Helm prints
 * after its prefix; undefined when the text nests within them. Cheap for
 * ordinary text: only a text that may nest past 10000 levels is parsed.
 */
export function yamlDepthFailure(text: string): string | undefined {
  if (text.length <= GO_MAX_DEPTH || depthBound(text) <= GO_MAX_DEPTH) return undefined;
  const lc = new LineCounter();
  for (const token of new Parser(lc.addNewLine).parse(text)) {
    if (token.type !== 'document') continue;
    try {
      checkDepth(token, lc);
    } catch (e) {
      if (e instanceof YamlFail)
        return `error converting YAML to JSON: yaml: ${e.line !== undefined ? `line ${e.line}: ` : ''}${e.message}`;
      if (e instanceof ConvertFail) return e.message;
      if (e instanceof TooDeep) return undefined;
      throw e;
    }
    return undefined;
  }
  return undefined;
}

function libyamlFail(e: LibyamlError): YamlFail {
  return new YamlFail(e.problem, e.reportedLine, e.problemMark.column + 1, e.problemMark.offset);
}

function checkDepth(token: CST.Document, lc: LineCounter): void {
  const r = measureDepth(token, (offset) => lc.linePos(offset).col - 1);
  const lineOf = (offset: number): number => lc.linePos(offset).line;
  const syntaxFirst = (offset: number): void => {
    if (r.syntaxError && r.syntaxError.offset < offset) {
      throw new YamlFail(r.syntaxError.message.split('\n')[0], lineOf(r.syntaxError.offset));
    }
  };
  if (r.scannerLimit !== undefined) {
    syntaxFirst(r.scannerLimit);
    // yaml.v2 prints no line for a problem on the first line (its mark's line is 0).
    const line = lineOf(r.scannerLimit);
    throw new YamlFail('exceeded max depth of 10000', line > 1 ? line : undefined);
  }
  if (r.tooDeep === undefined) return;
  syntaxFirst(Infinity);
  if (r.jsonLimit)
    throw new ConvertFail(
      `error unmarshaling JSON: while decoding JSON: invalid character '${r.jsonLimit}' exceeded max depth`,
    );
  throw new TooDeep(lineOf(r.tooDeep));
}

function decodeValues(text: string, fast = true): GoMap {
  // libyaml skips one leading UTF-8 BOM.
  if (text.startsWith('\ufeff')) text = text.slice(1);
  // Most values files are plain block YAML: read those in one pass (the same values, see yaml-fast.ts).
  const quick = fast ? fastValues(text, undefined, MAX_VALUES_DEPTH) : undefined;
  if (quick !== undefined) return quick;
  checkPrintable(text);
  // Syntax errors in libyaml's words and at its lines (libyaml/: why a port).
  const syntax = checkFirstDocument(text);
  // (An alias to an unknown anchor is one of these: yaml.v2 fails on it as its event arrives, see the port.)
  if (syntax) throw libyamlFail(syntax);
  const original = text;
  text = libyamlBreaks(text);
  const lc = new LineCounter();
  const doc = firstDocument(text, lc);
  if (!doc) return newMap();
  const err = yamlPackageErrors(doc.errors)[0];
  if (err) {
    // What the `yaml` package calls an error after the first document's node (a root scalar followed by
    // `:` on the next line) is never read by yaml.v2: decode the text up to where that node ends.
    const end = firstDocumentEnd(original);
    if (end !== undefined && end < original.length) return decodeValues(original.slice(0, end), fast);
  }
  // The composer recurses once per level and reports its stack running out as a document error.
  if (err && /call stack/i.test(err.message)) throw new RangeError(err.message);
  // (Called only when there is an error.)
  const syntaxFail = (e = err!): never => {
    const p = lc.linePos(e.pos[0]);
    throw new YamlFail(e.message.split('\n')[0], p.line, p.col);
  };
  let tree: Node;
  try {
    tree = buildTree(doc.contents as YamlNode | null, lc, hasLibyamlBreaks(original) ? original : undefined);
  } catch (e) {
    // yaml.v2's parser stops at whichever problem comes first in the text.
    if (err && e instanceof YamlFail && (e.offset ?? Infinity) > err.pos[0]) syntaxFail();
    throw e;
  }
  if (err) syntaxFail();
  const decoded = new Decoder().unmarshal(tree);
  const value = toJsonable(decoded);
  checkJsonFloats(value);
  if (value === null) return newMap();
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConvertFail(
      `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonTypeName(value)} into Go value of type map[string]interface {}`,
    );
  }
  return value;
}
