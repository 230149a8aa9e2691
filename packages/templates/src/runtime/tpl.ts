/**
 * Helm's `tpl` function (helm pkg/engine/engine.go tplFun, v3.17.3) for the
 * Go-template subset a user can reasonably put in a value that a chart renders
 * through `tpl` (redis renders master.affinity/slave.affinity this way).
 *
 * The lexer, parser and executor follow Go 1.23's text/template (parse/lex.go,
 * parse/parse.go, exec.go) closely enough that output, parse errors and
 * execution errors read as Helm prints them. Supported:
 *   - text, `{{ }}` actions, `{{-`/`-}}` trimming, comment actions (`{{/&#42; … &#42;/}}`)
 *   - fields of `.`/`$` and variables (`.Values.x`, `$.Release.Name`, `$v.a`),
 *     `.Chart`/`.Capabilities`/`.Template`/`.Release`, string/number/bool/nil literals
 *   - pipelines, parenthesised pipelines, `$x := …` / `$x = …`
 *   - `if`/`else if`/`else`, `with`/`else with`, `range` (with `$i, $v :=`,
 *     `else`, `break`, `continue`), `template`, `define`, `block`
 *   - functions: default, quote, squote, upper, lower, trim, toString, toYaml,
 *     toJson, printf, print, println, include, tpl, and, or, not, eq, ne, lt,
 *     le, gt, ge, len, index
 * Anything else Helm would accept (another sprig function, `.Files`, a
 * `.Chart` field the render context does not carry, …) raises a RenderError
 * naming the construct: it is never passed through as text.
 *
 * Values: `undefined` is Go's invalid reflect.Value (what a pipeline yields for
 * nil), `null` a nil interface (a missing or nil map entry). The difference
 * shows in error messages, exactly as in Go.
 */
import {
  RenderError,
  formatV,
  formatVerb,
  getKey,
  goQuote,
  goTypeName,
  isMap,
  noteShallowRead,
  isPrint,
  sortedKeys,
  sprint,
  sprintfWith,
  type GoMap,
  type GoValue,
} from '@polyaxon-render/values';
import type { RenderContext } from '../context.js';
import { eq as goEq, ge as goGe, gt as goGt, le as goLe, lt as goLt } from './compare.js';
import { lower, parseGoInt, quote, squote, toString, trimSpace, upper } from './sprig.js';
import { TemplateError } from './template-error.js';
import { toJson } from './to-json.js';
import { toYaml } from './to-yaml.js';
import { empty, truthy } from './truth.js';

/** A named template as a TS function of its dot (only the chart's root context is supported as dot). */
export type NamedTemplate = (ctx: RenderContext) => string;
/** Named templates visible to tpl, by `define` name. */
export type TemplateRegistry = ReadonlyMap<string, NamedTemplate>;

/**
 * `tpl TEXT DOT` where DOT is the chart's root context (`$`). Returns what Helm
 * returns (with "<no value>" removed, as tplFun does); throws TemplateError
 * worded as Helm's "error calling tpl: …", or RenderError for unsupported constructs.
 */
export function tpl(text: string, ctx: RenderContext, templates: TemplateRegistry): string {
  try {
    return runTpl(text, rootValue(ctx), { templates, depth: 0, includedNames: new Map() });
  } catch (e) {
    if (e instanceof TplError) throw new TemplateError(`error calling tpl: ${e.message}`);
    if (e instanceof RangeError) {
      // Go allows 100000 nested `template` calls; JavaScript's stack ends far sooner.
      throw locate(new Unsupported('template recursion this deep'), text);
    }
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

/** A Go struct (or Helm's root map) seen through the fields tpl can read. */
class GoStruct {
  constructor(
    /** Go type for "can't evaluate field X in type T". */
    readonly typeName: string,
    readonly fields: Readonly<Record<string, () => TplValue>>,
    readonly options: {
      /** A map (Helm's root values) yields nil for a missing key; a struct fails. */
      readonly missingIsNil?: boolean;
      /** Text `{{ x }}` prints (a fmt.Stringer); printing is unsupported otherwise. */
      readonly printed?: string;
      /** Methods taking string arguments (VersionSet.Has). */
      readonly methods?: Readonly<Record<string, (arg: string) => TplValue>>;
      /**
       * The plain value this stands for when printed, ranged, indexed or passed
       * to a function: VersionSet's list, the Release map (whose Revision field
       * reads as a Go int, but is int64 here).
       */
      readonly value?: () => GoValue;
      /** The render context, when this is the root. */
      readonly ctx?: RenderContext;
    } = {},
  ) {}
}

/**
 * A Go `int`: template integer literals, `len`, range indices. Values from
 * `--set` are int64 (bigint); the two print alike but are named differently
 * in messages (`%!s(int=3)`, "value has type int").
 */
class GoInt {
  constructor(readonly v: bigint) {}
}

type TplValue = GoValue | undefined | GoStruct | GoInt;

/** A construct outside the supported subset. */
class Unsupported extends RenderError {
  /** Whether the message already names the tpl text (the innermost tpl adds it). */
  located = false;
  constructor(what: string) {
    super('template', `${what} is outside the template subset polyaxon-render evaluates in tpl`);
    this.name = 'RenderError';
  }
}

/** A tpl failure as tplFun words it; `tpl()` prefixes "error calling tpl: " like the calling template would. */
class TplError extends Error {}

function unsupported(what: string): never {
  throw new Unsupported(what);
}

function rootValue(ctx: RenderContext): GoStruct {
  const unsupportedField = (name: string) => () => unsupported(`.${name}`);
  // Helm names the static type, interface {}, in "can't evaluate field" errors of .Chart and .Capabilities.
  const chart = new GoStruct('interface {}', {
    Name: () => ctx.Chart.Name,
    Version: () => ctx.Chart.Version,
    AppVersion: () => ctx.Chart.AppVersion,
    Description: () => ctx.Chart.Description ?? '',
    IsRoot: () => ctx.Chart.IsRoot,
    // chart.Metadata fields the render context does not carry.
    ...Object.fromEntries(
      [
        'Home',
        'Sources',
        'Keywords',
        'Maintainers',
        'Icon',
        'APIVersion',
        'Condition',
        'Tags',
        'Deprecated',
        'Annotations',
        'KubeVersion',
        'Dependencies',
        'Type',
      ].map((f) => [f, unsupportedField(`Chart.${f}`)]),
    ),
  });
  const kube = ctx.Capabilities.KubeVersion;
  const kubeVersion = new GoStruct(
    'chartutil.KubeVersion',
    {
      Version: () => kube.Version,
      Major: () => kube.Major,
      Minor: () => kube.Minor,
      // A method on *KubeVersion in Helm; reads as a field.
      GitVersion: () => kube.GitVersion,
      String: () => kube.Version,
    },
    // KubeVersion is a fmt.Stringer: it prints as its Version.
    { printed: kube.Version },
  );
  const apiVersions = [...ctx.Capabilities.APIVersions];
  const versionSet = new GoStruct(
    'chartutil.VersionSet',
    {},
    { value: () => [...apiVersions], methods: { Has: (v) => apiVersions.includes(v) } },
  );
  const capabilities = new GoStruct('interface {}', {
    KubeVersion: () => kubeVersion,
    APIVersions: () => versionSet,
    HelmVersion: unsupportedField('Capabilities.HelmVersion'),
  });
  const releaseMap = (): GoMap =>
    Object.assign(Object.create(null) as GoMap, {
      Name: ctx.Release.Name,
      Namespace: ctx.Release.Namespace,
      IsUpgrade: ctx.Release.IsUpgrade,
      IsInstall: ctx.Release.IsInstall,
      Revision: BigInt(ctx.Release.Revision),
      Service: ctx.Release.Service,
    });
  // Helm's .Release is a map; a struct here only so that Revision reads as a Go int.
  const release = new GoStruct(
    'map[string]interface {}',
    {
      ...Object.fromEntries(Object.entries(releaseMap()).map(([k, v]) => [k, () => v])),
      Revision: () => new GoInt(BigInt(ctx.Release.Revision)),
    },
    { missingIsNil: true, value: releaseMap },
  );
  const template: GoMap = Object.assign(Object.create(null) as GoMap, {
    Name: ctx.Template.Name,
    BasePath: ctx.Template.BasePath,
  });
  return new GoStruct(
    'chartutil.Values',
    {
      Values: () => ctx.Values,
      Release: () => release,
      Chart: () => chart,
      Capabilities: () => capabilities,
      Template: () => template,
      Files: unsupportedField('Files'),
      Subcharts: unsupportedField('Subcharts'),
    },
    { missingIsNil: true, ctx },
  );
}

/** What a GoStruct stands for when a function needs a plain value. */
function plain(v: TplValue, what: string): GoValue | undefined {
  if (v instanceof GoInt) return v.v;
  if (!(v instanceof GoStruct)) return v;
  if (v.options.value) return v.options.value();
  return unsupported(what);
}

/** text/template isTrue: structs are always true. */
function isTrue(v: TplValue): boolean {
  if (v instanceof GoInt) return v.v !== 0n;
  if (v instanceof GoStruct) return v.options.value ? truthy(v.options.value()) : true;
  return truthy(v);
}

// ---------------------------------------------------------------------------
// Lexer (text/template/parse/lex.go)
// ---------------------------------------------------------------------------

const enum T {
  Error,
  Bool,
  Char,
  CharConstant,
  Comment,
  Complex,
  Assign,
  Declare,
  EOF,
  Field,
  Identifier,
  LeftDelim,
  LeftParen,
  Number,
  Pipe,
  RawString,
  RightDelim,
  RightParen,
  Space,
  String,
  Text,
  Variable,
  Keyword, // keywords follow
  Block,
  Break,
  Continue,
  Dot,
  Define,
  Else,
  End,
  If,
  Nil,
  Range,
  Template,
  With,
}

interface Item {
  readonly typ: T;
  readonly pos: number;
  readonly val: string;
  readonly line: number;
}

const keywords: Record<string, T> = {
  '.': T.Dot,
  block: T.Block,
  break: T.Break,
  continue: T.Continue,
  define: T.Define,
  else: T.Else,
  end: T.End,
  if: T.If,
  range: T.Range,
  nil: T.Nil,
  template: T.Template,
  with: T.With,
};

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlphaNumeric = (c: string) => c === '_' || /^[\p{L}\p{Nd}]$/u.test(c);
const hasLeftTrimMarker = (s: string) => s.length >= 2 && s[0] === '-' && isSpace(s[1]);
const hasRightTrimMarker = (s: string) => s.length >= 2 && isSpace(s[0]) && s[1] === '-';
const EOF_CHAR = '';

/** Go's %#U of a rune, e.g. `U+0027 '''`: the rune itself only when strconv.IsPrint. */
function goRuneU(r: string): string {
  const cp = r.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  return isPrint(cp) ? `U+${hex} '${r}'` : `U+${hex}`;
}

class Lexer {
  private pos = 0;
  private start = 0;
  private atEOF = false;
  private parenDepth = 0;
  private line = 1;
  private startLine = 1;
  private insideAction = false;
  private item: Item = { typ: T.EOF, pos: 0, val: 'EOF', line: 1 };
  /** The state to run next within one nextItem() call (Go's stateFn return value). */
  private nextState: () => boolean = this.lexText;

  constructor(private input: string) {}

  /**
   * lexer.nextItem: runs states until one emits. A state returns true when it
   * emitted an item, or false after choosing the next state with goTo.
   */
  nextItem(): Item {
    this.item = { typ: T.EOF, pos: this.pos, val: 'EOF', line: this.startLine };
    this.nextState = this.insideAction ? this.lexInsideAction : this.lexText;
    while (!this.nextState.call(this));
    return this.item;
  }

  private goTo(s: () => boolean): false {
    this.nextState = s;
    return false;
  }

  private next(): string {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return EOF_CHAR;
    }
    const c = String.fromCodePoint(this.input.codePointAt(this.pos)!);
    this.pos += c.length;
    if (c === '\n') this.line++;
    return c;
  }

  private peek(): string {
    const c = this.next();
    this.backup();
    return c;
  }

  private backup(): void {
    if (!this.atEOF && this.pos > 0) {
      const prev = this.input.codePointAt(this.pos - 1)!;
      // A low surrogate belongs to a two-unit code point.
      const w = prev >= 0xdc00 && prev <= 0xdfff && this.pos >= 2 ? 2 : 1;
      this.pos -= w;
      if (this.input[this.pos] === '\n') this.line--;
    }
  }

  private thisItem(typ: T): Item {
    const i = { typ, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
    this.start = this.pos;
    this.startLine = this.line;
    return i;
  }

  private emit(typ: T): true {
    this.item = this.thisItem(typ);
    return true;
  }

  private emitItem(i: Item): true {
    this.item = i;
    return true;
  }

  private ignore(): void {
    this.line += count(this.input.slice(this.start, this.pos), '\n');
    this.start = this.pos;
    this.startLine = this.line;
  }

  private accept(valid: string): boolean {
    const c = this.next();
    if (c !== EOF_CHAR && valid.includes(c)) return true;
    this.backup();
    return false;
  }

  private acceptRun(valid: string): void {
    for (;;) {
      const c = this.next();
      if (c === EOF_CHAR || !valid.includes(c)) break;
    }
    this.backup();
  }

  private errorf(msg: string): true {
    this.item = { typ: T.Error, pos: this.start, val: msg, line: this.startLine };
    this.start = 0;
    this.pos = 0;
    this.input = '';
    return true;
  }

  private lexText(): boolean {
    const x = this.input.indexOf('{{', this.pos);
    if (x >= 0) {
      if (x > this.pos) {
        this.pos = x;
        let trimLength = 0;
        const delimEnd = this.pos + 2;
        if (hasLeftTrimMarker(this.input.slice(delimEnd))) {
          const s = this.input.slice(this.start, this.pos);
          trimLength = s.length - s.replace(/[ \t\r\n]+$/, '').length;
        }
        this.pos -= trimLength;
        this.line += count(this.input.slice(this.start, this.pos), '\n');
        const i = this.thisItem(T.Text);
        this.pos += trimLength;
        this.ignore();
        if (i.val.length > 0) return this.emitItem(i);
      }
      return this.goTo(this.lexLeftDelim);
    }
    this.pos = this.input.length;
    if (this.pos > this.start) {
      this.line += count(this.input.slice(this.start, this.pos), '\n');
      return this.emit(T.Text);
    }
    return this.emit(T.EOF);
  }

  private atRightDelim(): { delim: boolean; trimSpaces: boolean } {
    const rest = this.input.slice(this.pos);
    if (hasRightTrimMarker(rest) && rest.slice(2).startsWith('}}')) return { delim: true, trimSpaces: true };
    if (rest.startsWith('}}')) return { delim: true, trimSpaces: false };
    return { delim: false, trimSpaces: false };
  }

  private lexLeftDelim(): boolean {
    this.pos += 2;
    const leftTrim = hasLeftTrimMarker(this.input.slice(this.pos));
    const afterMarker = leftTrim ? 2 : 0;
    if (this.input.slice(this.pos + afterMarker).startsWith('/*')) {
      this.pos += afterMarker;
      this.ignore();
      return this.goTo(this.lexComment);
    }
    const i = this.thisItem(T.LeftDelim);
    this.insideAction = true;
    this.pos += afterMarker;
    this.ignore();
    this.parenDepth = 0;
    return this.emitItem(i);
  }

  private lexComment(): boolean {
    this.pos += 2;
    const x = this.input.indexOf('*/', this.pos);
    if (x < 0) return this.errorf('unclosed comment');
    this.pos = x + 2;
    const { delim, trimSpaces } = this.atRightDelim();
    if (!delim) return this.errorf('comment ends before closing delimiter');
    this.line += count(this.input.slice(this.start, this.pos), '\n');
    this.thisItem(T.Comment);
    if (trimSpaces) this.pos += 2;
    this.pos += 2;
    if (trimSpaces) {
      const rest = this.input.slice(this.pos);
      this.pos += rest.length - rest.replace(/^[ \t\r\n]+/, '').length;
    }
    this.ignore();
    // Comments are not emitted (text/template parses without ParseComments).
    return this.goTo(this.lexText);
  }

  private lexRightDelim(): boolean {
    const { trimSpaces } = this.atRightDelim();
    if (trimSpaces) {
      this.pos += 2;
      this.ignore();
    }
    this.pos += 2;
    const i = this.thisItem(T.RightDelim);
    if (trimSpaces) {
      const rest = this.input.slice(this.pos);
      this.pos += rest.length - rest.replace(/^[ \t\r\n]+/, '').length;
      this.ignore();
    }
    this.insideAction = false;
    return this.emitItem(i);
  }

  private lexInsideAction(): boolean {
    const { delim } = this.atRightDelim();
    if (delim) {
      if (this.parenDepth === 0) return this.goTo(this.lexRightDelim);
      return this.errorf('unclosed left paren');
    }
    const r = this.next();
    if (r === EOF_CHAR) return this.errorf('unclosed action');
    if (isSpace(r)) {
      this.backup();
      return this.goTo(this.lexSpace);
    }
    switch (r) {
      case '=':
        return this.emit(T.Assign);
      case ':':
        if (this.next() !== '=') return this.errorf('expected :=');
        return this.emit(T.Declare);
      case '|':
        return this.emit(T.Pipe);
      case '"':
        return this.goTo(this.lexQuote);
      case '`':
        return this.goTo(this.lexRawQuote);
      case '$':
        return this.goTo(this.lexVariable);
      case "'":
        return this.goTo(this.lexChar);
      case '(':
        this.parenDepth++;
        return this.emit(T.LeftParen);
      case ')':
        this.parenDepth--;
        if (this.parenDepth < 0) return this.errorf('unexpected right paren');
        return this.emit(T.RightParen);
    }
    if (r === '.') {
      // ".field" unless a digit follows ('.' can start a number).
      if (this.pos < this.input.length) {
        const c = this.input[this.pos];
        if (c < '0' || c > '9') return this.goTo(this.lexField);
      }
    }
    if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
      this.backup();
      return this.goTo(this.lexNumber);
    }
    if (isAlphaNumeric(r)) {
      this.backup();
      return this.goTo(this.lexIdentifier);
    }
    const cp = r.codePointAt(0)!;
    if (cp <= 0x7f && cp >= 0x20 && cp !== 0x7f) return this.emit(T.Char);
    return this.errorf(`unrecognized character in action: ${goRuneU(r)}`);
  }

  private lexSpace(): boolean {
    let numSpaces = 0;
    for (;;) {
      const r = this.peek();
      if (!isSpace(r)) break;
      this.next();
      numSpaces++;
    }
    // A trim-marked closing delimiter starts with a space: leave that space to it.
    if (hasRightTrimMarker(this.input.slice(this.pos - 1)) && this.input.slice(this.pos + 1).startsWith('}}')) {
      this.backup();
      if (numSpaces === 1) return this.goTo(this.lexRightDelim);
    }
    return this.emit(T.Space);
  }

  private atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r)) return true;
    if (r === EOF_CHAR || '.,|:)('.includes(r)) return true;
    return this.input.slice(this.pos).startsWith('}}');
  }

  private lexIdentifier(): boolean {
    for (;;) {
      const r = this.next();
      if (r !== EOF_CHAR && isAlphaNumeric(r)) continue;
      this.backup();
      const word = this.input.slice(this.start, this.pos);
      if (!this.atTerminator()) return this.errorf(`bad character ${goRuneU(r)}`);
      // Own keys only: a word like `constructor` or `__proto__` is an identifier, not Object.prototype's.
      const key = Object.hasOwn(keywords, word) ? keywords[word] : undefined;
      if (key !== undefined && key > T.Keyword) return this.emit(key);
      if (word[0] === '.') return this.emit(T.Field);
      if (word === 'true' || word === 'false') return this.emit(T.Bool);
      return this.emit(T.Identifier);
    }
  }

  private lexField(): boolean {
    return this.lexFieldOrVariable(T.Field);
  }

  private lexVariable(): boolean {
    if (this.atTerminator()) return this.emit(T.Variable);
    return this.lexFieldOrVariable(T.Variable);
  }

  private lexFieldOrVariable(typ: T): boolean {
    if (this.atTerminator()) return this.emit(typ === T.Variable ? T.Variable : T.Dot);
    let r: string;
    for (;;) {
      r = this.next();
      if (r === EOF_CHAR || !isAlphaNumeric(r)) {
        this.backup();
        break;
      }
    }
    if (!this.atTerminator()) return this.errorf(`bad character ${goRuneU(r)}`);
    return this.emit(typ);
  }

  private lexChar(): boolean {
    for (;;) {
      const c = this.next();
      if (c === '\\') {
        const r = this.next();
        if (r !== EOF_CHAR && r !== '\n') continue;
        return this.errorf('unterminated character constant');
      }
      if (c === EOF_CHAR || c === '\n') return this.errorf('unterminated character constant');
      if (c === "'") break;
    }
    return this.emit(T.CharConstant);
  }

  private lexNumber(): boolean {
    if (!this.scanNumber()) return this.errorf(`bad number syntax: ${goQuote(this.input.slice(this.start, this.pos))}`);
    const sign = this.peek();
    if (sign === '+' || sign === '-') {
      if (!this.scanNumber() || this.input[this.pos - 1] !== 'i') {
        return this.errorf(`bad number syntax: ${goQuote(this.input.slice(this.start, this.pos))}`);
      }
      return this.emit(T.Complex);
    }
    return this.emit(T.Number);
  }

  private scanNumber(): boolean {
    this.accept('+-');
    let digits = '0123456789_';
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (this.accept('oO')) digits = '01234567_';
      else if (this.accept('bB')) digits = '01_';
    }
    this.acceptRun(digits);
    if (this.accept('.')) this.acceptRun(digits);
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    this.accept('i');
    const p = this.peek();
    if (p !== EOF_CHAR && isAlphaNumeric(p)) {
      this.next();
      return false;
    }
    return true;
  }

  private lexQuote(): boolean {
    for (;;) {
      const c = this.next();
      if (c === '\\') {
        const r = this.next();
        if (r !== EOF_CHAR && r !== '\n') continue;
        return this.errorf('unterminated quoted string');
      }
      if (c === EOF_CHAR || c === '\n') return this.errorf('unterminated quoted string');
      if (c === '"') break;
    }
    return this.emit(T.String);
  }

  private lexRawQuote(): boolean {
    for (;;) {
      const c = this.next();
      if (c === EOF_CHAR) return this.errorf('unterminated raw quoted string');
      if (c === '`') break;
    }
    return this.emit(T.RawString);
  }
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** item.String() as the parser prints a token in "unexpected …" errors. */
function itemString(i: Item): string {
  if (i.typ === T.EOF) return 'EOF';
  if (i.typ === T.Error) return i.val;
  if (i.typ > T.Keyword) return `<${i.val}>`;
  if (utf8Length(i.val) > 10) return `${goQuote(truncateRunes(i.val, 10))}...`;
  return goQuote(i.val);
}

const utf8 = new TextEncoder();
const utf8Length = (s: string) => utf8.encode(s).length;
/** `%.10q` truncates the string to 10 runes before quoting. */
const truncateRunes = (s: string, n: number) => Array.from(s).slice(0, n).join('');

// ---------------------------------------------------------------------------
// Parse tree (text/template/parse/node.go)
// ---------------------------------------------------------------------------

type Node =
  | { kind: 'text'; pos: number; text: string }
  | { kind: 'action'; pos: number; pipe: PipeNode }
  | ControlNode
  | { kind: 'template'; pos: number; name: string; pipe?: PipeNode }
  | { kind: 'break' | 'continue'; pos: number }
  | { kind: 'end' | 'else'; pos: number };

/** What a number literal is when used: a Go int, a float64, or a uint64 too big for int (an execution error). */
type NumberValue = GoInt | number | 'overflow';

interface ControlNode {
  readonly kind: 'if' | 'with' | 'range';
  readonly pos: number;
  readonly pipe: PipeNode;
  readonly list: ListNode;
  readonly elseList?: ListNode;
}

interface ListNode {
  readonly nodes: Node[];
}

interface PipeNode {
  readonly kind: 'pipe';
  readonly pos: number;
  isAssign: boolean;
  readonly decl: VariableNode[];
  readonly cmds: CommandNode[];
}

interface CommandNode {
  readonly kind: 'command';
  readonly pos: number;
  readonly args: Arg[];
}

interface VariableNode {
  readonly kind: 'variable';
  readonly pos: number;
  readonly ident: string[];
}

type Arg =
  | { kind: 'field'; pos: number; ident: string[] }
  | VariableNode
  | { kind: 'dot'; pos: number }
  | { kind: 'nil'; pos: number }
  | { kind: 'bool'; pos: number; value: boolean }
  | { kind: 'number'; pos: number; text: string; value: NumberValue }
  | { kind: 'string'; pos: number; quoted: string; text: string }
  | { kind: 'identifier'; pos: number; name: string }
  | { kind: 'chain'; pos: number; node: Arg; field: string[] }
  | PipeNode;

/** Node.String() as Go prints it in "at <…>". */
function nodeString(n: Arg | CommandNode | Node): string {
  switch (n.kind) {
    case 'field':
      return '.' + n.ident.join('.');
    case 'variable':
      return n.ident.join('.');
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return n.value ? 'true' : 'false';
    case 'number':
      return n.text;
    case 'string':
      return n.quoted;
    case 'identifier':
      return n.name;
    case 'chain': {
      const inner = n.node.kind === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node);
      return inner + n.field.map((f) => '.' + f).join('');
    }
    case 'pipe': {
      let s = '';
      if (n.decl.length > 0) s = n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ');
      return s + n.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return n.args.map((a) => (a.kind === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'action':
      return `{{${nodeString(n.pipe)}}}`;
    case 'template':
      return n.pipe ? `{{template ${goQuote(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${goQuote(n.name)}}}`;
    case 'text':
      return goQuote(n.text);
    case 'if':
    case 'with':
    case 'range':
      return `{{${n.kind} ${nodeString(n.pipe)}}}`;
    case 'break':
      return '{{break}}';
    case 'continue':
      return '{{continue}}';
    case 'end':
      return '{{end}}';
    case 'else':
      return '{{else}}';
  }
}

// ---------------------------------------------------------------------------
// Parser (text/template/parse/parse.go)
// ---------------------------------------------------------------------------

/** Every function name Helm's template engine defines (builtins, sprig minus env/expandenv, Helm's own). */
const HELM_FUNCTIONS = new Set(
  // text/template builtins
  (
    'and call html index slice js len not or print printf println urlquery eq ge gt le lt ne ' +
    // Helm's additions (pkg/engine/funcs.go)
    'toToml fromToml toYaml toYamlPretty fromYaml fromYamlArray toJson fromJson fromJsonArray include tpl required lookup ' +
    // sprig v3.3.0 TxtFuncMap
    'abbrev abbrevboth add add1 add1f addf adler32sum ago all any append atoi b32dec b32enc b64dec b64enc base bcrypt ' +
    'biggest buildCustomCert camelcase cat ceil chunk clean coalesce compact concat contains date dateInZone dateModify ' +
    'date_in_zone date_modify decryptAES deepCopy deepEqual default derivePassword dict dig dir div divf duration ' +
    'durationRound empty encryptAES ext fail first float64 floor fromJson genCA genCAWithKey genPrivateKey ' +
    'genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey get getHostByName has hasKey ' +
    'hasPrefix hasSuffix hello htmlDate htmlDateInZone htpasswd indent initial initials int int64 isAbs join kebabcase ' +
    'keys kindIs kindOf last list lower max maxf merge mergeOverwrite min minf mod mul mulf mustAppend mustChunk ' +
    'mustCompact mustDateModify mustDeepCopy mustFirst mustFromJson mustHas mustInitial mustLast mustMerge ' +
    'mustMergeOverwrite mustPrepend mustRegexFind mustRegexFindAll mustRegexMatch mustRegexReplaceAll ' +
    'mustRegexReplaceAllLiteral mustRegexSplit mustRest mustReverse mustSlice mustToDate mustToJson mustToPrettyJson ' +
    'mustToRawJson mustUniq mustWithout must_date_modify nindent nospace now omit osBase osClean osDir osExt osIsAbs ' +
    'pick pluck plural prepend quote randAlpha randAlphaNum randAscii randBytes randInt randNumeric regexFind ' +
    'regexFindAll regexMatch regexQuoteMeta regexReplaceAll regexReplaceAllLiteral regexSplit repeat replace rest ' +
    'reverse round semver semverCompare seq set sha1sum sha256sum sha512sum shuffle slice snakecase sortAlpha split ' +
    'splitList splitn squote sub subf substr swapcase ternary title toDate toDecimal toJson toPrettyJson toRawJson ' +
    'toString toStrings trim trimAll trimPrefix trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq ' +
    'unixEpoch unset until untilStep untitle upper urlJoin urlParse uuidv4 values without wrap wrapWith'
  ).split(' '),
);

class ParseError extends Error {}

class Parser {
  private readonly lex: Lexer;
  private readonly token: Item[] = [];
  private peekCount = 0;
  private vars: string[] = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;
  /** `define`/`block` bodies, by name. */
  readonly defines = new Map<string, ListNode>();

  constructor(text: string) {
    this.lex = new Lexer(text);
  }

  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount];
  }

  private backup(): void {
    this.peekCount++;
  }

  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1];
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }

  private nextNonSpace(): Item {
    let t: Item;
    do t = this.next();
    while (t.typ === T.Space);
    return t;
  }

  private peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  private errorf(msg: string): never {
    throw new ParseError(`template: gotpl:${this.token[0].line}: ${msg}`);
  }

  private expect(expected: T, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== expected) this.unexpected(t, context);
    return t;
  }

  private unexpected(token: Item, context: string): never {
    if (token.typ === T.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at gotpl:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${itemString(token)}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  /** parse(): the top level, where `define` is allowed. */
  parse(): ListNode {
    const root: ListNode = { nodes: [] };
    while (this.peek().typ !== T.EOF) {
      if (this.peek().typ === T.LeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().typ === T.Define) {
          this.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    return root;
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const saved = this.vars;
    const savedDepth = this.rangeDepth;
    this.vars = ['$'];
    this.rangeDepth = 0;
    const name = this.nextNonSpace();
    if (name.typ !== T.String && name.typ !== T.RawString) this.unexpected(name, context);
    const defName = this.unquote(name.val);
    this.expect(T.RightDelim, context);
    const [list, end] = this.itemList();
    if (end.kind !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.addDefine(defName, list);
    this.vars = saved;
    this.rangeDepth = savedDepth;
  }

  /** Tree.add: a later non-empty definition of the same name in one parse is an error. */
  private addDefine(name: string, list: ListNode): void {
    const old = this.defines.get(name);
    if (old === undefined || isEmptyTree(old)) {
      this.defines.set(name, list);
      return;
    }
    if (!isEmptyTree(list)) this.errorf(`template: multiple definition of template ${goQuote(name)}`);
  }

  private itemList(): [ListNode, Node] {
    const list: ListNode = { nodes: [] };
    while (this.peekNonSpace().typ !== T.EOF) {
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case T.Text:
        return { kind: 'text', pos: token.pos, text: token.val };
      case T.LeftDelim: {
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      default:
        this.unexpected(token, 'input');
    }
  }

  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case T.Block:
        return this.blockControl();
      case T.Break:
        return this.breakControl(token, 'break');
      case T.Continue:
        return this.breakControl(token, 'continue');
      case T.Else:
        return this.elseControl();
      case T.End:
        return { kind: 'end', pos: this.expect(T.RightDelim, 'end').pos };
      case T.If:
        return this.control('if');
      case T.Range:
        return this.control('range');
      case T.Template:
        return this.templateControl();
      case T.With:
        return this.control('with');
    }
    this.backup();
    const t = this.peek();
    return { kind: 'action', pos: t.pos, pipe: this.pipeline('command', T.RightDelim) };
  }

  private breakControl(token: Item, kind: 'break' | 'continue'): Node {
    const t = this.nextNonSpace();
    if (t.typ !== T.RightDelim) this.unexpected(t, `{{${kind}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${kind}}} outside {{range}}`);
    return { kind, pos: token.pos };
  }

  private elseControl(): Node {
    const peek = this.peekNonSpace();
    // "{{else if …" / "{{else with …" leave the keyword pending for control().
    if (peek.typ === T.If || peek.typ === T.With) return { kind: 'else', pos: peek.pos };
    const t = this.expect(T.RightDelim, 'else');
    return { kind: 'else', pos: t.pos };
  }

  private control(context: 'if' | 'with' | 'range'): Node {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, T.RightDelim);
      if (context === 'range') this.rangeDepth++;
      const [list, afterList] = this.itemList();
      let next = afterList;
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.kind === 'else') {
        if (context === 'if' && this.peek().typ === T.If) {
          this.next();
          elseList = { nodes: [this.control('if')] };
        } else if (context === 'with' && this.peek().typ === T.With) {
          this.next();
          elseList = { nodes: [this.control('with')] };
        } else {
          [elseList, next] = this.itemList();
          if (next.kind !== 'end') this.errorf(`expected end; found ${nodeString(next)}`);
        }
      }
      return { kind: context, pos: pipe.pos, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
    }
  }

  private templateControl(): Node {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().typ !== T.RightDelim) {
      this.backup();
      pipe = this.pipeline(context, T.RightDelim);
    }
    return { kind: 'template', pos: token.pos, name, pipe };
  }

  /** `{{block "name" pipeline}} body {{end}}`: a define plus a template call. */
  private blockControl(): Node {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = this.pipeline(context, T.RightDelim);
    const saved = this.vars;
    const savedDepth = this.rangeDepth;
    this.vars = ['$'];
    this.rangeDepth = 0;
    const [list, end] = this.itemList();
    if (end.kind !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.vars = saved;
    this.rangeDepth = savedDepth;
    this.addDefine(name, list);
    return { kind: 'template', pos: token.pos, name, pipe };
  }

  private parseTemplateName(token: Item, context: string): string {
    if (token.typ === T.String || token.typ === T.RawString) return this.unquote(token.val);
    this.unexpected(token, context);
  }

  private unquote(quoted: string): string {
    const s = goUnquote(quoted);
    if (s === undefined) this.errorf('invalid syntax');
    return s;
  }

  private pipeline(context: string, end: T): PipeNode {
    const token = this.peekNonSpace();
    const pipe: PipeNode = { kind: 'pipe', pos: token.pos, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== T.Variable) break;
      this.next();
      // "$x foo" needs three tokens of look-ahead to tell an argument from a declaration.
      const tokenAfterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.typ === T.Assign || next.typ === T.Declare) {
        pipe.isAssign = next.typ === T.Assign;
        this.nextNonSpace();
        pipe.decl.push({ kind: 'variable', pos: v.pos, ident: v.val.split('.') });
        this.vars.push(v.val);
      } else if (next.typ === T.Char && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({ kind: 'variable', pos: v.pos, ident: v.val.split('.') });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().typ;
          if (p === T.Variable || p === T.RightDelim || p === T.RightParen) continue decls;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else if (tokenAfterVariable.typ === T.Space) {
        this.backup3(v, tokenAfterVariable);
      } else {
        this.backup2(v);
      }
      break;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.typ === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.typ) {
        case T.Bool:
        case T.CharConstant:
        case T.Complex:
        case T.Dot:
        case T.Field:
        case T.Identifier:
        case T.Number:
        case T.Nil:
        case T.RawString:
        case T.String:
        case T.Variable:
        case T.LeftParen:
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(t, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const k = c.args[0].kind;
      if (k === 'bool' || k === 'dot' || k === 'nil' || k === 'number' || k === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const t = this.next();
      if (t.typ === T.Space) continue;
      if (t.typ === T.RightDelim || t.typ === T.RightParen) this.backup();
      else if (t.typ !== T.Pipe) this.unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): Arg | undefined {
    const node = this.term();
    if (!node) return undefined;
    if (this.peek().typ !== T.Field) return node;
    const chainPos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().typ === T.Field) fields.push(this.next().val.slice(1));
    switch (node.kind) {
      case 'field':
        return { kind: 'field', pos: chainPos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { kind: 'variable', pos: chainPos, ident: [...node.ident, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
    }
    return { kind: 'chain', pos: chainPos, node, field: fields };
  }

  private term(): Arg | undefined {
    const t = this.nextNonSpace();
    switch (t.typ) {
      case T.Identifier:
        if (!HELM_FUNCTIONS.has(t.val)) this.errorf(`function ${goQuote(t.val)} not defined`);
        return { kind: 'identifier', pos: t.pos, name: t.val };
      case T.Dot:
        return { kind: 'dot', pos: t.pos };
      case T.Nil:
        return { kind: 'nil', pos: t.pos };
      case T.Variable: {
        const ident = t.val.split('.');
        if (!this.vars.includes(ident[0])) this.errorf(`undefined variable ${goQuote(ident[0])}`);
        return { kind: 'variable', pos: t.pos, ident };
      }
      case T.Field:
        return { kind: 'field', pos: t.pos, ident: [t.val.slice(1)] };
      case T.Bool:
        return { kind: 'bool', pos: t.pos, value: t.val === 'true' };
      case T.CharConstant:
      case T.Complex:
      case T.Number:
        return { kind: 'number', pos: t.pos, text: t.val, value: this.number(t) };
      case T.LeftParen:
        return this.pipeline('parenthesized pipeline', T.RightParen);
      case T.String:
      case T.RawString:
        return { kind: 'string', pos: t.pos, quoted: t.val, text: this.unquote(t.val) };
    }
    this.backup();
    return undefined;
  }

  /**
   * parse.newNumber plus exec's idealConstant: what the literal is when used as
   * a value — a Go int or a float64. Complex numbers are unsupported.
   */
  private number(t: Item): NumberValue {
    if (t.typ === T.CharConstant) {
      const s = goUnquote(t.val);
      if (s === undefined || Array.from(s).length !== 1) this.errorf(`malformed character constant: ${t.val}`);
      return new GoInt(BigInt(s.codePointAt(0)!));
    }
    if (t.typ === T.Complex || t.val.endsWith('i')) return unsupported(`the complex number ${t.val}`);
    const text = t.val;
    const asInt = parseGoInt(text);
    const isHex = /^[+-]?0[xX]/.test(text);
    if (/[.eEpP]/.test(text) && !isHex) {
      const f = parseGoFloat(text);
      if (f === undefined) this.errorf(`illegal number syntax: ${goQuote(text)}`);
      return f;
    }
    if (asInt !== undefined) return new GoInt(asInt);
    if (isHex && /[pP]/.test(text)) return unsupported(`the hexadecimal float ${text}`);
    // Parses as a uint64 but not an int64: idealConstant fails when the literal is used.
    const asUint = parseGoInt(text, 18446744073709551615n);
    if (asUint !== undefined && asUint >= 0n) return 'overflow';
    if (parseGoFloat(text) !== undefined || /^[+-]?\d+$/.test(text)) this.errorf(`integer overflow: ${goQuote(text)}`);
    this.errorf(`illegal number syntax: ${goQuote(text)}`);
  }
}

function isEmptyTree(list: ListNode): boolean {
  return list.nodes.every((n) => n.kind === 'text' && n.text.trim() === '');
}

/** strconv.ParseFloat for decimal literals. */
function parseGoFloat(text: string): number | undefined {
  if (!/^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d[\d_]*)?$/.test(text)) return undefined;
  const f = Number(text.replaceAll('_', ''));
  // ParseFloat reports out-of-range values as errors.
  return Number.isFinite(f) ? f : undefined;
}

/** strconv.Unquote for "…" and `…` literals (and '…' char constants). */
function goUnquote(q: string): string | undefined {
  const quoteChar = q[0];
  if (q.length < 2 || q[q.length - 1] !== quoteChar) return undefined;
  const body = q.slice(1, -1);
  if (quoteChar === '`') return body.includes('`') ? undefined : body.replaceAll('\r', '');
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === quoteChar || c === '\n') return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
    };
    if (Object.hasOwn(simple, e)) {
      out += simple[e];
    } else if (e === quoteChar) {
      out += e;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return undefined;
      const cp = parseInt(hex, 16);
      if (e === 'x') {
        // \xHH is a byte; only ASCII bytes make sense in a JS string.
        if (cp > 0x7f) return unsupported('a non-ASCII \\x escape');
        out += String.fromCharCode(cp);
      } else {
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
        out += String.fromCodePoint(cp);
      }
      i += n;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct)) return undefined;
      const v = parseInt(oct, 8);
      if (v > 255) return undefined;
      if (v > 0x7f) return unsupported('a non-ASCII octal escape');
      out += String.fromCharCode(v);
      i += 2;
    } else {
      return undefined;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Execution (text/template/exec.go)
// ---------------------------------------------------------------------------

class ExecError extends Error {}
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');

/** A function's Go parameter kinds: a Go string, interface{}, or reflect.Value (builtins). */
type Param = 'string' | 'any' | 'value';

interface Func {
  readonly params: readonly Param[];
  /** Type of the `...` parameter, if variadic. */
  readonly variadic?: Param;
  readonly call: (args: TplValue[], ex: Exec) => TplValue;
}

function valueArgs(args: TplValue[], what: string): (GoValue | undefined)[] {
  return args.map((a) => plain(a, what));
}

/** eq of two lists or two maps: Go cannot compare them (values of different kinds are "incompatible" instead). */
function nonComparable(a: GoValue | undefined, bs: (GoValue | undefined)[]): void {
  const composite = (v: GoValue | undefined) => Array.isArray(v) || isMap(v);
  if (!composite(a)) return;
  for (const b of bs) {
    if (composite(b) && Array.isArray(a) === Array.isArray(b))
      throw new Error(`non-comparable type ${formatV(a)}: ${goTypeName(a)}`);
    if (b !== null && b !== undefined) return;
  }
}

/** Builtin comparisons from compare.ts, renamed as the function Go reports ("error calling ne: …"). */
function comparison(name: string, f: (a: GoValue | undefined, b: GoValue | undefined) => boolean): Func {
  return {
    params: ['value', 'value'],
    call: (args) => {
      const [a, b] = valueArgs(args, `passing a struct to ${name}`);
      return withoutPrefix(() => f(a ?? null, b ?? null));
    },
  };
}

/** sprig `default`: given[0] unless it is empty (a struct never is). */
function sprigDefault([d, ...given]: TplValue[]): TplValue {
  const g = given.length === 0 ? undefined : given[0];
  if (g instanceof GoStruct) return g;
  return empty(plain(g, 'passing a struct to default')) ? d : g;
}

/** The builtin eq (several right-hand operands allowed). */
function builtinEq(args: TplValue[]): boolean {
  const [a, ...bs] = valueArgs(args, 'passing a struct to eq');
  if (bs.length === 0) throw new Error('missing argument for comparison');
  nonComparable(a, bs);
  return withoutPrefix(() => goEq(a ?? null, ...bs.map((b) => b ?? null)));
}

/** compare.ts words errors as "error calling eq: …"; evalCall adds that prefix with the right name. */
function withoutPrefix<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof TemplateError) throw new Error(e.message.replace(/^error calling \w+: /, ''));
    throw e;
  }
}

/** fmt.Sprintln: always a space between operands, and a final newline. */
const sprintln = (args: TplValue[]) => valueArgs(args, 'passing a struct to println').map(formatV).join(' ') + '\n';

const FUNCS: ReadonlyMap<string, Func> = new Map<string, Func>([
  ['default', { params: ['any'], variadic: 'any', call: sprigDefault }],
  ['quote', { params: [], variadic: 'any', call: (args) => quote(...valueArgs(args, 'passing a struct to quote')) }],
  ['squote', { params: [], variadic: 'any', call: (args) => squote(...valueArgs(args, 'passing a struct to squote')) }],
  ['upper', { params: ['string'], call: ([s]) => upper(s as string) }],
  ['lower', { params: ['string'], call: ([s]) => lower(s as string) }],
  ['trim', { params: ['string'], call: ([s]) => trimSpace(s as string) }],
  ['toString', { params: ['any'], call: ([v]) => toString(plain(v, 'passing a struct to toString')) }],
  ['toYaml', { params: ['any'], call: ([v]) => toYaml(plain(v, 'passing a struct to toYaml')) }],
  ['toJson', { params: ['any'], call: ([v]) => toJson(plain(v, 'passing a struct to toJson')) }],
  ['printf', { params: ['string'], variadic: 'any', call: ([f, ...args]) => goSprintf(f as string, args) }],
  ['print', { params: [], variadic: 'any', call: (args) => sprint(...valueArgs(args, 'passing a struct to print')) }],
  ['println', { params: [], variadic: 'any', call: sprintln }],
  ['include', { params: ['string', 'any'], call: ([name, data], ex) => ex.include(name as string, data) }],
  ['tpl', { params: ['string', 'any'], call: ([text, data], ex) => ex.nestedTpl(text as string, data) }],
  ['not', { params: ['value'], call: ([v]) => !isTrue(v) }],
  ['len', { params: ['value'], call: ([v]) => goLen(v) }],
  ['index', { params: ['value'], variadic: 'value', call: ([item, ...indexes]) => goIndex(item, indexes) }],
  ['eq', { params: ['value'], variadic: 'value', call: builtinEq }],
  ['ne', comparison('ne', (a, b) => (nonComparable(a, [b]), !goEq(a, b)))],
  ['lt', comparison('lt', goLt)],
  ['le', comparison('le', goLe)],
  ['gt', comparison('gt', goGt)],
  ['ge', comparison('ge', goGe)],
]);

/**
 * fmt.Sprintf over tpl operands: as the runtime's sprintf, except for Go ints
 * (template literals, len, .Release.Revision), whose mismatched verbs and
 * EXTRA entries print as `int` rather than int64.
 */
function goSprintf(format: string, args: TplValue[]): string {
  const value = (a: TplValue) => plain(a, 'passing a struct to printf');
  return sprintfWith(
    format,
    args,
    (verb, a) => {
      if (!(a instanceof GoInt)) return formatVerb(verb, value(a));
      return verb === 'd' || verb === 'v' ? a.v.toString() : `%!${verb}(int=${a.v})`;
    },
    (a) => (a === null || a === undefined ? '<nil>' : `${typeName(a)}=${formatV(value(a))}`),
  );
}

/** Go's builtin len. */
function goLen(v: TplValue): GoInt {
  if (v === undefined) throw new Error('reflect: call of reflect.Value.Type on zero Value');
  if (v === null) throw new Error('len of nil pointer');
  if (v instanceof GoStruct) {
    if (v.options.value) return goLen(v.options.value());
    return unsupported('len of a struct');
  }
  if (v instanceof GoInt) throw new Error('len of type int');
  if (typeof v === 'string') return new GoInt(BigInt(utf8Length(v)));
  if (Array.isArray(v)) return new GoInt(BigInt(v.length));
  if (isMap(v)) {
    noteShallowRead(v);
    return new GoInt(BigInt(Object.keys(v).length));
  }
  throw new Error(`len of type ${goTypeName(v)}`);
}

/** Go's builtin index (funcs.go). */
function goIndex(item: TplValue, indexes: TplValue[]): TplValue {
  let cur: TplValue = item === null ? undefined : item;
  if (cur === undefined) throw new Error('index of untyped nil');
  for (const raw of indexes) {
    const index = raw === null ? undefined : raw instanceof GoInt ? raw.v : raw;
    if (cur === null || cur === undefined) throw new Error('index of nil pointer');
    if (cur instanceof GoInt) throw new Error("can't index item of type int");
    if (cur instanceof GoStruct) {
      if (!cur.options.value) return unsupported('index of a struct');
      cur = cur.options.value();
    }
    if (Array.isArray(cur) || typeof cur === 'string') {
      const len = typeof cur === 'string' ? utf8Length(cur) : cur.length;
      let x: bigint;
      if (typeof index === 'bigint') x = index;
      else if (index === undefined) throw new Error('cannot index slice/array with nil');
      else throw new Error(`cannot index slice/array with type ${typeName(raw)}`);
      if (x < 0n || x > BigInt(len)) throw new Error(`index out of range: ${x}`);
      if (x === BigInt(len))
        throw new Error(`reflect: ${typeof cur === 'string' ? 'string' : 'slice'} index out of range`);
      // Indexing a string yields a byte (uint8).
      cur = typeof cur === 'string' ? BigInt(utf8.encode(cur)[Number(x)]) : (cur[Number(x)] ?? null);
    } else if (isMap(cur)) {
      if (index === undefined) throw new Error('value is nil; should be of type string');
      if (typeof index !== 'string') throw new Error(`value has type ${typeName(raw)}; should be string`);
      cur = getKey(cur, index) ?? null;
    } else {
      throw new Error(`can't index item of type ${typeName(cur)}`);
    }
  }
  return cur;
}

function typeName(v: TplValue): string {
  if (v instanceof GoStruct) return v.typeName;
  if (v instanceof GoInt) return 'int';
  return goTypeName(v);
}

/** State one tpl call shares with its `template`/`include`/nested `tpl` calls. */
interface Shared {
  readonly templates: TemplateRegistry;
  /** Nesting of named-template executions. */
  readonly depth: number;
  /** Helm's includedNames: how many executions of each name `include` has under way (shared with nested tpl). */
  readonly includedNames: Map<string, number>;
}

/** exec.go maxExecDepth. */
const MAX_EXEC_DEPTH = 100000;
/** engine.go recursionMaxNums. */
const MAX_INCLUDE_NESTING = 1000;

interface Variable {
  readonly name: string;
  value: TplValue;
}

class Exec {
  out = '';
  private vars: Variable[];
  private at: { pos: number; str: string } | undefined;

  constructor(
    private readonly text: string,
    private readonly templateName: string,
    private readonly defines: ReadonlyMap<string, ListNode>,
    dot: TplValue,
    private readonly shared: Shared,
  ) {
    this.vars = [{ name: '$', value: dot }];
  }

  private setAt(n: Arg | CommandNode | Node): void {
    this.at = { pos: n.pos, str: nodeString(n) };
  }

  /** state.errorf: "template: gotpl:LINE:COL: executing "NAME" at <NODE>: MSG". */
  errorf(msg: string): never {
    if (!this.at) throw new ExecError(`template: ${this.templateName}: ${msg}`);
    const before = this.text.slice(0, this.at.pos);
    const line = 1 + count(before, '\n');
    const col = utf8Length(before.slice(before.lastIndexOf('\n') + 1));
    throw new ExecError(
      `template: gotpl:${line}:${col}: executing ${goQuote(this.templateName)} at <${this.at.str}>: ${msg}`,
    );
  }

  walk(dot: TplValue, list: ListNode): void {
    for (const node of list.nodes) this.walkNode(dot, node);
  }

  private walkNode(dot: TplValue, node: Node): void {
    this.setAt(node);
    switch (node.kind) {
      case 'text':
        this.out += node.text;
        return;
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const val = this.evalPipeline(dot, node.pipe);
        if (isTrue(val)) this.walk(node.kind === 'with' ? val : dot, node.list);
        else if (node.elseList) this.walk(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case 'range':
        this.walkRange(dot, node);
        return;
      case 'template':
        this.walkTemplate(dot, node);
        return;
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'end':
      case 'else':
        return;
    }
  }

  private printValue(n: Node, v: TplValue): void {
    this.setAt(n);
    if (v === undefined || v === null) {
      // Go prints "<no value>"; Helm removes it from tpl's result.
      this.out += '<no value>';
    } else if (v instanceof GoInt) {
      this.out += v.v.toString();
    } else if (v instanceof GoStruct) {
      if (v.options.printed !== undefined) this.out += v.options.printed;
      else if (v.options.value) this.out += formatV(v.options.value());
      else unsupported(`printing ${nodeString(n.kind === 'action' ? n.pipe : n)}`);
    } else {
      this.out += formatV(v);
    }
  }

  private walkRange(dot: TplValue, r: ControlNode): void {
    this.setAt(r);
    const outer = this.vars.length;
    let val = this.evalPipeline(dot, r.pipe);
    if (val instanceof GoInt) this.errorf(`range can't iterate over ${val.v}`);
    if (val instanceof GoStruct) {
      if (!val.options.value) unsupported('range over a struct');
      val = val.options.value();
    }
    const mark = this.vars.length;
    const oneIteration = (index: TplValue, elem: GoValue): boolean => {
      const decl = r.pipe.decl;
      if (decl.length > 0) {
        if (r.pipe.isAssign) this.setVar(decl[0].ident[0], decl.length > 1 ? index : elem);
        else this.vars[this.vars.length - 1].value = elem;
      }
      if (decl.length > 1) {
        if (r.pipe.isAssign) this.setVar(decl[1].ident[0], elem);
        else this.vars[this.vars.length - 2].value = index;
      }
      try {
        this.walk(elem, r.list);
      } catch (e) {
        if (e === BREAK) return false;
        if (e !== CONTINUE) throw e;
      } finally {
        this.vars.length = mark;
      }
      return true;
    };
    let iterated = false;
    if (Array.isArray(val)) {
      iterated = val.length > 0;
      for (let i = 0; i < val.length; i++) if (!oneIteration(new GoInt(BigInt(i)), val[i])) break;
    } else if (isMap(val)) {
      const keys = sortedKeys(val);
      iterated = keys.length > 0;
      for (const k of keys) if (!oneIteration(k, val[k])) break;
    } else if (val !== undefined && val !== null) {
      // Go 1.23 ranges over neither numbers nor strings.
      this.errorf(`range can't iterate over ${formatV(val)}`);
    }
    if (!iterated && r.elseList) this.walk(dot, r.elseList);
    this.vars.length = outer;
  }

  private walkTemplate(dot: TplValue, t: Extract<Node, { kind: 'template' }>): void {
    this.setAt(t);
    const local = this.defines.get(t.name);
    const global = this.shared.templates.get(t.name);
    if (!local && !global) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.shared.depth >= MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : undefined;
    this.out += this.runNamed(t.name, newDot, 'template');
  }

  /** Executes a named template: a `define` of this tpl text, else the chart's. */
  private runNamed(name: string, dot: TplValue, how: 'template' | 'include'): string {
    const local = this.defines.get(name);
    if (local) {
      const sub = new Exec(this.text, name, this.defines, dot, { ...this.shared, depth: this.shared.depth + 1 });
      sub.walk(dot, local);
      return sub.out;
    }
    const f = this.shared.templates.get(name)!;
    return f(this.rootContext(dot, `${how} ${goQuote(name)}`));
  }

  /** The render context a chart helper needs: only the root value carries one. */
  private rootContext(dot: TplValue, what: string): RenderContext {
    if (dot instanceof GoStruct && dot.options.ctx) return dot.options.ctx;
    return unsupported(`${what} with a dot other than the chart's root context ($)`);
  }

  /** Helm's include (engine.go includeFun), with its limit on nested includes of one name. */
  include(name: string, data: TplValue): string {
    const counts = this.shared.includedNames;
    const active = counts.get(name);
    if (active !== undefined && active > MAX_INCLUDE_NESTING) {
      throw new Error(`rendering template has a nested reference name: ${name}: unable to execute template`);
    }
    counts.set(name, (active ?? 0) + 1);
    try {
      if (!this.defines.has(name) && !this.shared.templates.has(name)) {
        throw new Error(`template: no template ${goQuote(name)} associated with template "gotpl"`);
      }
      return this.runNamed(name, data, 'include');
    } finally {
      counts.set(name, counts.get(name)! - 1);
    }
  }

  nestedTpl(text: string, data: TplValue): string {
    this.rootContext(data, 'tpl');
    return runTpl(text, data, { ...this.shared, depth: this.shared.depth + 1 });
  }

  private setVar(name: string, value: TplValue): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  private varValue(name: string): TplValue {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    this.errorf(`undefined variable: ${name}`);
  }

  /** evalPipeline: a nil interface left by a command becomes an invalid value ("dig down"). */
  private evalPipeline(dot: TplValue, pipe: PipeNode): TplValue {
    this.setAt(pipe);
    let value: TplValue | typeof MISSING = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      if (value === null) value = undefined;
    }
    const result = value as TplValue;
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], result);
      else this.vars.push({ name: v.ident[0], value: result });
    }
    return result;
  }

  private evalCommand(dot: TplValue, cmd: CommandNode, final: TplValue | typeof MISSING): TplValue {
    const first = cmd.args[0];
    switch (first.kind) {
      case 'field':
        this.setAt(first);
        return this.evalFieldChain(dot, dot, first.ident, cmd.args, final);
      case 'chain':
        return this.evalChain(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariable(dot, first, cmd.args, final);
    }
    this.setAt(first);
    this.notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
  }

  /** A number literal as a value; a uint64-only literal fails here, as in Go. */
  private idealConstant(n: Extract<Arg, { kind: 'number' }>): GoInt | number {
    this.setAt(n);
    if (n.value === 'overflow') this.errorf(`${n.text} overflows int`);
    return n.value;
  }

  private notAFunction(args: Arg[], final: TplValue | typeof MISSING): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  private evalVariable(
    dot: TplValue,
    v: VariableNode,
    args: Arg[] | undefined,
    final: TplValue | typeof MISSING,
  ): TplValue {
    this.setAt(v);
    const value = this.varValue(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v.ident.slice(1), args, final);
  }

  private evalChain(
    dot: TplValue,
    chain: Extract<Arg, { kind: 'chain' }>,
    args: Arg[] | undefined,
    final: TplValue | typeof MISSING,
  ): TplValue {
    this.setAt(chain);
    if (chain.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    // evalArg with no type: an invalid value stays invalid (and its fields are invalid too).
    const pipe = this.evalArg(dot, 'value', chain.node);
    return this.evalFieldChain(dot, pipe, chain.field, args, final);
  }

  private evalFieldChain(
    dot: TplValue,
    receiver: TplValue,
    ident: string[],
    args: Arg[] | undefined,
    final: TplValue | typeof MISSING,
  ): TplValue {
    let r = receiver;
    for (let i = 0; i < ident.length - 1; i++) r = this.evalField(dot, ident[i], undefined, MISSING, r);
    return this.evalField(dot, ident[ident.length - 1], args, final, r);
  }

  /** state.evalField for the receivers values hold: maps, nil, scalars, and the context structs. */
  private evalField(
    dot: TplValue,
    name: string,
    args: Arg[] | undefined,
    final: TplValue | typeof MISSING,
    receiver: TplValue,
  ): TplValue {
    const hasArgs = (args !== undefined && args.length > 1) || final !== MISSING;
    if (receiver === undefined) return undefined;
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${name}`);
    if (receiver instanceof GoInt) this.errorf(`can't evaluate field ${name} in type int`);
    if (receiver instanceof GoStruct) {
      // Own properties only: `.Chart.constructor` is no field.
      const methods = receiver.options.methods ?? {};
      if (Object.hasOwn(methods, name)) {
        const method = methods[name];
        return this.evalCall(
          dot,
          { params: ['string'], call: ([a]) => method(a as string) },
          name,
          undefined,
          args ?? [],
          final,
        );
      }
      if (Object.hasOwn(receiver.fields, name)) {
        const f = receiver.fields[name];
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        return f();
      }
      if (receiver.options.missingIsNil) {
        if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
        return null;
      }
      this.errorf(`can't evaluate field ${name} in type ${receiver.typeName}`);
    }
    if (isMap(receiver)) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      return getKey(receiver, name) ?? null;
    }
    this.errorf(`can't evaluate field ${name} in type interface {}`);
  }

  private evalFunction(
    dot: TplValue,
    node: Extract<Arg, { kind: 'identifier' }>,
    cmd: CommandNode | Arg,
    args: Arg[],
    final: TplValue | typeof MISSING,
  ): TplValue {
    this.setAt(node);
    if (node.name === 'and' || node.name === 'or') return this.evalAndOr(dot, node.name, args, final);
    const fn = FUNCS.get(node.name);
    if (!fn) return unsupported(`the function ${goQuote(node.name)}`);
    return this.evalCall(dot, fn, node.name, cmd, args, final);
  }

  /** Go >= 1.18 and/or: evaluate operands lazily, return the deciding one. */
  private evalAndOr(dot: TplValue, name: 'and' | 'or', args: Arg[], final: TplValue | typeof MISSING): TplValue {
    const operands = args.slice(1);
    const numIn = operands.length + (final === MISSING ? 0 : 1);
    if (numIn < 1) this.errorf(`wrong number of args for ${name}: want at least 1 got ${operands.length}`);
    let v: TplValue;
    for (const a of operands) {
      v = this.evalArg(dot, 'value', a);
      if (isTrue(v) === (name === 'or')) return v;
    }
    if (final !== MISSING) v = final;
    return v;
  }

  private evalCall(
    dot: TplValue,
    fn: Func,
    name: string,
    cmd: CommandNode | Arg | undefined,
    allArgs: Arg[],
    final: TplValue | typeof MISSING,
  ): TplValue {
    const args = allArgs.slice(1);
    const numIn = args.length + (final === MISSING ? 0 : 1);
    const numParams = fn.params.length + (fn.variadic ? 1 : 0);
    if (fn.variadic) {
      if (numIn < fn.params.length)
        this.errorf(`wrong number of args for ${name}: want at least ${fn.params.length} got ${args.length}`);
    } else if (numIn !== numParams) {
      this.errorf(`wrong number of args for ${name}: want ${numParams} got ${numIn}`);
    }
    const paramOf = (i: number): Param => (i < fn.params.length ? fn.params[i] : fn.variadic!);
    const argv: TplValue[] = args.map((a, i) => this.evalArg(dot, paramOf(i), a));
    if (final !== MISSING) argv.push(this.validateType(final, paramOf(args.length)));
    try {
      return fn.call(argv, this);
    } catch (e) {
      // RangeError: a runaway recursion, reported by tpl() as unsupported.
      if (e instanceof Unsupported || e instanceof RangeError || !(e instanceof Error)) throw e;
      if (cmd) this.setAt(cmd);
      this.errorf(`error calling ${name}: ${e.message}`);
    }
  }

  /** state.evalArg: literals are checked against the parameter type, computed values validated. */
  private evalArg(dot: TplValue, param: Param, n: Arg): TplValue {
    this.setAt(n);
    switch (n.kind) {
      case 'dot':
        return this.validateType(dot, param);
      case 'nil':
        if (param === 'string') this.errorf('cannot assign nil to string');
        return param === 'value' ? undefined : null;
      case 'field':
        return this.validateType(this.evalFieldChain(dot, dot, n.ident, [n], MISSING), param);
      case 'variable':
        return this.validateType(this.evalVariable(dot, n, undefined, MISSING), param);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), param);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, [n], MISSING), param);
      case 'chain':
        return this.validateType(this.evalChain(dot, n, undefined, MISSING), param);
    }
    if (param === 'string') {
      if (n.kind === 'string') return n.text;
      this.errorf(`expected string; found ${nodeString(n)}`);
    }
    switch (n.kind) {
      case 'bool':
        return n.value;
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return n.text;
    }
  }

  /** state.validateType for the three parameter kinds. */
  private validateType(v: TplValue, param: Param): TplValue {
    if (param === 'value') return v;
    if (param === 'any') return v === undefined ? null : v;
    if (typeof v === 'string') return v;
    if (v === undefined) this.errorf('invalid value; expected string');
    if (v === null) this.errorf('wrong type for value; expected string; got interface {}');
    this.errorf(`wrong type for value; expected string; got ${typeName(v)}`);
  }
}

const MISSING = Symbol('missing');

/** Parses and runs one tpl text, wrapping errors as tplFun does. */
function runTpl(text: string, dot: TplValue, shared: Shared): string {
  let tree: ListNode;
  let parser: Parser;
  try {
    parser = new Parser(text);
    tree = parser.parse();
  } catch (e) {
    if (e instanceof ParseError) throw new TplError(`cannot parse template ${goQuote(text)}: ${e.message}`);
    throw locate(e, text);
  }
  const ex = new Exec(text, 'gotpl', parser.defines, dot, shared);
  try {
    ex.walk(dot, tree);
  } catch (e) {
    // ExecError: this text failed; TemplateError: a chart helper failed inside `template`.
    if (e instanceof ExecError || (e instanceof TemplateError && !(e instanceof Unsupported))) {
      throw new TplError(`error during tpl function execution for ${goQuote(text)}: ${e.message}`);
    }
    throw locate(e, text);
  }
  // tplFun: the same "<no value>" removal as the engine's.
  return ex.out.replaceAll('<no value>', '');
}

/** Names the (innermost) tpl text in an unsupported-construct error. */
function locate(e: unknown, text: string): unknown {
  if (e instanceof Unsupported && !e.located) {
    e.message = `${e.message} (tpl text ${goQuote(text)})`;
    e.located = true;
  }
  return e;
}
