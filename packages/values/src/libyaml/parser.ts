/**
 * libyaml's parser as yaml.v2 v2.4.0 ports it (parserc.go), reduced to the
 * state machine that finds errors: it pulls tokens from the scanner port and
 * walks the same states, producing only the kind of each event.
 *
 * yaml.v2's Unmarshal reads the stream start, the first document's start, its
 * node and its end, and never asks for more: an error further on (a second
 * document) is never seen. checkFirstDocument stops at the same place.
 */
import { LibyamlError, Scanner, T, type Mark, type Token } from './scanner.js';

const enum S {
  StreamStart,
  ImplicitDocumentStart,
  DocumentStart,
  DocumentContent,
  DocumentEnd,
  BlockNode,
  BlockNodeOrIndentlessSequence,
  FlowNode,
  BlockSequenceFirstEntry,
  BlockSequenceEntry,
  IndentlessSequenceEntry,
  BlockMappingFirstKey,
  BlockMappingKey,
  BlockMappingValue,
  FlowSequenceFirstEntry,
  FlowSequenceEntry,
  FlowSequenceEntryMappingKey,
  FlowSequenceEntryMappingValue,
  FlowSequenceEntryMappingEnd,
  FlowMappingFirstKey,
  FlowMappingKey,
  FlowMappingValue,
  FlowMappingEmptyValue,
  End,
}

/** The events the decoder cares about here: where the first document ends. */
const enum E {
  StreamStart,
  StreamEnd,
  DocumentStart,
  DocumentEnd,
  Other,
}

class Parser {
  private state = S.StreamStart;
  private readonly states: S[] = [];
  private readonly marks: Mark[] = [];
  private tagDirectives: string[] = [];
  private readonly scanner: Scanner;
  /**
   * The anchors of the document so far. yaml.v2's decoder builds its nodes as the events
   * arrive (decode.go: an anchored node is registered at its first event, an alias looked
   * up at its own), so an alias to an anchor not yet defined fails right there, before
   * any error the parser or scanner would meet further on.
   */
  private readonly anchors = new Set<string>();
  /** Where the first document's node ends: the start of the token the parser looks at after it. */
  documentEnd: number | undefined;

  constructor(private readonly text: string) {
    this.scanner = new Scanner(text);
  }

  /** The name an anchor or alias token holds (after its `&` or `*`). */
  private anchorName(token: Token): string {
    return this.text.slice(token.start.offset + 1, token.end.offset);
  }

  private peek(): Token {
    return this.scanner.peek();
  }

  private skip(): void {
    this.scanner.next();
  }

  private pop(): void {
    this.state = this.states.pop()!;
  }

  private fail(problem: string, problemMark: Mark, context?: Mark): never {
    throw new LibyamlError('parser', problem, problemMark, context);
  }

  /** yaml_parser_parse: the next event's kind. */
  parse(): E {
    switch (this.state) {
      case S.StreamStart: {
        const token = this.peek();
        if (token.type !== T.StreamStart) this.fail('did not find expected <stream-start>', token.start);
        this.state = S.ImplicitDocumentStart;
        this.skip();
        return E.StreamStart;
      }
      case S.ImplicitDocumentStart:
        return this.documentStart(true);
      case S.DocumentStart:
        return this.documentStart(false);
      case S.DocumentContent: {
        const t = this.peek().type;
        if (
          t === T.VersionDirective ||
          t === T.TagDirective ||
          t === T.DocumentStart ||
          t === T.DocumentEnd ||
          t === T.StreamEnd
        ) {
          this.pop();
          return E.Other;
        }
        return this.node(true, false);
      }
      case S.DocumentEnd: {
        const token = this.peek();
        this.documentEnd ??= token.start.offset;
        if (token.type === T.DocumentEnd) this.skip();
        this.tagDirectives = [];
        this.state = S.DocumentStart;
        return E.DocumentEnd;
      }
      case S.BlockNode:
        return this.node(true, false);
      case S.BlockNodeOrIndentlessSequence:
        return this.node(true, true);
      case S.FlowNode:
        return this.node(false, false);
      case S.BlockSequenceFirstEntry:
        return this.blockSequenceEntry(true);
      case S.BlockSequenceEntry:
        return this.blockSequenceEntry(false);
      case S.IndentlessSequenceEntry:
        return this.indentlessSequenceEntry();
      case S.BlockMappingFirstKey:
        return this.blockMappingKey(true);
      case S.BlockMappingKey:
        return this.blockMappingKey(false);
      case S.BlockMappingValue:
        return this.blockMappingValue();
      case S.FlowSequenceFirstEntry:
        return this.flowSequenceEntry(true);
      case S.FlowSequenceEntry:
        return this.flowSequenceEntry(false);
      case S.FlowSequenceEntryMappingKey:
        return this.flowSequenceEntryMappingKey();
      case S.FlowSequenceEntryMappingValue:
        return this.flowSequenceEntryMappingValue();
      case S.FlowSequenceEntryMappingEnd:
        this.peek();
        this.state = S.FlowSequenceEntry;
        return E.Other;
      case S.FlowMappingFirstKey:
        return this.flowMappingKey(true);
      case S.FlowMappingKey:
        return this.flowMappingKey(false);
      case S.FlowMappingValue:
        return this.flowMappingValue(false);
      case S.FlowMappingEmptyValue:
        return this.flowMappingValue(true);
      case S.End:
        return E.StreamEnd;
    }
  }

  private documentStart(implicit: boolean): E {
    let token = this.peek();
    if (!implicit) {
      while (token.type === T.DocumentEnd) {
        this.skip();
        token = this.peek();
      }
    }
    if (
      implicit &&
      token.type !== T.VersionDirective &&
      token.type !== T.TagDirective &&
      token.type !== T.DocumentStart &&
      token.type !== T.StreamEnd
    ) {
      this.processDirectives();
      this.states.push(S.DocumentEnd);
      this.state = S.BlockNode;
      return E.DocumentStart;
    }
    if (token.type !== T.StreamEnd) {
      this.processDirectives();
      token = this.peek();
      if (token.type !== T.DocumentStart) this.fail('did not find expected <document start>', token.start);
      this.states.push(S.DocumentEnd);
      this.state = S.DocumentContent;
      this.skip();
      return E.DocumentStart;
    }
    this.state = S.End;
    this.skip();
    return E.StreamEnd;
  }

  private processDirectives(): void {
    let version = false;
    const handles: string[] = [];
    let token = this.peek();
    while (token.type === T.VersionDirective || token.type === T.TagDirective) {
      if (token.type === T.VersionDirective) {
        if (version) this.fail('found duplicate %YAML directive', token.start);
        if (token.major !== 1 || token.minor !== 1) this.fail('found incompatible YAML document', token.start);
        version = true;
      } else {
        if (this.tagDirectives.includes(token.handle!)) this.fail('found duplicate %TAG directive', token.start);
        this.tagDirectives.push(token.handle!);
        handles.push(token.handle!);
      }
      this.skip();
      token = this.peek();
    }
    for (const h of ['!', '!!']) if (!this.tagDirectives.includes(h)) this.tagDirectives.push(h);
  }

  private node(block: boolean, indentlessSequence: boolean): E {
    let token = this.peek();
    if (token.type === T.Alias) {
      const name = this.anchorName(token);
      if (!this.anchors.has(name))
        throw new LibyamlError('decoder', `unknown anchor '${name}' referenced`, token.start, undefined);
      this.pop();
      this.skip();
      return E.Other;
    }
    const start = token.start;
    let tagMark: Mark | undefined;
    let handle: string | undefined;
    let anchor = false;
    if (token.type === T.Anchor) {
      anchor = true;
      this.anchors.add(this.anchorName(token));
      this.skip();
      token = this.peek();
      if (token.type === T.Tag) {
        handle = token.handle;
        tagMark = token.start;
        this.skip();
        token = this.peek();
      }
    } else if (token.type === T.Tag) {
      handle = token.handle;
      tagMark = token.start;
      this.skip();
      token = this.peek();
      if (token.type === T.Anchor) {
        anchor = true;
        this.anchors.add(this.anchorName(token));
        this.skip();
        token = this.peek();
      }
    }
    if (handle !== undefined && handle !== '' && !this.tagDirectives.includes(handle)) {
      this.fail('found undefined tag handle', tagMark!, start);
    }
    const tagged = handle !== undefined;
    if (indentlessSequence && token.type === T.BlockEntry) {
      this.state = S.IndentlessSequenceEntry;
      return E.Other;
    }
    switch (token.type) {
      case T.Scalar:
        this.pop();
        this.skip();
        return E.Other;
      case T.FlowSequenceStart:
        this.state = S.FlowSequenceFirstEntry;
        return E.Other;
      case T.FlowMappingStart:
        this.state = S.FlowMappingFirstKey;
        return E.Other;
      case T.BlockSequenceStart:
        if (!block) break;
        this.state = S.BlockSequenceFirstEntry;
        return E.Other;
      case T.BlockMappingStart:
        if (!block) break;
        this.state = S.BlockMappingFirstKey;
        return E.Other;
    }
    if (anchor || tagged) {
      // An anchor or tag alone is an empty scalar.
      this.pop();
      return E.Other;
    }
    this.fail('did not find expected node content', token.start, start);
  }

  private blockSequenceEntry(first: boolean): E {
    if (first) {
      this.marks.push(this.peek().start);
      this.skip();
    }
    let token = this.peek();
    if (token.type === T.BlockEntry) {
      this.skip();
      token = this.peek();
      if (token.type !== T.BlockEntry && token.type !== T.BlockEnd) {
        this.states.push(S.BlockSequenceEntry);
        return this.node(true, false);
      }
      this.state = S.BlockSequenceEntry;
      return E.Other;
    }
    if (token.type === T.BlockEnd) {
      this.pop();
      this.marks.pop();
      this.skip();
      return E.Other;
    }
    this.fail("did not find expected '-' indicator", token.start, this.marks.pop());
  }

  private indentlessSequenceEntry(): E {
    let token = this.peek();
    if (token.type === T.BlockEntry) {
      this.skip();
      token = this.peek();
      if (token.type !== T.BlockEntry && token.type !== T.Key && token.type !== T.Value && token.type !== T.BlockEnd) {
        this.states.push(S.IndentlessSequenceEntry);
        return this.node(true, false);
      }
      this.state = S.IndentlessSequenceEntry;
      return E.Other;
    }
    this.pop();
    return E.Other;
  }

  private blockMappingKey(first: boolean): E {
    if (first) {
      this.marks.push(this.peek().start);
      this.skip();
    }
    let token = this.peek();
    if (token.type === T.Key) {
      this.skip();
      token = this.peek();
      if (token.type !== T.Key && token.type !== T.Value && token.type !== T.BlockEnd) {
        this.states.push(S.BlockMappingValue);
        return this.node(true, true);
      }
      this.state = S.BlockMappingValue;
      return E.Other;
    }
    if (token.type === T.BlockEnd) {
      this.pop();
      this.marks.pop();
      this.skip();
      return E.Other;
    }
    this.fail('did not find expected key', token.start, this.marks.pop());
  }

  private blockMappingValue(): E {
    let token = this.peek();
    if (token.type === T.Value) {
      this.skip();
      token = this.peek();
      if (token.type !== T.Key && token.type !== T.Value && token.type !== T.BlockEnd) {
        this.states.push(S.BlockMappingKey);
        return this.node(true, true);
      }
    }
    this.state = S.BlockMappingKey;
    return E.Other;
  }

  private flowSequenceEntry(first: boolean): E {
    if (first) {
      this.marks.push(this.peek().start);
      this.skip();
    }
    let token = this.peek();
    if (token.type !== T.FlowSequenceEnd) {
      if (!first) {
        if (token.type !== T.FlowEntry) this.fail("did not find expected ',' or ']'", token.start, this.marks.pop());
        this.skip();
        token = this.peek();
      }
      if (token.type === T.Key) {
        this.state = S.FlowSequenceEntryMappingKey;
        this.skip();
        return E.Other;
      }
      if (token.type !== T.FlowSequenceEnd) {
        this.states.push(S.FlowSequenceEntry);
        return this.node(false, false);
      }
    }
    this.pop();
    this.marks.pop();
    this.skip();
    return E.Other;
  }

  private flowSequenceEntryMappingKey(): E {
    const token = this.peek();
    if (token.type !== T.Value && token.type !== T.FlowEntry && token.type !== T.FlowSequenceEnd) {
      this.states.push(S.FlowSequenceEntryMappingValue);
      return this.node(false, false);
    }
    // yaml.v2 skips the token here whatever it is (parserc.go), a quirk kept.
    this.skip();
    this.state = S.FlowSequenceEntryMappingValue;
    return E.Other;
  }

  private flowSequenceEntryMappingValue(): E {
    const token = this.peek();
    if (token.type === T.Value) {
      this.skip();
      const next = this.peek();
      if (next.type !== T.FlowEntry && next.type !== T.FlowSequenceEnd) {
        this.states.push(S.FlowSequenceEntryMappingEnd);
        return this.node(false, false);
      }
    }
    this.state = S.FlowSequenceEntryMappingEnd;
    return E.Other;
  }

  private flowMappingKey(first: boolean): E {
    if (first) {
      this.marks.push(this.peek().start);
      this.skip();
    }
    let token = this.peek();
    if (token.type !== T.FlowMappingEnd) {
      if (!first) {
        if (token.type !== T.FlowEntry) this.fail("did not find expected ',' or '}'", token.start, this.marks.pop());
        this.skip();
        token = this.peek();
      }
      if (token.type === T.Key) {
        this.skip();
        token = this.peek();
        if (token.type !== T.Value && token.type !== T.FlowEntry && token.type !== T.FlowMappingEnd) {
          this.states.push(S.FlowMappingValue);
          return this.node(false, false);
        }
        this.state = S.FlowMappingValue;
        return E.Other;
      }
      if (token.type !== T.FlowMappingEnd) {
        this.states.push(S.FlowMappingEmptyValue);
        return this.node(false, false);
      }
    }
    this.pop();
    this.marks.pop();
    this.skip();
    return E.Other;
  }

  private flowMappingValue(empty: boolean): E {
    let token = this.peek();
    if (empty) {
      this.state = S.FlowMappingKey;
      return E.Other;
    }
    if (token.type === T.Value) {
      this.skip();
      token = this.peek();
      if (token.type !== T.FlowEntry && token.type !== T.FlowMappingEnd) {
        this.states.push(S.FlowMappingKey);
        return this.node(false, false);
      }
    }
    this.state = S.FlowMappingKey;
    return E.Other;
  }
}

/**
 * The first error yaml.v2's Unmarshal meets in `text`, or undefined when the
 * first document (all yaml.v2 reads) is well-formed YAML to libyaml.
 */
export function checkFirstDocument(text: string): LibyamlError | undefined {
  return readFirstDocument(text).error;
}

/**
 * How far into `text` the first document's node goes (the offset of what follows it), when
 * that document is well-formed to libyaml; else undefined. yaml.v2 never reads past it: a
 * scalar at the root followed by a line the `yaml` package calls an error is, to Helm, just
 * that scalar.
 */
export function firstDocumentEnd(text: string): number | undefined {
  const r = readFirstDocument(text);
  return r.error === undefined ? r.end : undefined;
}

function readFirstDocument(text: string): { error?: LibyamlError; end?: number } {
  const p = new Parser(text);
  try {
    let e = p.parse(); // stream start
    e = p.parse();
    if (e !== E.DocumentStart) return {}; // an empty stream
    while (p.parse() !== E.DocumentEnd);
    return { end: p.documentEnd };
  } catch (err) {
    if (err instanceof LibyamlError) return { error: err };
    throw err;
  }
}

export { LibyamlError };
