/**
 * The `--set` family of flags: a port of Helm v3.17.3 pkg/strvals/parser.go and
 * literal_parser.go. Parsing writes into an existing map (Helm's ParseInto*):
 * `a.b=1` creates maps, `a[0]=x` lists, `{x,y}` list values, `\` escapes the
 * next character (not in --set-literal).
 *
 * Errors are thrown as `StrvalsError` carrying Helm's exact message (without the
 * "failed parsing --set data: " wrapper, which user-values.ts adds as
 * pkg/cli/values does).
 */
import { goQuote, goQuoteRunes, goTypeName } from './go-fmt.js';
import { getKey, hasKey, isMap, newMap, setKey, toGoValue, type GoMap, type GoValue } from './go-value.js';
import { GO_MAX_DEPTH, MAX_VALUES_DEPTH, TOO_DEEP, isStackOverflow, stackExhausted } from './limits.js';

/** Helm's MaxIndex: the largest list index `--set a[N]` accepts. */
export const MAX_INDEX = 65536;
/** Helm's MaxNestedNameLevel: the deepest `a.b.c…` name `--set` accepts. */
export const MAX_NESTED_NAME_LEVEL = 30;

/** A --set parse failure, with Helm's message. */
export class StrvalsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StrvalsError';
  }
}

/** Values nested deeper than MAX_VALUES_DEPTH: polyaxon-render's limit, reported as such (not as Helm's parse error). */
export class StrvalsTooDeep extends Error {
  constructor(message = TOO_DEEP) {
    super(message);
    this.name = 'StrvalsTooDeep';
  }
}

/** Turns a value (the runes after `=`) into the stored value; may throw. */
export type RunesReader = (runes: string) => GoValue;

/** io.EOF: ends parsing quietly when nothing is left. */
const EOF = Symbol('EOF');
/** strvals.ErrNotList: the value is not a `{…}` list. */
const NOT_LIST = Symbol('ErrNotList');
type Signal = typeof EOF | typeof NOT_LIST;

/** A failed Go type assertion, e.g. `data[k].(map[string]interface{})` on a string. */
class ConversionPanic extends Error {}

function assertMap(v: GoValue | undefined): GoMap {
  if (isMap(v)) return v;
  throw new ConversionPanic(`interface conversion: interface {} is ${goTypeName(v)}, not map[string]interface {}`);
}

function assertList(v: GoValue | undefined): GoValue[] {
  if (Array.isArray(v)) return v;
  throw new ConversionPanic(`interface conversion: interface {} is ${goTypeName(v)}, not []interface {}`);
}

/**
 * A rune reader over the input, like the bytes.Buffer Helm reads from. It walks the string itself
 * (a rune is a surrogate pair or one UTF-16 unit, a lone surrogate included, as Array.from splits
 * it), so that a long `{1,2,…}` list is not first split into one string per character.
 */
class Scanner {
  /** In UTF-16 units. */
  pos = 0;
  private last = 0;
  /** By stop set: a sticky pattern over the runes up to a stop (or an escaping `\\`). */
  private readonly plain = new Map<string, RegExp>();
  constructor(readonly text: string) {}
  /**
   * Where the runes before the next stop (or, unless `literal`, `\\`) end, from `pos`. A native
   * pattern finds it: the argument's own loop would run once per character of a long `{…}` list.
   */
  plainEnd(stop: string, literal: boolean): number {
    const key = literal ? `l${stop}` : `e${stop}`;
    let re = this.plain.get(key);
    if (re === undefined) {
      const chars = stop.replace(/[\]\\[^-]/g, '\\$&') + (literal ? '' : '\\\\');
      re = new RegExp(`[^${chars}]*`, 'y');
      this.plain.set(key, re);
    }
    re.lastIndex = this.pos;
    re.test(this.text);
    return re.lastIndex;
  }
  read(): string | typeof EOF {
    const s = this.text;
    const at = (this.last = this.pos);
    if (at >= s.length) return EOF;
    const c = s.charCodeAt(at);
    const pair = c >= 0xd800 && c <= 0xdbff && at + 1 < s.length && (s.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
    this.pos = at + (pair ? 2 : 1);
    return pair ? s.slice(at, at + 2) : s[at];
  }
  /** Steps back over the rune read last (never called twice in a row). */
  unread(): void {
    this.pos = this.last;
  }
  rest(): string {
    return this.text.slice(this.pos);
  }
  /** Skips `n` UTF-16 code units of the rest (what a JSON decoder consumed), ending on a rune boundary. */
  skipUnits(n: number): void {
    const end = this.pos + n;
    while (this.pos < end && this.read() !== EOF);
  }
}

interface Until {
  /** The runes read, joined. */
  text: string;
  last: string | null;
  eof: boolean;
}

/** runesUntil: reads up to a stop rune; `\\` takes the next rune literally unless `literal`. */
function runesUntil(sc: Scanner, stop: string, literal = false): Until {
  const s = sc.text;
  let text = '';
  for (;;) {
    // Stops and `\\` are ASCII, never part of a surrogate pair: the runes up to one are copied as they are.
    const from = sc.pos;
    const at = sc.plainEnd(stop, literal);
    if (at > from) text += s.slice(from, at);
    sc.pos = at;
    const r = sc.read();
    if (r === EOF) return { text, last: null, eof: true };
    if (stop.includes(r)) return { text, last: r, eof: false };
    // r is an escaping `\\`.
    const next = sc.read();
    if (next === EOF) return { text, last: null, eof: true };
    text += next;
  }
}

/** The runes runesUntil reads, one by one (for messages that quote them as Go does). */
function runeList(sc: Scanner, stop: string, literal: boolean): string[] {
  const runes: string[] = [];
  for (;;) {
    const r = sc.read();
    if (r === EOF || stop.includes(r)) return runes;
    if (r === '\\' && !literal) {
      const next = sc.read();
      if (next === EOF) return runes;
      runes.push(next);
      continue;
    }
    runes.push(r);
  }
}

/** set(): an empty key is silently ignored, as in Helm. */
function set(data: GoMap, key: string, val: GoValue): void {
  if (key.length === 0) return;
  setKey(data, key, val);
}

/** setIndex: grows the list with nils (Go's make+copy) and stores `val` at `index`. */
export function setIndex(list: GoValue[], at: number | bigint, val: GoValue): GoValue[] {
  // Messages print the index exactly (Go's %d of an int), so it stays a bigint until it is known small.
  if (at < 0) throw new StrvalsError(`negative ${at} index not allowed`);
  if (at > MAX_INDEX) {
    throw new StrvalsError(`index of ${at} is greater than maximum supported index of ${MAX_INDEX}`);
  }
  const index = Number(at);
  if (list.length <= index) {
    const grown: GoValue[] = list.slice();
    while (grown.length <= index) grown.push(null);
    list = grown;
  }
  list[index] = val;
  return list;
}

/** strconv.Atoi, with its error text. */
function atoi(s: string): bigint {
  if (!/^[+-]?[0-9]+$/.test(s)) throw new StrvalsError(`strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`);
  const n = BigInt(s);
  if (n > 9223372036854775807n || n < -9223372036854775808n) {
    throw new StrvalsError(`strconv.Atoi: parsing ${goQuote(s)}: value out of range`);
  }
  return n;
}

/** strings.EqualFold against an ASCII word: ASCII case folding plus the two non-ASCII runes that fold onto ASCII letters (ſ→s, K→k). */
function equalFold(s: string, word: string): boolean {
  // Every rune that can fold onto an ASCII letter is one UTF-16 unit, so a match has the word's length;
  // checking that first keeps `--set a={1,2,…}` from folding every item three times.
  if (s.length !== word.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const f = c === '\u017f' ? 's' : c === '\u212a' ? 'k' : c < '\x80' ? c.toLowerCase() : c;
    if (f !== word[i]) return false;
  }
  return true;
}

/** typedVal: `--set` values become bool, nil, int64 or string. */
export function typedVal(val: string, forceString: boolean): GoValue {
  if (forceString) return val;
  if (equalFold(val, 'true')) return true;
  if (equalFold(val, 'false')) return false;
  if (equalFold(val, 'null')) return null;
  if (val === '0') return 0n;
  // Helm only tries an int64 when the value does not start with '0' (so "007" stays a string; "-07" does not).
  if (val.length !== 0 && val[0] !== '0' && /^[+-]?[0-9]+$/.test(val)) {
    const n = BigInt(val);
    if (n <= 9223372036854775807n && n >= -9223372036854775808n) return n;
  }
  return val;
}

type Mode = 'typed' | 'json' | 'literal';

class Parser {
  /** listItem calls in progress. */
  private lists = 0;
  constructor(
    private readonly sc: Scanner,
    private readonly data: GoMap,
    private readonly mode: Mode,
    private readonly reader: RunesReader,
  ) {}

  parse(): void {
    for (;;) {
      const r = this.key(this.data, 0);
      if (r === EOF) return;
    }
  }

  /** key(): one `name…=value` item. Go's deferred recover turns type-assertion panics into "unable to parse key". */
  private key(data: GoMap, nestedNameLevel: number): typeof EOF | undefined {
    try {
      return this.keyInner(data, nestedNameLevel);
    } catch (e) {
      if (e instanceof ConversionPanic) throw new StrvalsError(`unable to parse key: ${e.message}`);
      throw e;
    }
  }

  private keyInner(data: GoMap, nestedNameLevel: number): typeof EOF | undefined {
    const literal = this.mode === 'literal';
    const { text: k, last, eof } = runesUntil(this.sc, literal ? '=[.' : '=[,.', literal);
    if (eof) {
      if (k.length === 0) return EOF;
      throw new StrvalsError(`key ${goQuote(k)} has no value`);
    }
    switch (last) {
      case '[': {
        const i = this.keyIndex();
        let list: GoValue[] = [];
        if (hasKey(data, k)) list = assertList(getKey(data, k));
        try {
          list = this.listItem(list, i, nestedNameLevel);
        } catch (e) {
          // listItem returning io.EOF (`a[0]` with nothing after) keeps the list and ends parsing quietly.
          if (e !== EOF) throw e;
          set(data, k, list);
          return EOF;
        }
        set(data, k, list);
        return undefined;
      }
      case '=':
        return this.assign(data, k);
      case ',':
        set(data, k, '');
        throw new StrvalsError(`key ${goQuote(k)} has no value (cannot end with ,)`);
      case '.': {
        nestedNameLevel++;
        if (nestedNameLevel > MAX_NESTED_NAME_LEVEL) {
          throw new StrvalsError(
            `value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`,
          );
        }
        let inner = newMap();
        if (hasKey(data, k)) inner = assertMap(getKey(data, k));
        const e = this.key(inner, nestedNameLevel);
        if (e === undefined && Object.keys(inner).length === 0) {
          throw new StrvalsError(`key map ${goQuote(k)} has no value`);
        }
        if (Object.keys(inner).length !== 0) set(data, k, inner);
        return e;
      }
    }
    return undefined;
  }

  /** After `name=`: the value by the parser's mode. */
  private assign(data: GoMap, k: string): typeof EOF | undefined {
    if (this.mode === 'literal') {
      // --set-literal: everything up to the end is the value, commas included.
      set(data, k, runesUntil(this.sc, '', true).text);
      return undefined;
    }
    if (this.mode === 'json') {
      if (this.emptyVal()) {
        set(data, k, null);
        return undefined;
      }
      set(data, k, this.jsonValue());
      this.emptyVal();
      return undefined;
    }
    const vl = this.valList();
    if (vl === EOF) {
      set(data, k, '');
      return EOF;
    }
    if (vl === NOT_LIST) {
      const rs = this.val();
      set(data, k, this.reader(rs));
      return undefined;
    }
    set(data, k, vl);
    return undefined;
  }

  private keyIndex(): bigint {
    const { text, eof } = runesUntil(this.sc, ']', this.mode === 'literal');
    if (eof) throw new StrvalsError('error parsing index: EOF');
    try {
      return atoi(text);
    } catch (e) {
      if (e instanceof StrvalsError) throw new StrvalsError(`error parsing index: ${e.message}`);
      throw e;
    }
  }

  private listItem(list: GoValue[], at: bigint, nestedNameLevel: number): GoValue[] {
    if (at < 0n) throw new StrvalsError(`negative ${at} index not allowed`);
    // `a[0][0]…` recurses once per index; Helm has no limit there, the JavaScript stack has one.
    if (++this.lists > MAX_VALUES_DEPTH) throw new StrvalsTooDeep();
    try {
      return this.listItemInner(list, at, nestedNameLevel);
    } finally {
      this.lists--;
    }
  }

  private listItemInner(list: GoValue[], at: bigint, nestedNameLevel: number): GoValue[] {
    // Past 2^53 the number is inexact, but setIndex refuses such an index with its exact value first.
    const i = Number(at);
    const literal = this.mode === 'literal';
    const from = this.sc.pos;
    const { text, last, eof } = runesUntil(this.sc, '[.=', literal);
    if (text.length > 0) {
      this.sc.pos = from;
      const runes = runeList(this.sc, '[.=', literal);
      throw new StrvalsError(`unexpected data at end of array index: ${goQuoteRunes(runes)}`);
    }
    if (eof) throw EOF;
    switch (last) {
      case '=': {
        if (literal) return setIndex(list, at, runesUntil(this.sc, '', true).text);
        if (this.mode === 'json') {
          if (this.emptyVal()) return setIndex(list, at, null);
          list = setIndex(list, at, this.jsonValue());
          this.emptyVal();
          return list;
        }
        const vl = this.valList();
        if (vl === EOF) return setIndex(list, at, '');
        if (vl === NOT_LIST) return setIndex(list, at, this.reader(this.val()));
        return setIndex(list, at, vl);
      }
      case '[': {
        const nextI = this.keyIndex();
        let crtList: GoValue[] = [];
        if (list.length > i) {
          const existed = list[i];
          if (existed !== null) crtList = assertList(existed);
        }
        const list2 = this.listItem(crtList, nextI, nestedNameLevel);
        return setIndex(list, at, list2);
      }
      case '.': {
        let inner = newMap();
        if (list.length > i) {
          const cur = list[i];
          if (isMap(cur)) inner = cur;
          else {
            // Indices out of order: Helm puts an empty map in place first.
            list[i] = inner;
          }
        }
        if (this.key(inner, nestedNameLevel) === EOF) throw EOF;
        return setIndex(list, at, inner);
      }
    }
    throw new StrvalsError(`parse error: unexpected token ${last}`);
  }

  /** emptyVal: skips spaces; true at a comma (consumed) or the end. */
  private emptyVal(): boolean {
    for (;;) {
      const r = this.sc.read();
      if (r === EOF) return true;
      if (r === ',') return true;
      if (!isGoSpace(r)) {
        this.sc.unread();
        return false;
      }
    }
  }

  private val(): string {
    return runesUntil(this.sc, ',').text;
  }

  /** valList: a `{a,b}` list, or NOT_LIST (nothing consumed), or EOF at the end of input. */
  private valList(): GoValue[] | Signal {
    const r = this.sc.read();
    if (r === EOF) return EOF;
    if (r !== '{') {
      this.sc.unread();
      return NOT_LIST;
    }
    const list: GoValue[] = [];
    // Without a `\\` before the closing brace, the items are the text up to it split at commas:
    // taken in one piece, so that a list of many thousand items is not read rune by rune.
    const { text: s, pos } = this.sc;
    const close = s.indexOf('}', pos);
    const body = close < 0 ? '\\' : s.slice(pos, close);
    if (!body.includes('\\')) {
      for (let at = 0; ;) {
        const comma = body.indexOf(',', at);
        list.push(this.reader(body.slice(at, comma < 0 ? body.length : comma)));
        if (comma < 0) break;
        at = comma + 1;
      }
      this.sc.pos = close + 1;
      const next = this.sc.read();
      if (next !== EOF && next !== ',') this.sc.unread();
      return list;
    }
    for (;;) {
      const { text, last, eof } = runesUntil(this.sc, ',}');
      if (eof) throw new StrvalsError("list must terminate with '}'");
      if (last === '}') {
        const next = this.sc.read();
        if (next !== EOF && next !== ',') this.sc.unread();
        list.push(this.reader(text));
        return list;
      }
      list.push(this.reader(text));
    }
  }

  /** One JSON value from the rest of the input, as Go's json.Decoder would take it. */
  private jsonValue(): GoValue {
    const rest = this.sc.rest();
    const { value, end } = decodeJsonPrefix(rest);
    this.sc.skipUnits(end);
    return value;
  }
}

/**
 * Decodes the JSON value at the start of `s` (after whitespace) and returns it
 * with the offset just past it, like json.Decoder.Decode + InputOffset: a number,
 * literal or string ends where its grammar ends, whatever follows.
 * Numbers become float64 (Go's interface{} decoding).
 */
export function decodeJsonPrefix(s: string): { value: GoValue; end: number } {
  let i = 0;
  const ws = (): void => {
    while (i < s.length && ' \t\r\n'.includes(s[i])) i++;
  };
  const fail = (what: string): never => {
    if (i >= s.length) throw new StrvalsError('unexpected EOF');
    throw new StrvalsError(`invalid character ${goQuoteChar(s[i])} ${what}`);
  };
  // Open '{' and '[' around the current point: Go's scanner keeps this stack too (no recursion, any depth).
  const open: string[] = [];
  let deepest = 0;
  const push = (c: string): void => {
    open.push(c);
    deepest = Math.max(deepest, open.length);
    // encoding/json's maxNestingDepth.
    if (open.length > GO_MAX_DEPTH) throw new StrvalsError(`invalid character ${goQuoteChar(c)} exceeded max depth`);
  };
  const key = (): void => {
    ws();
    if (s[i] !== '"') fail('looking for beginning of object key string');
    str();
    ws();
    if (s[i] !== ':') fail('after object key');
    i++;
  };
  /** One scalar at i, or the start of a collection (pushed); false when a collection was opened. */
  const begin = (): boolean => {
    ws();
    const c = s[i];
    if (c === '{' || c === '[') {
      push(c);
      i++;
      ws();
      if (s[i] === (c === '{' ? '}' : ']')) {
        i++;
        open.pop();
        return true;
      }
      if (c === '{') key();
      return false;
    }
    if (c === '"') {
      str();
      return true;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      num();
      return true;
    }
    for (const lit of ['true', 'false', 'null']) {
      if (c === lit[0]) {
        for (let k = 0; k < lit.length; k++, i++) {
          if (s[i] !== lit[k]) fail(`in literal ${lit} (expecting ${goQuoteChar(lit[k])})`);
        }
        return true;
      }
    }
    return fail('looking for beginning of value');
  };
  const value = (): void => {
    for (;;) {
      if (!begin()) continue;
      // A value is complete: close what ends here, or go on after a comma.
      for (;;) {
        if (open.length === 0) return;
        ws();
        const top = open[open.length - 1];
        if (s[i] === ',') {
          i++;
          if (top === '{') key();
          break;
        }
        if (s[i] === (top === '{' ? '}' : ']')) {
          i++;
          open.pop();
          continue;
        }
        fail(top === '{' ? 'after object key:value pair' : 'after array element');
      }
    }
  };
  const str = (): void => {
    i++;
    for (;;) {
      if (i >= s.length) fail('');
      const c = s[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') fail('in string literal');
      if (c === '\\') {
        i++;
        const e = s[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++)
            if (!/[0-9a-fA-F]/.test(s[i + k] ?? '')) {
              i += k;
              fail('in \\u hexadecimal character escape');
            }
          i += 5;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail('in string escape code');
        i++;
        continue;
      }
      i++;
    }
  };
  const num = (): void => {
    if (s[i] === '-') i++;
    if (s[i] === '0') i++;
    else if (s[i] >= '1' && s[i] <= '9') while (s[i] >= '0' && s[i] <= '9') i++;
    else fail('in numeric literal');
    if (s[i] === '.') {
      i++;
      if (!(s[i] >= '0' && s[i] <= '9')) fail('after decimal point in numeric literal');
      while (s[i] >= '0' && s[i] <= '9') i++;
    }
    if (s[i] === 'e' || s[i] === 'E') {
      i++;
      if (s[i] === '+' || s[i] === '-') i++;
      if (!(s[i] >= '0' && s[i] <= '9')) fail('in exponent of numeric literal');
      while (s[i] >= '0' && s[i] <= '9') i++;
    }
  };
  ws();
  const start = i;
  value();
  if (deepest > MAX_VALUES_DEPTH) throw new StrvalsTooDeep();
  const text = s.slice(start, i);
  const parsed: unknown = JSON.parse(text);
  return { value: fromJson(parsed, text), end: i };
}

/** unicode.IsSpace. */
function isGoSpace(r: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u.test(r);
}

function goQuoteChar(c: string): string {
  return `'${c === "'" ? "\\'" : c}'`;
}

/** JSON.parse output into the Go model: Go replaces lone surrogates with U+FFFD and refuses numbers beyond float64. */
function fromJson(v: unknown, text: string): GoValue {
  if (typeof v === 'number' && !Number.isFinite(v)) {
    const m = /-?\d[\d.eE+-]*/.exec(text);
    throw new StrvalsError(`json: cannot unmarshal number ${m ? m[0] : text} into Go value of type float64`);
  }
  if (typeof v === 'string')
    return v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  if (Array.isArray(v)) return v.map((x) => fromJson(x, text));
  if (v !== null && typeof v === 'object') {
    const out = newMap();
    for (const k of Object.keys(v))
      setKey(out, fromJson(k, text) as string, fromJson((v as Record<string, unknown>)[k], text));
    return out;
  }
  return toGoValue(v);
}

function run(s: string, into: GoMap, mode: Mode, reader: RunesReader): GoMap {
  try {
    new Parser(new Scanner(s), into, mode, reader).parse();
  } catch (e) {
    // Helm nests --set lists without limit; here the thread's stack may end first (the CLI gives deep input a larger one).
    if (isStackOverflow(e)) throw new StrvalsTooDeep(stackExhausted(e));
    throw e;
  }
  return into;
}

/** `--set`: Helm's strvals.ParseInto. Values are typed (int64, bool, nil, string). */
export function parseSet(s: string, into: GoMap = newMap()): GoMap {
  return run(s, into, 'typed', (rs) => typedVal(rs, false));
}

/**
 * The shape of what a `--set` (`nulls`) or `--set-string`/`--set-file` argument writes: the same
 * maps and lists, with every value '' except null where --set stores null (the one value that
 * changes how a later `a[0][0]` reads it). For finding which argument wrote a path, not for rendering.
 */
export function parseSetShape(s: string, into: GoMap, nulls: boolean): GoMap {
  return run(s, into, 'typed', (rs) => (nulls && equalFold(rs, 'null') ? null : ''));
}

/** `--set-string`: strvals.ParseIntoString. Every value is a string. */
export function parseSetString(s: string, into: GoMap = newMap()): GoMap {
  return run(s, into, 'typed', (rs) => typedVal(rs, true));
}

/** `--set-json`: strvals.ParseJSON. Each value is one JSON document; an empty value is null. */
export function parseSetJSON(s: string, into: GoMap = newMap()): GoMap {
  return run(s, into, 'json', () => null);
}

/** `--set-file`: strvals.ParseIntoFile. Each value is a path; `readFile` returns its content (and throws to fail). */
export function parseSetFile(s: string, into: GoMap, readFile: (path: string) => string): GoMap {
  return run(s, into, 'typed', (rs) => readFile(rs));
}

/** `--set-literal`: strvals.ParseLiteralInto. The value is everything after `=`, verbatim. */
export function parseSetLiteral(s: string, into: GoMap = newMap()): GoMap {
  return run(s, into, 'literal', (rs) => rs);
}
