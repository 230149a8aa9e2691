/** goyaml.v2 emitterc.go, libyaml's emitter: indentation, quoting and folding at 80 columns. */
import type { Node, Style } from './encode.js';

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

function isSpace(c: number | undefined): boolean {
  return c === 0x20;
}
function isBreak(c: number | undefined): boolean {
  return c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
}
function isBlank(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09;
}
/** is_blankz: blank, break, or NUL (a NUL inside the value counts too). */
function isBlankz(c: number | undefined): boolean {
  return isBlank(c) || isBreak(c) || c === 0;
}
/**
 * yamlprivateh.go is_printable on UTF-8 bytes, as code points: LF, printable
 * ASCII, U+00A0..U+D7FF and U+E000..U+FFFD without the BOM. Nothing outside the
 * BMP is "printable", so emoji end up \U-escaped in double quotes.
 */
function isPrintable(c: number): boolean {
  return (
    c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff)
  );
}

function utf8Length(cps: number[]): number {
  let n = 0;
  for (const c of cps) n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  return n;
}

/**
 * Scalars whose analysis is known without walking them: printable ASCII words
 * ([\w./()=+-], not starting with ".", "-" or an indicator) joined by single
 * spaces. analyzeScalar finds no indicator, break, special character or
 * leading/trailing space in them, so plain stays plain in block context, and as
 * keys they are one line of as many bytes as characters. Most map keys and
 * values are such (annotations, labels, images), and the character walk costs
 * far more per character than this pattern.
 */
const SIMPLE_PLAIN = /^[\w/()=+][\w./()=+-]*(?: [\w./()=+-]+)*$/;

/** yaml_emitter_analyze_scalar's verdicts. */
interface ScalarAnalysis {
  multiline: boolean;
  flowPlainAllowed: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

function analyzeScalar(v: number[]): ScalarAnalysis {
  if (v.length === 0) {
    return {
      multiline: false,
      flowPlainAllowed: false,
      blockPlainAllowed: true,
      singleQuotedAllowed: true,
      blockAllowed: false,
    };
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;

  if (
    v.length >= 3 &&
    ((v[0] === 0x2d && v[1] === 0x2d && v[2] === 0x2d) || (v[0] === 0x2e && v[1] === 0x2e && v[2] === 0x2e))
  ) {
    // A leading "---" or "..." would read as a document marker.
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    const followedByWhitespace = i + 1 >= v.length || isBlank(v[i + 1]);
    const ch = String.fromCharCode(c);
    if (i === 0) {
      if (c < 0x80 && '#,[]{}&*!|>\'"%@`'.includes(ch)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (c === 0x3f || c === 0x3a) {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (c === 0x2d && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (c < 0x80 && ',?[]{}'.includes(ch)) {
      flowIndicators = true;
    } else if (c === 0x3a) {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (c === 0x23 && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }

    if (!isPrintable(c)) specialCharacters = true; // emitter.unicode is on: only unprintables count
    if (isSpace(c)) {
      if (i === 0) leadingSpace = true;
      if (i === v.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === v.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankz(c);
  }

  const a: ScalarAnalysis = {
    multiline: lineBreaks,
    flowPlainAllowed: true,
    blockPlainAllowed: true,
    singleQuotedAllowed: true,
    blockAllowed: true,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
  }
  if (spaceBreak || specialCharacters) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
    a.blockAllowed = false;
  }
  if (lineBreaks) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (flowIndicators) a.flowPlainAllowed = false;
  if (blockIndicators) a.blockPlainAllowed = false;
  return a;
}

/**
 * libyaml's emitter as goyaml.v2 drives it (block style, indent 2, width 80,
 * unicode on, "\n" breaks), walking the value instead of an event queue: the
 * queue only serves to look ahead for empty collections and simple keys, which
 * the tree answers directly.
 */
export class Emitter {
  private readonly out: string[] = [];
  private column = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private whitespace = true;
  private indention = true;
  private flowLevel = 0;
  private mappingContext = false;
  private simpleKeyContext = false;

  constructor(
    /**
     * Whether SIMPLE_PLAIN scalars skip the character walk (same output).
     * @default true — false walks every scalar as libyaml does, the reference the tests compare against
     */
    private readonly simplePlain = true,
  ) {}

  output(): string {
    return this.out.join('');
  }

  /** Stream start, implicit document start, the root node, implicit document end. */
  emitDocument(root: Node): void {
    this.emitNode(root, false, false);
    this.writeIndent();
  }

  private emitNode(node: Node, mapping: boolean, simpleKey: boolean): void {
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    switch (node.kind) {
      case 'scalar':
        this.emitScalar(node.value, node.style);
        return;
      case 'seq':
        if (this.flowLevel > 0 || node.items.length === 0) this.emitEmptyFlow('[', ']');
        else this.emitBlockSequence(node.items);
        return;
      case 'map':
        if (this.flowLevel > 0 || node.pairs.length === 0) this.emitEmptyFlow('{', '}');
        else this.emitBlockMapping(node.pairs);
        return;
    }
  }

  /** yaml_emitter_emit_flow_{sequence_item,mapping_key} for a collection with no items. */
  private emitEmptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.flowLevel++;
    this.flowLevel--;
    this.popIndent();
    this.writeIndicator(close, false, false, false);
  }

  private emitBlockSequence(items: Node[]): void {
    // A sequence that is a mapping value is not indented ("key:\n- item").
    this.increaseIndent(false, this.mappingContext && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.emitNode(item, false, false);
    }
    this.popIndent();
  }

  private emitBlockMapping(pairs: [Node, Node][]): void {
    this.increaseIndent(false, false);
    for (const [key, value] of pairs) {
      this.writeIndent();
      if (this.checkSimpleKey(key)) {
        this.emitNode(key, true, true);
        this.writeIndicator(':', false, false, false);
      } else {
        // A multi-line or over-long key is written "? key\n: value".
        this.writeIndicator('?', true, false, true);
        this.emitNode(key, true, false);
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.emitNode(value, true, false);
    }
    this.popIndent();
  }

  /** yaml_emitter_check_simple_key: one line and at most 128 bytes. */
  private checkSimpleKey(node: Node): boolean {
    if (node.kind === 'seq') return node.items.length === 0;
    if (node.kind === 'map') return node.pairs.length === 0;
    if (this.simplePlain && SIMPLE_PLAIN.test(node.value)) return node.value.length <= 128;
    const v = Array.from(node.value, (c) => c.codePointAt(0)!);
    if (analyzeScalar(v).multiline) return false;
    return utf8Length(v) <= 128;
  }

  private emitScalar(value: string, requested: Style): void {
    if (this.simplePlain && requested === 'plain' && SIMPLE_PLAIN.test(value)) {
      this.increaseIndent(true, false);
      this.writeSimplePlainScalar(value, !this.simpleKeyContext);
      this.popIndent();
      return;
    }
    const v = Array.from(value, (c) => c.codePointAt(0)!);
    const style = this.selectScalarStyle(v, requested);
    this.increaseIndent(true, false);
    const allowBreaks = !this.simpleKeyContext;
    switch (style) {
      case 'plain':
        this.writePlainScalar(v, allowBreaks);
        break;
      case 'single':
        this.writeSingleQuotedScalar(v, allowBreaks);
        break;
      case 'double':
        this.writeDoubleQuotedScalar(v, allowBreaks);
        break;
      case 'literal':
        this.writeLiteralScalar(v);
        break;
    }
    this.popIndent();
  }

  /** yaml_emitter_select_scalar_style (no tags, no canonical mode). */
  private selectScalarStyle(v: number[], requested: Style): Style {
    const a = analyzeScalar(v);
    let style = requested;
    if (this.simpleKeyContext && a.multiline) style = 'double';
    if (style === 'plain') {
      if ((this.flowLevel > 0 && !a.flowPlainAllowed) || (this.flowLevel === 0 && !a.blockPlainAllowed)) {
        style = 'single';
      }
      if (v.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = 'single';
    }
    if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
    if (style === 'literal' && (!a.blockAllowed || this.flowLevel > 0 || this.simpleKeyContext)) {
      style = 'double';
    }
    return style;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  private put(ch: string): void {
    this.out.push(ch);
    this.column++;
  }

  private putBreak(): void {
    this.out.push('\n');
    this.column = 0;
  }

  private write(c: number): void {
    this.out.push(String.fromCodePoint(c));
    this.column++;
  }

  /** write_break: "\n" as the configured break; other breaks (NEL, LS, PS, CR) copied as they are. */
  private writeBreak(c: number): void {
    if (c === 0x0a) {
      this.putBreak();
    } else {
      this.write(c);
      this.column = 0;
    }
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.putBreak();
    }
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const ch of indicator) this.put(ch);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /**
   * A SIMPLE_PLAIN scalar: written in one piece when it cannot fold, that is
   * when it has no space or when even its last space stays within column 80 (a
   * space at index i is written at column + i); else character by character.
   */
  private writeSimplePlainScalar(value: string, allowBreaks: boolean): void {
    if (allowBreaks && this.column + 1 + value.length > BEST_WIDTH + 1 && value.includes(' ')) {
      this.writePlainScalar(
        Array.from(value, (c) => c.codePointAt(0)!),
        allowBreaks,
      );
      return;
    }
    if (!this.whitespace) this.put(' ');
    this.out.push(value);
    this.column += value.length;
    this.whitespace = false;
    this.indention = false;
  }

  /** Long plain scalars fold at a single space once past column 80. */
  private writePlainScalar(v: number[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && !isSpace(v[i + 1])) {
          this.writeIndent();
        } else {
          this.write(c);
        }
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.write(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingleQuotedScalar(v: number[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < v.length - 1 && !isSpace(v[i + 1])) {
          this.writeIndent();
        } else {
          this.write(c);
        }
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (c === 0x27) this.put("'");
        this.write(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuotedScalar(v: number[], allowBreaks: boolean): void {
    // is_bom looks at the start of the value, not at i: a value that starts with a
    // BOM has every character escaped (a libyaml quirk kept by goyaml.v2).
    const startsWithBom = v[0] === 0xfeff;
    let spaces = false;
    this.writeIndicator('"', true, false, false);
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (!isPrintable(c) || startsWithBom || isBreak(c) || c === 0x22 || c === 0x5c) {
        this.put('\\');
        const short = DOUBLE_QUOTED_ESCAPES.get(c);
        if (short !== undefined) {
          this.put(short);
        } else {
          const [letter, width] = c <= 0xff ? ['x', 2] : c <= 0xffff ? ['u', 4] : ['U', 8];
          this.put(letter);
          for (const d of c.toString(16).toUpperCase().padStart(width, '0')) this.put(d);
        }
        spaces = false;
      } else if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < v.length - 1) {
          this.writeIndent();
          // A space at the start of a continuation line would be folded away: escape it.
          if (isSpace(v[i + 1])) this.put('\\');
        } else {
          this.write(c);
        }
        spaces = true;
      } else {
        this.write(c);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /** yaml_emitter_write_block_scalar_hints: indentation hint and chomping indicator. */
  private writeBlockScalarHints(v: number[]): void {
    if (isSpace(v[0]) || isBreak(v[0])) {
      this.writeIndicator(String(BEST_INDENT), false, false, false);
    }
    let chomp = '';
    if (v.length === 0 || !isBreak(v[v.length - 1])) chomp = '-';
    else if (v.length === 1 || isBreak(v[v.length - 2])) chomp = '+';
    if (chomp !== '') this.writeIndicator(chomp, false, false, false);
  }

  private writeLiteralScalar(v: number[]): void {
    this.writeIndicator('|', true, false, false);
    this.writeBlockScalarHints(v);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of v) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.write(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

/** The short escapes yaml_emitter_write_double_quoted_scalar uses. */
const DOUBLE_QUOTED_ESCAPES = new Map<number, string>([
  [0x00, '0'],
  [0x07, 'a'],
  [0x08, 'b'],
  [0x09, 't'],
  [0x0a, 'n'],
  [0x0b, 'v'],
  [0x0c, 'f'],
  [0x0d, 'r'],
  [0x1b, 'e'],
  [0x22, '"'],
  [0x5c, '\\'],
  [0x85, 'N'],
  [0xa0, '_'],
  [0x2028, 'L'],
  [0x2029, 'P'],
]);
