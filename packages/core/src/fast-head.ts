/**
 * A fast path for reading a rendered document's head. Helm unmarshals every
 * document in full (to read kind, name and annotations, and to reject invalid
 * YAML); a general YAML parser costs milliseconds per render, most of the time
 * `render()` would otherwise take.
 *
 * This scanner accepts only the plain subset of YAML that chart templates
 * produce — block mappings and sequences indented with spaces, simple keys,
 * plain/quoted/block scalars, `{}`/`[]`, comments — and checks its structure as
 * it goes. Whenever it meets anything else, or anything it is not certain is
 * valid, it answers `undefined` and the caller parses the document in full.
 * It must never accept a document yaml.v2 would reject.
 *
 * It runs on every document of every render, and in a one-shot CLI, where the
 * code is interpreted (or baseline-compiled) and every operation is a call into
 * the engine: the lines of the common shapes are checked in runs, one sticky
 * regex test for a run of sibling lines or sequence items, so that the
 * bookkeeping in JavaScript (indentation, open collections, head fields) is done
 * once per run rather than once per line; and the regexes are kept small (V8
 * compiles each on first use, in every process).
 */
import type { ManifestHead } from './manifest-head.js';

/** Where a collection sits, as far as the head fields go. */
const enum Place {
  Root,
  Metadata,
  Annotations,
  Other,
}

/** May `ch` start a plain scalar without further YAML rules? (indicators and white space may not) */
function plainFirst(ch: number): boolean {
  switch (ch) {
    case 45:
    case 63:
    case 58:
    case 44:
    case 91:
    case 93:
    case 123:
    case 125:
    case 35:
    case 38:
    case 42:
    case 33:
    case 124:
    case 62:
    case 39:
    case 34:
    case 37:
    case 64:
    case 96:
    case 32:
    case 9:
    case 10:
    case 13:
    case 12:
    case 11:
    case 0x85:
    case 0xa0:
    case 0x2028:
    case 0x2029:
    case 0xfeff:
      return false;
  }
  return true;
}

const yaml11Words = new Set(
  'y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL ~'.split(' '),
);

/**
 * Plain scalars yaml.v2 may read as a number (resolve.go: a sign, digit or dot
 * first, then an int, uint or float form, `_` anywhere), which sigs.k8s.io/yaml
 * then prints its own way (`1.0` is "1", `0x10` "16"). A superset: the full parser decides these.
 */
const numberLike = /^[-+]?(?:0[xX][0-9a-fA-F_]*|0[oO][0-7_]*|0[bB][01_]*|[0-9_]*\.?[0-9_]*(?:[eE][-+]?[0-9_]*)?)$/;

/** Is the plain scalar `v` a string for yaml.v2, so that its text is what Helm reads? */
function plainString(v: string): boolean {
  const c = v.charCodeAt(0);
  // Only a sign, a digit or a dot starts a number (resolve.go's hints); the words start otherwise.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return !numberLike.test(v);
  return !(v.length <= 5 && yaml11Words.has(v));
}

/**
 * Plain keys sigs.k8s.io/yaml cannot turn into JSON keys: nil (`null: x`) and
 * integers past int64 (yaml.v2 makes them uint64). The full parser reports them.
 */
function unjsonableKey(k: string): boolean {
  return k === 'null' || k === 'Null' || k === 'NULL' || k === '~' || (k.length >= 19 && /^[-+]?[0-9_]+$/.test(k));
}

/** Plain `.inf`/`.nan`: yaml.v2 floats that json.Marshal refuses. The full parser reports them. */
function unjsonableValue(v: string): boolean {
  return v.length <= 5 && /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(v);
}

/** `[A-Za-z0-9_][A-Za-z0-9_./-]*` */
function isSimpleKey(k: string): boolean {
  if (k.length === 0) return false;
  for (let i = 0; i < k.length; i++) {
    const ch = k.charCodeAt(i);
    const alnum = (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95;
    if (!alnum && (i === 0 || (ch !== 46 && ch !== 47 && ch !== 45))) return false;
  }
  return true;
}
/**
 * An escape in a double-quoted scalar other than libyaml's one-character ones: an unknown
 * one is an error, and `\x`, `\u`, `\U` need their hex digits checked (and the code point:
 * libyaml refuses surrogates and values past U+10FFFF), which only the full parser does.
 */
const dqEscapes = /\\[^0abt\tnvfre "/\\N_LP]/;

/** Decodes a double-quoted scalar's body, or undefined if it uses escapes we don't decode here. */
function doubleQuoted(body: string): string | undefined {
  if (!body.includes('\\')) return body;
  if (dqEscapes.test(body) || /\\[0abvfeN_LPxU]/.test(body)) return undefined;
  try {
    return JSON.parse(`"${body.replace(/\t/g, '\\t')}"`) as string;
  } catch {
    return undefined;
  }
}

type Scalar = { readonly text: string | undefined; readonly block: boolean } | undefined;

/** The index of the quote that closes the double-quoted scalar `v` starts, or -1: the first one no backslash escapes. */
function closingQuote(v: string): number {
  // Native searches for the quotes (a JSON text printed quoted is tens of kilobytes on one line).
  for (let i = v.indexOf('"', 1); i >= 0; i = v.indexOf('"', i + 1)) {
    let b = i - 1;
    while (v.charCodeAt(b) === 92 /* \ */) b--;
    if ((i - 1 - b) % 2 === 0) return i;
  }
  return -1;
}

/**
 * Classifies the value part of a line (after `key:` or `- `). Returns undefined
 * when the value is outside the subset; `text` is its string form for head
 * fields (undefined when not needed or not simple), `block` when a block scalar starts.
 */
function scalar(v: string, wantText: boolean): Scalar {
  if (v === '') return { text: '', block: false };
  const c = v[0];
  if (c === '"') {
    // The closing quote is the first unescaped one; after it only a comment may follow.
    const i = closingQuote(v);
    if (i < 0) return undefined;
    const rest = v.slice(i + 1);
    if (rest !== '' && !/^\s+(#.*)?$/.test(rest)) return undefined;
    const body = v.slice(1, i);
    if (dqEscapes.test(body)) return undefined;
    // Decoded only for a head field.
    return { text: wantText ? doubleQuoted(body) : undefined, block: false };
  }
  if (c === "'") {
    const m = /^'((?:[^']|'')*)'(\s+#.*|\s*)$/.exec(v);
    if (!m) return undefined;
    return { text: m[1].replaceAll("''", "'"), block: false };
  }
  if (c === '|' || c === '>') {
    if (!/^[|>][-+]?[1-9]?(\s+#.*)?\s*$/.test(v) && !/^[|>][1-9][-+]?(\s+#.*)?\s*$/.test(v)) return undefined;
    return { text: undefined, block: true };
  }
  // (A long one may hold a key past libyaml's limit.)
  if (c === '[' || c === '{')
    return v.length <= maxKeyLength && flowCollection(v) ? { text: undefined, block: false } : undefined;
  // A plain scalar may start with '-' when a non-space follows ("-c", "-1").
  if (!plainFirst(v.charCodeAt(0)) && !(c === '-' && v.length > 1 && v[1] !== ' ' && v[1] !== '-' && v[1] !== '\t'))
    return undefined;
  // `: ` or ` #` inside, or a trailing `:`, would change the structure; tabs are not worth the risk.
  let end = v.length;
  for (let i = 0; i < v.length; i++) {
    const ch = v.charCodeAt(i);
    if (ch === 9) return undefined;
    if (ch === 58 /* : */ && (i + 1 === v.length || v.charCodeAt(i + 1) === 32)) return undefined;
    if (ch === 32 && v.charCodeAt(i + 1) === 35 /* # */) return undefined;
  }
  while (end > 0 && v.charCodeAt(end - 1) === 32) end--;
  const text = end === v.length ? v : v.slice(0, end);
  if (unjsonableValue(text)) return undefined;
  // YAML 1.1 would read these as bools, null or numbers; head fields need their string form, so let the full parser decide.
  return { text: plainString(text) ? text : undefined, block: false };
}

/**
 * Characters no line here may hold, for the regex classes below: those libyaml's
 * reader refuses (readerc.go: C0 controls but tab, LF and CR, DEL, C1 controls
 * but NEL, U+FFFE, U+FFFF), on which helm fails, and the line breaks libyaml
 * reads besides LF (CR, NEL, LS, PS), which the full parser handles. Every
 * character of a document the scan accepts is matched by one of these classes,
 * a space or a line feed, so no separate scan of the text looks for them.
 */
const control = String.raw`\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff`;

/**
 * A value of the common line shapes (see commonRun): one that `scalar` reads
 * the same way without further rules: a plain scalar that starts with no
 * indicator and has no tab, `: `, ` #` or other white space than single spaces
 * inside, a double-quoted scalar whose only escapes are `\"` and `\\`, a
 * single-quoted one without `''`, `{}`, `[]`, or a one-line flow sequence of such
 * double-quoted scalars without escapes (not a block scalar header: its lines
 * need the general code). Values JSON cannot take (unjsonableValue) do not match.
 */
const inlineValue = String.raw`(?:(?!(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)) *(?![^\n]))(?:[^\s\-?:,[\]{}#&*!|>'"%@\x60${control}]|-(?=[^\s-]))[^\s:${control}]*(?:(?::(?=\S)| +(?=[^\s#]))[^\s:${control}]*)*|"[^"\\\n${control}]*(?:\\["\\][^"\\\n${control}]*)*"|'[^'\n${control}]*'|\{\}|\[(?:"[^"\\\n${control}]*"(?:, ?"[^"\\\n${control}]*")*)?\])`;
/**
 * `key: value` with its line break, or `key:` (its value on the following lines)
 * up to its colon. The key is simple or double-quoted without escapes; keys JSON
 * cannot take (unjsonableKey) do not match, nor does a key of digits only (a
 * superset of the keys past int64), so a line matched outside the head fields
 * needs no further check.
 */
const keyLine = String.raw`(?:(?![0-9_]*:|[nN]ull:|NULL:)[A-Za-z0-9_][A-Za-z0-9_./-]*|"[^"\\\n${control}]*"):(?: +${inlineValue} *(?:\n|$)|(?= *(?![^\n])))`;
/**
 * The common line shapes, as runs of lines tested at once at a line's start
 * (`\1` is its indentation), without a match array or substrings: a line costs
 * no loop over its characters, and the scan's bookkeeping is done once per run
 * rather than once per line. Lines of other shapes go through the general
 * per-line code below. A run is either sequence items at that indentation
 * (`- value`, or `- key: value` then the `key: value` lines of that item's
 * mapping, at the column after the dash), or `key: value` lines at that
 * indentation. (Blank lines end a run, rare enough that trying them at the end
 * of every run, where the next line is tried, costs more.) A `key:` whose value is on
 * the following lines ends a run, at its colon. A run's last character tells
 * the caller where it ended: a line break (in a sequence, after a mapping
 * item), a colon, or neither: a scalar item, whose match ends before its line
 * break, or the text's end.
 * A line that starts no run matches the empty string. (Its loops are `*`, not
 * `+`: V8 compiles the body of a `+` twice, and this regex is compiled in every
 * CLI process. Keys are not bounded here, which would cost every character a
 * count: a run longer than maxKeyLength has its lines' lengths checked.)
 */
const commonRun = new RegExp(
  String.raw`(?=( *))(?:(?=\1- )(?:\n?\1- (?:${keyLine}(?:\1  ${keyLine})*|${inlineValue} *(?![^\n])))*|(?:\1${keyLine})*)`,
  'y',
);
/**
 * libyaml's limit on an implicit key (yaml.v2 scannerc.go: a simple key whose
 * `:` is more than 1024 characters after its start is stale, and the `:` an error).
 */
const maxKeyLength = 1024;
/** The rest of a line (a comment, block scalar content, a general line) without a character libyaml refuses, and its line break. */
const printableRest = new RegExp(String.raw`[^\n${control}]*(?:\n|$)`, 'y');
/** The string form of a value `commonRun` matched, or undefined when the full parser must say (YAML 1.1 words, numbers, `{}`, `[]`). */
function inlineText(v: string): string | undefined {
  const c = v.charCodeAt(0);
  if (c === 34 /* " */) return doubleQuoted(v.slice(1, -1));
  if (c === 39 /* ' */) return v.slice(1, -1);
  if (c === 123 /* { */ || c === 91 /* [ */) return undefined;
  return plainString(v) ? v : undefined;
}

interface Head {
  apiVersion: string;
  kind: string;
  name: string;
  annotations: Map<string, string> | undefined;
  /** `metadata` (1) and `annotations` (2) seen: a second one goes to the full parser. */
  seen: number;
}

/** The start of the first line in text[start, end) longer than maxKeyLength (its key might be), or -1. */
function longLine(text: string, start: number, end: number): number {
  for (let a = start; a < end;) {
    const b = text.indexOf('\n', a);
    if ((b < 0 || b > end ? end : b) - a > maxKeyLength) return a;
    if (b < 0) break;
    a = b + 1;
  }
  return -1;
}

/** `headEntry`'s answer when the document must go to the full parser. */
const fullParse = -1;

// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
const nonAscii = /[^\x00-\x7f]/;

/**
 * A key encoding/json would decode into a SimpleHead field although it is not
 * spelled as the field: it matches field names case-insensitively (and K, ſ as
 * k, s), as does sigs.k8s.io/yaml when it picks the field's type. Only the
 * exact spellings are read here.
 */
function foldedField(key: string, plainKey: boolean): boolean {
  const n = key.length;
  if (n === 4 || n === 8 || n === 10 || n === 11) {
    const k = key.toLowerCase();
    if (k === 'kind' || k === 'name' || k === 'metadata' || k === 'apiversion' || k === 'annotations') return true;
  }
  // Plain keys here are ASCII; a quoted one may hold the Kelvin sign or the long s.
  return !plainKey && nonAscii.test(key);
}

/** Does `headEntry` read the value of `key` at `place` (a head place)? For other keys only the key's spelling matters. */
function headValue(place: Place, key: string): boolean {
  if (place === Place.Root) return key === 'apiVersion' || key === 'kind' || key === 'metadata';
  return place !== Place.Metadata || key === 'name' || key === 'annotations';
}

/**
 * A line of a head place that `commonRun` matched, read into `head` by
 * headEntry: its key starts at `k`, its value (unless `nested`, a key whose value
 * is on the following lines) ends at `lineEnd`, trailing spaces aside.
 */
function headLine(
  head: Head,
  place: Place,
  text: string,
  k: number,
  lineEnd: number,
  nested: boolean,
): Place | typeof fullParse {
  const quoted = text.charCodeAt(k) === 34; /* " */
  const colon = quoted ? text.indexOf('"', k + 1) + 1 : text.indexOf(':', k);
  const key = quoted ? text.slice(k + 1, colon - 1) : text.slice(k, colon);
  if (!headValue(place, key)) return foldedField(key, !quoted) ? fullParse : Place.Other;
  if (nested) return headEntry(head, place, key, !quoted, '', '');
  let vs = colon + 1;
  while (text.charCodeAt(vs) === 32) vs++;
  let ve = lineEnd;
  while (text.charCodeAt(ve - 1) === 32) ve--;
  const value = text.slice(vs, ve);
  return headEntry(head, place, key, !quoted, value, inlineText(value));
}

/**
 * A `key: value` line of a head place (root, metadata, annotations) read into
 * `head`: returns the place of the key's value when it is on the following lines
 * (meaningful when `value` is ''), or fullParse. `text` is the value's string
 * form, undefined when it is not a simple string (a head field then needs the
 * full parser); `plainKey` is false for a quoted key.
 */
function headEntry(
  head: Head,
  place: Place,
  key: string,
  plainKey: boolean,
  value: string,
  text: string | undefined,
): Place | typeof fullParse {
  if (place === Place.Root) {
    if (key === 'apiVersion' || key === 'kind') {
      if (text === undefined || value === '') return fullParse;
      if (key === 'kind') head.kind = text;
      else head.apiVersion = text;
      return Place.Other;
    }
    if (key === 'metadata') {
      // A scalar metadata cannot be decoded into SimpleHead's struct: the full parser reports it.
      if (value !== '' || head.seen & 1) return fullParse;
      head.seen |= 1;
      return Place.Metadata;
    }
    return foldedField(key, plainKey) ? fullParse : Place.Other;
  }
  if (place === Place.Metadata) {
    if (key === 'name') {
      if (text === undefined || value === '') return fullParse;
      head.name = text;
      return Place.Other;
    }
    if (key === 'annotations') {
      if ((value !== '' && value !== '{}') || head.seen & 2) return fullParse;
      head.seen |= 2;
      return value === '' ? Place.Annotations : Place.Other;
    }
    return foldedField(key, plainKey) ? fullParse : Place.Other;
  }
  // An annotation: a null, nested or non-string value, or a key YAML reads as a number or bool, is left to the full parser.
  if (text === undefined || value === '' || (plainKey && !plainString(key))) return fullParse;
  (head.annotations ??= new Map()).set(key, text);
  return Place.Other;
}

/** The head of `text`, or undefined when the full parser must decide. */
export function fastHead(text: string): ManifestHead | undefined {
  const doc = scanDocument(text, 0);
  // (A line starting with `---` ends the scan: such a text is more than one document for Helm.)
  return doc !== undefined && doc.end === text.length ? doc.head : undefined;
}

/** A document `scanDocument` read: its head, and where its text ends. */
export interface ScannedDocument {
  readonly head: ManifestHead;
  /** text.length, or the index of the line break before the line that starts with `---`. */
  readonly end: number;
}

/**
 * fastHead over the document that starts at `start` in `text` (a rendered file):
 * it ends at the text's end or before the first later line that starts with
 * `---`, a separator for releaseutil.SplitManifests (`\n---`), so a file's
 * documents are found in the same pass that reads their heads. The head is
 * fastHead's of `text.slice(start, end)`: the scan reads nothing before `start`
 * (the only look back, commonRun's blank-line rule, decides nothing on a run's
 * first line, which is never blank) and, up to the separator, the same lines;
 * the last line ends with a line break instead of the text's end, which no rule
 * tells apart.
 */
export function scanDocument(text: string, start: number): ScannedDocument | undefined {
  /**
   * The open collections, outermost first, in parallel arrays (no object per
   * collection): the indentation of their entries, whether they are sequences,
   * and their place.
   */
  const indents: number[] = [];
  const seqs: boolean[] = [];
  const places: Place[] = [];
  const head: Head = { apiVersion: '', kind: '', name: '', annotations: undefined, seen: 0 };
  // The innermost open collection is also in topIndent/topSeq/topPlace (topIndent -1 when there
  // is none), which is all most lines look at.
  let depth = 0;
  let topIndent = -1;
  let topSeq = false;
  let topPlace = Place.Root;
  /** Indentation of the line that opened a block scalar, while inside one. */
  let blockParent = -1;
  /** Indentation of the block scalar's first content line (-1 until seen). */
  let blockIndent = -1;
  /** Column of a key whose value is on the following lines (nested collection or nothing), or -1. */
  let pendingIndent = -1;
  let pendingPlace = Place.Other;
  /** Runs (`commonRun`) are tried on lines from here on: before it is a line too long for them. */
  let runFrom = start;

  const n = text.length;
  for (let p = start; p <= n;) {
    // Leading spaces: a loop, which the optimizing compiler makes cheaper than a regex call per line.
    let q = p;
    while (text.charCodeAt(q) === 32) q++;
    const indent = q - p;
    // (Characters as one-character strings: `text[i]` costs the engine less than `text.charCodeAt(i)`.)
    const first = text[q];
    // A separator ends the document. (Runs, block scalars and general lines never take in a line
    // that starts with `---`: each such line starts an iteration of this loop.)
    if (indent === 0 && first === '-' && p > start && text.startsWith('--', q + 1))
      return { head: headOf(head), end: p - 1 };
    if (blockParent >= 0) {
      if (first === '\n' || first === undefined) {
        p = q + 1;
        continue;
      }
      // libyaml refuses a tab where the scalar's indentation is still being read.
      if (first === '\t' && (blockIndent < 0 || indent < blockIndent)) return undefined;
      if (indent > blockParent) {
        // A content line less indented than the first one would end the scalar in a place yaml.v2 rejects.
        if (blockIndent < 0) blockIndent = indent;
        else if (indent < blockIndent) return undefined;
        printableRest.lastIndex = q;
        if (!printableRest.test(text)) return undefined;
        p = printableRest.lastIndex;
        if (p === n) p++;
        continue;
      }
      blockParent = -1;
      blockIndent = -1;
    }

    if (first === '\n' || first === undefined) {
      p = q + 1; // a blank line
      continue;
    }

    // The line's shape: a run of common lines (`end` is where the match ends), or a general line (`body`).
    let end = -1;
    let isSeqLine = first === '-';
    let body = '';
    if (p >= runFrom) {
      commonRun.lastIndex = p;
      commonRun.test(text);
      if (commonRun.lastIndex > p) {
        end = commonRun.lastIndex;
        const long = end - p <= maxKeyLength ? -1 : longLine(text, p, end);
        if (long >= 0) {
          // Up to that line, one line at a time (the general code checks the keys' length); runs again after it.
          runFrom = long + 1;
          end = -1;
        }
      }
    }
    if (end < 0) {
      // A comment, or a general line.
      printableRest.lastIndex = q;
      if (!printableRest.test(text)) return undefined;
      p = printableRest.lastIndex;
      if (first === '#') {
        if (p === n) p++;
        continue;
      }
      if (first === '\t') return undefined;
      const e = text[p - 1] === '\n' ? p - 1 : p;
      if (e === p) p++; // the text's end
      body = text.slice(q, e);
      if (isSeqLine) isSeqLine = body.length === 1 || body.charCodeAt(1) === 32;
    }

    if (pendingIndent >= 0) {
      // The value of the pending key starts here: a map/seq more indented, or a seq at the same indent (yaml.v2 allows it).
      // (A line of a common shape has its key colon, so only a general line can be such a value.)
      if (end < 0 && indent > pendingIndent && !isSeqLine && keyColon(body) < 0) {
        // `key:` with its scalar on the next line (toYaml of an empty map or nil under `key:`): only the
        // unambiguous empty forms. (Never for a head field: those need their text, and headEntry sent
        // an empty one to the full parser.)
        if (!(body === '{}' || body === '[]' || body === 'null' || body === '~')) return undefined;
        pendingIndent = -1;
        continue;
      }
      // A list as metadata or annotations cannot be decoded into SimpleHead: the full parser reports it.
      if (isSeqLine && (pendingPlace === Place.Metadata || pendingPlace === Place.Annotations)) return undefined;
      if (indent > pendingIndent || (indent === pendingIndent && isSeqLine && depth > 0 && !topSeq)) {
        indents[depth] = topIndent = indent;
        seqs[depth] = topSeq = isSeqLine;
        places[depth] = topPlace = pendingPlace;
        depth++;
      }
      pendingIndent = -1;
    }
    while (topIndent > indent) {
      depth--;
      if (depth === 0) topIndent = -1;
      else {
        topIndent = indents[depth - 1];
        topSeq = seqs[depth - 1];
        topPlace = places[depth - 1];
      }
    }
    // A sequence written at its key's indentation ends at the next key of that mapping.
    if (topSeq && topIndent === indent && !isSeqLine && depth > 1) {
      depth--;
      topIndent = indents[depth - 1];
      topSeq = seqs[depth - 1];
      topPlace = places[depth - 1];
    }
    if (topIndent !== indent) {
      if (depth > 0 || indent !== 0) return undefined;
      if (isSeqLine) return undefined; // a document that is a list: let the full parser answer
      indents[0] = topIndent = 0;
      seqs[0] = topSeq = false;
      places[0] = topPlace = Place.Root;
      depth = 1;
    }
    // A mapping holds `key:` lines, a sequence `- ` lines.
    if (topSeq !== isSeqLine) return undefined;
    let place: Place | typeof fullParse = topPlace;

    let col = indent;
    if (end >= 0) {
      const last = text[end - 1];
      if (place === Place.Other) {
        if (isSeqLine) {
          // A scalar item's match ends before its line break; a mapping's lines end with one, or with a key's colon.
          if (last !== '\n' && last !== ':') {
            p = end + 1;
            continue;
          }
          col += 2;
          indents[depth] = topIndent = col;
          seqs[depth] = topSeq = false;
          places[depth] = topPlace = place;
          depth++;
        }
        if (last === ':') {
          pendingIndent = col;
          pendingPlace = place;
        }
      } else {
        // Lines of a head place (sequences are never one: metadata and annotations as lists went to the full parser).
        if (isSeqLine) return undefined;
        for (let a = p; ;) {
          const nl = text.indexOf('\n', a);
          const lineEnd = nl < 0 || nl > end ? end : nl;
          const lineNested = lineEnd === end && last === ':';
          const next = headLine(head, place, text, a + indent, lineEnd, lineNested);
          if (next === fullParse) return undefined;
          if (lineNested) {
            pendingIndent = indent;
            pendingPlace = next;
          }
          if (nl < 0 || nl + 1 >= end) break;
          a = nl + 1;
        }
      }
      if (last === ':') {
        // After the colon, only spaces up to the line break (most often none: no search then).
        const e = text.charCodeAt(end) === 10 ? end : text.indexOf('\n', end);
        p = e < 0 ? n + 1 : e + 1;
      } else p = end === n ? n + 1 : end;
      continue;
    }

    let rest = body;
    if (isSeqLine) {
      if (rest.length === 1) {
        pendingIndent = indent;
        pendingPlace = place;
        continue;
      }
      // `- ` then either a scalar or the first key of a mapping at the new column.
      let k = 2;
      while (rest.charCodeAt(k) === 32) k++;
      rest = rest.slice(k);
      col += k;
      if (rest.length === 0 || (rest.charCodeAt(0) === 45 && (rest.length === 1 || rest.charCodeAt(1) === 32)))
        return undefined;
      if (keyColon(rest) < 0) {
        const item = scalar(rest, false);
        if (!item) return undefined;
        if (item.block) blockParent = indent;
        continue;
      }
      indents[depth] = topIndent = col;
      seqs[depth] = topSeq = false;
      places[depth] = topPlace = place;
      depth++;
    }

    const colon = keyColon(rest);
    if (colon < 0 || colon > maxKeyLength) return undefined;
    const key = rest.slice(0, colon);
    let vs = colon + 1;
    while (rest.charCodeAt(vs) === 32) vs++;
    let value = vs === rest.length ? '' : rest.slice(vs);
    if (value.charCodeAt(0) === 35 /* # */) value = '';
    let keyText: string;
    const plainKey = isSimpleKey(key);
    if (plainKey) {
      if (unjsonableKey(key)) return undefined;
      keyText = key;
    } else if (/^"[^"\\]*"$/.test(key) || /^'[^']*'$/.test(key)) keyText = key.slice(1, -1);
    else return undefined;
    const sc = scalar(value, place !== Place.Other);
    if (!sc) return undefined;
    if (place !== Place.Other) {
      place = headEntry(head, place, keyText, plainKey, value, sc.block ? undefined : sc.text);
      if (place === fullParse) return undefined;
    }
    if (sc.block) blockParent = col;
    else if (value === '') {
      pendingIndent = col;
      pendingPlace = place;
    }
  }
  return { head: headOf(head), end: n };
}

function headOf(head: Head): ManifestHead {
  return { apiVersion: head.apiVersion, kind: head.kind, name: head.name, annotations: head.annotations };
}

/**
 * A one-line flow collection (`["a", "b"]`, `{ fieldRef: { fieldPath: x } }`) of
 * quoted or simple plain scalars, followed by nothing but spaces or a comment.
 */
function flowCollection(v: string): boolean {
  let i = 0;
  const ws = () => {
    while (v[i] === ' ') i++;
  };
  const flowScalar = (): boolean => {
    if (v[i] === '"') {
      for (i++; i < v.length; i++) {
        if (v[i] === '\\') {
          // (Not \x, \u, \U: their digits are the full parser's to check, see dqEscapes.)
          if (!/[0abt\tnvfre "/\\N_LP]/.test(v[i + 1] ?? '')) return false;
          i++;
        } else if (v[i] === '"') {
          i++;
          return true;
        }
      }
      return false;
    }
    if (v[i] === "'") {
      for (i++; i < v.length; i++) {
        if (v[i] === "'") {
          if (v[i + 1] === "'") i++;
          else {
            i++;
            return true;
          }
        }
      }
      return false;
    }
    // Plain in flow context: no indicators inside, no ": ", no " #".
    const m = /^[A-Za-z0-9_./$()=+~^-][^,[\]{}:#"']*/.exec(v.slice(i));
    if (!m) return false;
    const text = m[0].trimEnd();
    if (/^-$/.test(text) || unjsonableKey(text) || unjsonableValue(text)) return false;
    i += m[0].length;
    return true;
  };
  const node = (depth: number): boolean => {
    if (depth > 8) return false;
    ws();
    if (v[i] === '[' || v[i] === '{') {
      const close = v[i] === '[' ? ']' : '}';
      const isMap = close === '}';
      i++;
      ws();
      if (v[i] === close) {
        i++;
        return true;
      }
      for (;;) {
        if (isMap) {
          ws();
          if (!flowScalar()) return false;
          ws();
          if (v[i] !== ':' || v[i + 1] !== ' ') return false;
          i += 2;
        }
        if (!node(depth + 1)) return false;
        ws();
        if (v[i] === ',') {
          i++;
          ws();
          if (v[i] === close) return false; // a trailing comma: leave to the full parser
          continue;
        }
        if (v[i] === close) {
          i++;
          return true;
        }
        return false;
      }
    }
    return flowScalar();
  };
  if (!node(0)) return false;
  const rest = v.slice(i);
  return rest === '' || /^\s+(#.*)?$/.test(rest) || /^\s*$/.test(rest);
}

/** Index of the `:` that ends the key (the first one followed by a space or the line end), or -1. */
function keyColon(s: string): number {
  if (s[0] === '"' || s[0] === "'") {
    // A quoted scalar is a key only when its closing quote is followed by `:`.
    let close = 1;
    for (; close < s.length; close++) {
      if (s[0] === '"' && s[close] === '\\') close++;
      else if (s[close] === s[0]) {
        if (s[0] === "'" && s[close + 1] === "'") close++;
        else break;
      }
    }
    if (close >= s.length || s[close + 1] !== ':') return -1;
    return s[close + 2] === undefined || s[close + 2] === ' ' ? close + 1 : -1;
  }
  for (let i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) {
    if (i + 1 === s.length || s[i + 1] === ' ') return i;
  }
  return -1;
}
