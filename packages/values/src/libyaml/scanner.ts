/**
 * libyaml's scanner as yaml.v2 v2.4.0 ports it (scannerc.go), reduced to what
 * decides whether a stream is valid and where it fails: every token is found
 * with the same simple-key, indentation and flow-level bookkeeping, every
 * character is consumed the same way, but scalar values are not built.
 *
 * Why a port: Helm reports YAML syntax errors in libyaml's words and with its
 * (sometimes surprising) line numbers, e.g. `yaml: line 5: block sequence
 * entries are not allowed in this context`. The `yaml` package finds its errors
 * at other places and words them differently, and no mapping of its messages
 * gives libyaml's, so the error path runs this scanner and parser instead.
 *
 * The input is a decoded JS string (libyaml's reader, yaml-reader.ts, has
 * already refused bad bytes). Columns and indexes count code points, as libyaml
 * counts characters; the string index of each mark is kept too.
 */
import { utf8Width } from '../yaml-reader.js';

export interface Mark {
  /** Characters (code points) from the start. */
  readonly index: number;
  /** 0-based, as libyaml counts. */
  readonly line: number;
  readonly column: number;
  /** The UTF-16 index in the text. */
  readonly offset: number;
}

export const enum T {
  StreamStart,
  StreamEnd,
  VersionDirective,
  TagDirective,
  DocumentStart,
  DocumentEnd,
  BlockSequenceStart,
  BlockMappingStart,
  BlockEnd,
  FlowSequenceStart,
  FlowSequenceEnd,
  FlowMappingStart,
  FlowMappingEnd,
  BlockEntry,
  FlowEntry,
  Key,
  Value,
  Alias,
  Anchor,
  Tag,
  Scalar,
}

export interface Token {
  readonly type: T;
  readonly start: Mark;
  readonly end: Mark;
  /** Tag handle (Tag, TagDirective). */
  readonly handle?: string;
  /** Version (VersionDirective). */
  readonly major?: number;
  readonly minor?: number;
  /** A plain scalar (the parser's implicit-tag rule needs the style only). */
  readonly plain?: boolean;
}

/** A libyaml error: yaml_SCANNER_ERROR or yaml_PARSER_ERROR with its problem and marks. */
export class LibyamlError extends Error {
  constructor(
    /** 'decoder': yaml.v2's decoder, which builds nodes as the parser's events arrive (an unknown anchor). */
    readonly kind: 'scanner' | 'parser' | 'decoder',
    readonly problem: string,
    readonly problemMark: Mark,
    readonly contextMark: Mark | undefined,
  ) {
    super(problem);
  }

  /**
   * The line yaml.v2's parser.fail() prints (decode.go): the problem mark's
   * 0-based line, plus one for scanner errors; when that is 0, the context
   * mark's 0-based line; when that is 0 too, none.
   */
  get reportedLine(): number | undefined {
    // The decoder's failf prints no position.
    if (this.kind === 'decoder') return undefined;
    if (this.problemMark.line !== 0) return this.problemMark.line + (this.kind === 'scanner' ? 1 : 0);
    if (this.contextMark && this.contextMark.line !== 0) return this.contextMark.line;
    return undefined;
  }

  /** The text after "yaml: ", as yaml.v2 words it. */
  get yamlMessage(): string {
    const line = this.reportedLine;
    return `${line !== undefined ? `line ${line}: ` : ''}${this.problem}`;
  }
}

/** yaml.v2's max_flow_level and max_indents. */
const MAX_DEPTH = 10000;

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

const isAlpha = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;
/** CR, LF, NEL, LS, PS: line breaks in YAML 1.1. */
const isBreak = (c: number): boolean => c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
/** End of input reads as NUL, as libyaml's zero-padded buffer does. */
const isBreakZ = (c: number): boolean => isBreak(c) || c === 0;
const isBlankZ = (c: number): boolean => isBlank(c) || isBreakZ(c);

export class Scanner {
  private pos = 0;
  private index = 0;
  private line = 0;
  private column = 0;

  private readonly tokens: Token[] = [];
  private head = 0;
  private tokensParsed = 0;
  private tokenAvailable = false;
  private streamStartProduced = false;
  private streamEndProduced = false;

  private indent = -1;
  private readonly indents: number[] = [];
  private flowLevel = 0;
  private simpleKeyAllowed = false;
  private readonly simpleKeys: SimpleKey[] = [];
  private readonly simpleKeysByTok = new Map<number, number>();

  constructor(private readonly text: string) {}

  private at(k = 0): number {
    const i = this.pos + k;
    return i < this.text.length ? this.text.charCodeAt(i) : 0;
  }

  private mark(): Mark {
    return { index: this.index, line: this.line, column: this.column, offset: this.pos };
  }

  private fail(context: Mark | undefined, problem: string): never {
    throw new LibyamlError('scanner', problem, this.mark(), context);
  }

  /** One character (a surrogate pair is one). */
  private skip(): void {
    const c = this.at();
    this.pos += c >= 0xd800 && c < 0xdc00 && this.pos + 1 < this.text.length ? 2 : 1;
    this.index++;
    this.column++;
  }

  /** One line break (CR LF counts as two characters). */
  private skipLine(): void {
    const c = this.at();
    if (c === 0x0d && this.at(1) === 0x0a) {
      this.pos += 2;
      this.index += 2;
    } else if (isBreak(c)) {
      this.pos++;
      this.index++;
    } else return;
    this.column = 0;
    this.line++;
  }

  // ---- the token queue ----

  /** The next token, or a LibyamlError (peek_token). */
  peek(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.tokens[this.head];
  }

  /** skip_token. */
  next(): void {
    this.tokenAvailable = false;
    this.tokensParsed++;
    this.streamEndProduced = this.tokens[this.head].type === T.StreamEnd;
    this.head++;
  }

  private insert(pos: number, token: Token): void {
    if (pos < 0) this.tokens.push(token);
    else this.tokens.splice(this.head + pos, 0, token);
  }

  private fetchMoreTokens(): void {
    for (;;) {
      if (this.head !== this.tokens.length) {
        // A potential simple key at the head position keeps the scanner going.
        const i = this.simpleKeysByTok.get(this.tokensParsed);
        if (i === undefined || !this.simpleKeyIsValid(this.simpleKeys[i])) break;
      }
      this.fetchNextToken();
    }
    this.tokenAvailable = true;
  }

  private fetchNextToken(): void {
    if (!this.streamStartProduced) {
      this.indent = -1;
      this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: this.mark() });
      this.simpleKeyAllowed = true;
      this.streamStartProduced = true;
      const m = this.mark();
      this.insert(-1, { type: T.StreamStart, start: m, end: m });
      return;
    }
    this.scanToNextToken();
    this.unrollIndent(this.column);
    const c = this.at();
    if (c === 0) return this.fetchStreamEnd();
    if (this.column === 0 && c === 0x25 /* % */) return this.fetchDirective();
    if (this.column === 0 && this.documentIndicator()) {
      return this.fetchDocumentIndicator(c === 0x2d ? T.DocumentStart : T.DocumentEnd);
    }
    switch (c) {
      case 0x5b: // [
        return this.fetchFlowCollectionStart(T.FlowSequenceStart);
      case 0x7b: // {
        return this.fetchFlowCollectionStart(T.FlowMappingStart);
      case 0x5d: // ]
        return this.fetchFlowCollectionEnd(T.FlowSequenceEnd);
      case 0x7d: // }
        return this.fetchFlowCollectionEnd(T.FlowMappingEnd);
      case 0x2c: // ,
        return this.fetchFlowEntry();
    }
    const next = this.at(1);
    if (c === 0x2d && isBlankZ(next)) return this.fetchBlockEntry();
    if (c === 0x3f /* ? */ && (this.flowLevel > 0 || isBlankZ(next))) return this.fetchKey();
    if (c === 0x3a /* : */ && (this.flowLevel > 0 || isBlankZ(next))) return this.fetchValue();
    if (c === 0x2a /* * */) return this.fetchAnchor(T.Alias);
    if (c === 0x26 /* & */) return this.fetchAnchor(T.Anchor);
    if (c === 0x21 /* ! */) return this.fetchTag();
    if (c === 0x7c /* | */ && this.flowLevel === 0) return this.fetchBlockScalar(true);
    if (c === 0x3e /* > */ && this.flowLevel === 0) return this.fetchBlockScalar(false);
    if (c === 0x27 /* ' */) return this.fetchFlowScalar(true);
    if (c === 0x22 /* " */) return this.fetchFlowScalar(false);
    // A plain scalar starts with any non-blank character but the indicators; '-' (and in
    // the block context '?' and ':') may start one when a non-space follows.
    if (
      !(isBlankZ(c) || '-?:,[]{}#&*!|>\'"%@`'.includes(String.fromCharCode(c))) ||
      (c === 0x2d && !isBlank(next)) ||
      (this.flowLevel === 0 && (c === 0x3f || c === 0x3a) && !isBlankZ(next))
    ) {
      return this.fetchPlainScalar();
    }
    this.fail(this.mark(), 'found character that cannot start any token');
  }

  /** `---` or `...` followed by a blank or the end, at the current position. */
  private documentIndicator(): boolean {
    const c = this.at();
    return (c === 0x2d || c === 0x2e) && this.at(1) === c && this.at(2) === c && isBlankZ(this.at(3));
  }

  // ---- simple keys and indentation ----

  /** yaml_simple_key_is_valid: a key must end on its line and within 1024 characters. */
  private simpleKeyIsValid(key: SimpleKey): boolean {
    if (!key.possible) return false;
    if (key.mark.line < this.line || key.mark.index + 1024 < this.index) {
      if (key.required) this.fail(key.mark, "could not find expected ':'");
      key.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.column;
    if (!this.simpleKeyAllowed) return;
    const key: SimpleKey = {
      possible: true,
      required,
      tokenNumber: this.tokensParsed + (this.tokens.length - this.head),
      mark: this.mark(),
    };
    this.removeSimpleKey();
    this.simpleKeys[this.simpleKeys.length - 1] = key;
    this.simpleKeysByTok.set(key.tokenNumber, this.simpleKeys.length - 1);
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (!key.possible) return;
    if (key.required) this.fail(key.mark, "could not find expected ':'");
    key.possible = false;
    this.simpleKeysByTok.delete(key.tokenNumber);
  }

  private increaseFlowLevel(): void {
    const m = this.mark();
    this.simpleKeys.push({
      possible: false,
      required: false,
      tokenNumber: this.tokensParsed + (this.tokens.length - this.head),
      mark: m,
    });
    if (++this.flowLevel > MAX_DEPTH) this.fail(m, `exceeded max depth of ${MAX_DEPTH}`);
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel === 0) return;
    this.flowLevel--;
    const key = this.simpleKeys.pop()!;
    this.simpleKeysByTok.delete(key.tokenNumber);
  }

  private rollIndent(column: number, number: number, type: T, mark: Mark): void {
    if (this.flowLevel > 0 || this.indent >= column) return;
    this.indents.push(this.indent);
    this.indent = column;
    if (this.indents.length > MAX_DEPTH) {
      this.fail(this.simpleKeys[this.simpleKeys.length - 1].mark, `exceeded max depth of ${MAX_DEPTH}`);
    }
    this.insert(number > -1 ? number - this.tokensParsed : -1, { type, start: mark, end: mark });
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      const m = this.mark();
      this.insert(-1, { type: T.BlockEnd, start: m, end: m });
      this.indent = this.indents.pop()!;
    }
  }

  // ---- fetchers ----

  private fetchStreamEnd(): void {
    // Force a new line.
    if (this.column !== 0) {
      this.column = 0;
      this.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const m = this.mark();
    this.insert(-1, { type: T.StreamEnd, start: m, end: m });
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanDirective());
  }

  private fetchDocumentIndicator(type: T): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark();
    this.skip();
    this.skip();
    this.skip();
    this.insert(-1, { type, start, end: this.mark() });
  }

  private fetchFlowCollectionStart(type: T): void {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.simpleKeyAllowed = true;
    this.simpleToken(type);
  }

  private fetchFlowCollectionEnd(type: T): void {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.simpleKeyAllowed = false;
    this.simpleToken(type);
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.simpleToken(T.FlowEntry);
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.fail(this.mark(), 'block sequence entries are not allowed in this context');
      this.rollIndent(this.column, -1, T.BlockSequenceStart, this.mark());
    }
    // In the flow context the parser reports the '-'.
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.simpleToken(T.BlockEntry);
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.fail(this.mark(), 'mapping keys are not allowed in this context');
      this.rollIndent(this.column, -1, T.BlockMappingStart, this.mark());
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    this.simpleToken(T.Key);
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (this.simpleKeyIsValid(key)) {
      this.insert(key.tokenNumber - this.tokensParsed, { type: T.Key, start: key.mark, end: key.mark });
      this.rollIndent(key.mark.column, key.tokenNumber, T.BlockMappingStart, key.mark);
      key.possible = false;
      this.simpleKeysByTok.delete(key.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      // The ':' follows a complex key.
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail(this.mark(), 'mapping values are not allowed in this context');
        this.rollIndent(this.column, -1, T.BlockMappingStart, this.mark());
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    this.simpleToken(T.Value);
  }

  private simpleToken(type: T): void {
    const start = this.mark();
    this.skip();
    this.insert(-1, { type, start, end: this.mark() });
  }

  private fetchAnchor(type: T): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark();
    this.skip();
    let length = 0;
    while (isAlpha(this.at())) {
      this.skip();
      length++;
    }
    const end = this.mark();
    const c = this.at();
    if (length === 0 || !(isBlankZ(c) || '?:,]}%@`'.includes(String.fromCharCode(c)))) {
      this.fail(start, 'did not find expected alphabetic or numeric character');
    }
    this.insert(-1, { type, start, end });
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanTag());
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.insert(-1, this.scanBlockScalar(literal));
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanFlowScalar(single));
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insert(-1, this.scanPlainScalar());
  }

  // ---- scanners ----

  /** Blanks, comments and line breaks up to the next token (tabs only where libyaml allows them). */
  private scanToNextToken(): void {
    for (;;) {
      while (this.at() === 0x20 || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.at() === 0x09)) {
        this.skip();
      }
      if (this.at() === 0x23 /* # */) while (!isBreakZ(this.at())) this.skip();
      if (!isBreak(this.at())) break;
      this.skipLine();
      if (this.flowLevel === 0) this.simpleKeyAllowed = true;
    }
  }

  private skipBlanks(): void {
    while (isBlank(this.at())) this.skip();
  }

  private scanDirective(): Token {
    const start = this.mark();
    this.skip();
    let name = '';
    while (isAlpha(this.at())) {
      name += String.fromCharCode(this.at());
      this.skip();
    }
    if (name === '') this.fail(start, 'could not find expected directive name');
    if (!isBlankZ(this.at())) this.fail(start, 'found unexpected non-alphabetical character');
    let token: Token;
    if (name === 'YAML') {
      this.skipBlanks();
      const major = this.versionNumber(start);
      if (this.at() !== 0x2e) this.fail(start, "did not find expected digit or '.' character");
      this.skip();
      const minor = this.versionNumber(start);
      token = { type: T.VersionDirective, start, end: this.mark(), major, minor };
    } else if (name === 'TAG') {
      this.skipBlanks();
      const handle = this.tagHandle(true, start);
      if (!isBlank(this.at())) this.fail(start, 'did not find expected whitespace');
      this.skipBlanks();
      this.tagUri(true, '', start);
      if (!isBlankZ(this.at())) this.fail(start, 'did not find expected whitespace or line break');
      token = { type: T.TagDirective, start, end: this.mark(), handle };
    } else {
      this.fail(start, 'found unknown directive name');
    }
    this.skipBlanks();
    if (this.at() === 0x23) while (!isBreakZ(this.at())) this.skip();
    if (!isBreakZ(this.at())) this.fail(start, 'did not find expected comment or line break');
    this.skipLine();
    return token;
  }

  private versionNumber(start: Mark): number {
    let value = 0;
    let length = 0;
    while (isDigit(this.at())) {
      if (++length > 2) this.fail(start, 'found extremely long version number');
      value = value * 10 + (this.at() - 0x30);
      this.skip();
    }
    if (length === 0) this.fail(start, 'did not find expected version number');
    return value;
  }

  private scanTag(): Token {
    const start = this.mark();
    let handle: string;
    if (this.at(1) === 0x3c /* < */) {
      // Verbatim: !<uri>
      handle = '';
      this.skip();
      this.skip();
      this.tagUri(false, '', start);
      if (this.at() !== 0x3e) this.fail(start, "did not find the expected '>'");
      this.skip();
    } else {
      handle = this.tagHandle(false, start);
      if (handle.length > 1 && handle.startsWith('!') && handle.endsWith('!')) {
        this.tagUri(false, '', start);
      } else {
        // `!foo` is the primary handle `!` with suffix `foo`; a lone `!` is an empty handle and suffix `!`.
        const suffix = this.tagUri(false, handle, start);
        handle = suffix === '' ? '' : '!';
      }
    }
    if (!isBlankZ(this.at())) this.fail(start, 'did not find expected whitespace or line break');
    return { type: T.Tag, start, end: this.mark(), handle };
  }

  private tagHandle(directive: boolean, start: Mark): string {
    if (this.at() !== 0x21) this.tagFail(directive, start, "did not find expected '!'");
    let s = '!';
    this.skip();
    while (isAlpha(this.at())) {
      s += String.fromCharCode(this.at());
      this.skip();
    }
    if (this.at() === 0x21) {
      s += '!';
      this.skip();
    } else if (directive && s !== '!') {
      // A %TAG handle must end with '!' (the primary `!` alone is fine).
      this.tagFail(directive, start, "did not find expected '!'");
    }
    return s;
  }

  /** The URI part of a tag; returns it (with `head` minus its '!' in front). */
  private tagUri(directive: boolean, head: string, start: Mark): string {
    let s = head.length > 1 ? head.slice(1) : '';
    let hasTag = head.length > 0;
    for (;;) {
      const c = this.at();
      if (!(isAlpha(c) || ";/?:@&=+$,.!~*'()[]%".includes(String.fromCharCode(c)))) break;
      if (c === 0x25) this.uriEscapes(directive, start);
      else this.skip();
      s += String.fromCharCode(c);
      hasTag = true;
    }
    if (!hasTag) this.tagFail(directive, start, 'did not find expected tag URI');
    return s;
  }

  private uriEscapes(directive: boolean, start: Mark): void {
    let w = 1024;
    while (w > 0) {
      if (!(this.at() === 0x25 && isHex(this.at(1)) && isHex(this.at(2)))) {
        this.tagFail(directive, start, 'did not find URI escaped octet');
      }
      const octet =
        (parseInt(String.fromCharCode(this.at(1)), 16) << 4) + parseInt(String.fromCharCode(this.at(2)), 16);
      if (w === 1024) {
        w = utf8Width(octet);
        if (w === 0) this.tagFail(directive, start, 'found an incorrect leading UTF-8 octet');
      } else if ((octet & 0xc0) !== 0x80) {
        this.tagFail(directive, start, 'found an incorrect trailing UTF-8 octet');
      }
      this.skip();
      this.skip();
      this.skip();
      w--;
    }
  }

  /** yaml_parser_set_scanner_tag_error: only the context differs between a tag and a %TAG directive. */
  private tagFail(_directive: boolean, start: Mark, problem: string): never {
    this.fail(start, problem);
  }

  private scanBlockScalar(literal: boolean): Token {
    const start = this.mark();
    this.skip();
    let increment = 0;
    const chomp = (): void => {
      if (this.at() === 0x2b || this.at() === 0x2d) this.skip();
    };
    const digit = (): void => {
      if (!isDigit(this.at())) return;
      if (this.at() === 0x30) this.fail(start, 'found an indentation indicator equal to 0');
      increment = this.at() - 0x30;
      this.skip();
    };
    if (this.at() === 0x2b || this.at() === 0x2d) {
      this.skip();
      digit();
    } else if (isDigit(this.at())) {
      digit();
      chomp();
    }
    this.skipBlanks();
    if (this.at() === 0x23) while (!isBreakZ(this.at())) this.skip();
    if (!isBreakZ(this.at())) this.fail(start, 'did not find expected comment or line break');
    if (isBreak(this.at())) this.skipLine();
    let end = this.mark();
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0;
    const breaks = (): void => {
      end = this.mark();
      let maxIndent = 0;
      for (;;) {
        while ((indent === 0 || this.column < indent) && this.at() === 0x20) this.skip();
        if (this.column > maxIndent) maxIndent = this.column;
        if ((indent === 0 || this.column < indent) && this.at() === 0x09) {
          this.fail(start, 'found a tab character where an indentation space is expected');
        }
        if (!isBreak(this.at())) break;
        this.skipLine();
        end = this.mark();
      }
      if (indent === 0) indent = Math.max(maxIndent, this.indent + 1, 1);
    };
    breaks();
    while (this.column === indent && this.at() !== 0) {
      while (!isBreakZ(this.at())) this.skip();
      this.skipLine();
      breaks();
    }
    return { type: T.Scalar, start, end };
  }

  private scanFlowScalar(single: boolean): Token {
    const start = this.mark();
    this.skip();
    const quote = single ? 0x27 : 0x22;
    for (;;) {
      if (this.column === 0 && this.documentIndicator()) {
        this.fail(start, 'found unexpected document indicator');
      }
      if (this.at() === 0) this.fail(start, 'found unexpected end of stream');
      while (!isBlankZ(this.at())) {
        const c = this.at();
        if (single && c === 0x27 && this.at(1) === 0x27) {
          this.skip();
          this.skip();
        } else if (c === quote) {
          break;
        } else if (!single && c === 0x5c && isBreak(this.at(1))) {
          this.skip();
          this.skipLine();
          break;
        } else if (!single && c === 0x5c) {
          const e = String.fromCharCode(this.at(1));
          let codeLength = 0;
          if (e === 'x') codeLength = 2;
          else if (e === 'u') codeLength = 4;
          else if (e === 'U') codeLength = 8;
          else if (!'0abt\tnvfre "\'\\N_LP'.includes(e)) {
            this.fail(start, 'found unknown escape character');
          }
          this.skip();
          this.skip();
          if (codeLength > 0) {
            let value = 0;
            for (let k = 0; k < codeLength; k++) {
              if (!isHex(this.at(k))) this.fail(start, 'did not find expected hexdecimal number');
              value = value * 16 + parseInt(String.fromCharCode(this.at(k)), 16);
            }
            if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
              this.fail(start, 'found invalid Unicode character escape code');
            }
            for (let k = 0; k < codeLength; k++) this.skip();
          }
        } else {
          this.skip();
        }
      }
      if (this.at() === quote) break;
      while (isBlank(this.at()) || isBreak(this.at())) {
        if (isBlank(this.at())) this.skip();
        else this.skipLine();
      }
    }
    this.skip();
    return { type: T.Scalar, start, end: this.mark() };
  }

  private scanPlainScalar(): Token {
    const indent = this.indent + 1;
    const start = this.mark();
    let end = this.mark();
    let leadingBlanks = false;
    for (;;) {
      if (this.column === 0 && this.documentIndicator()) break;
      if (this.at() === 0x23) break;
      while (!isBlankZ(this.at())) {
        const c = this.at();
        if (
          (c === 0x3a && isBlankZ(this.at(1))) ||
          (this.flowLevel > 0 && (c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d))
        ) {
          break;
        }
        leadingBlanks = false;
        this.skip();
        end = this.mark();
      }
      if (!(isBlank(this.at()) || isBreak(this.at()))) break;
      while (isBlank(this.at()) || isBreak(this.at())) {
        if (isBlank(this.at())) {
          if (leadingBlanks && this.column < indent && this.at() === 0x09) {
            this.fail(start, 'found a tab character that violates indentation');
          }
          this.skip();
        } else {
          this.skipLine();
          leadingBlanks = true;
        }
      }
      if (this.flowLevel === 0 && this.column < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
    return { type: T.Scalar, start, end, plain: true };
  }
}
