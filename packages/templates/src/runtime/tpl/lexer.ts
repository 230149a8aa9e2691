/** The tpl lexer: Go 1.23 text/template/parse/lex.go. */
import { goQuote, isPrint } from '@polyaxon-render/values';

export const enum T {
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

export interface Item {
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

export class Lexer {
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

export function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** item.String() as the parser prints a token in "unexpected …" errors. */
export function itemString(i: Item): string {
  if (i.typ === T.EOF) return 'EOF';
  if (i.typ === T.Error) return i.val;
  if (i.typ > T.Keyword) return `<${i.val}>`;
  if (utf8Length(i.val) > 10) return `${goQuote(truncateRunes(i.val, 10))}...`;
  return goQuote(i.val);
}

export const utf8 = new TextEncoder();
export const utf8Length = (s: string) => utf8.encode(s).length;
/** `%.10q` truncates the string to 10 runes before quoting. */
const truncateRunes = (s: string, n: number) => Array.from(s).slice(0, n).join('');
