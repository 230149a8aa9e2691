/**
 * A fast reader for the YAML most values files are written in: block maps and
 * block lists, one scalar per line (plain, or quoted without escapes), comments,
 * `{}` and `[]`. It reads line by line with an explicit stack, so it is linear in
 * the text, allocates little besides the values, and nests to any depth.
 *
 * It gives exactly what decodeValues gives (load-yaml.ts: yaml.v2's YAML 1.1
 * resolution, then the JSON step; yaml-fast.test.ts checks both on generated
 * documents), or undefined as soon as the text leaves this subset — anchors,
 * tags, flow collections, block scalars, multi-line or escaped scalars, tabs,
 * CR, duplicate keys, merge keys, NaN/Inf, anything malformed — and the caller
 * falls back to the full loader, which also words every error as Helm does.
 */
import { newMap, setKey, type GoMap, type GoValue } from './go-value.js';
import { plainScalarKey, plainScalarValue } from './load-yaml.js';
import { NextIndex } from './next-index.js';

/** Paths to find the lines of (as JSON texts of their segments), for pointing at findings. */
export interface LineQuery {
  /** Every prefix of every wanted path, the paths included. */
  readonly prefixes: ReadonlySet<string>;
  /** Filled in: the 1-based line of each wanted path's key or list item. */
  readonly found: Map<string, number>;
}

interface Frame {
  /** Column of the map's keys or of the list's dashes. */
  readonly indent: number;
  readonly map: GoMap | undefined;
  readonly list: GoValue[] | undefined;
  /** The path to this collection, as a JSON text (only when lines are asked for and it is on the way to one). */
  readonly path: string | undefined;
  /** The keys or indexes under it that are on the way to a wanted path. */
  readonly wanted: ReadonlySet<string | number> | undefined;
}

/** libyaml's limit on an implicit key: a longer one is an error there. */
const MAX_KEY = 1024;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const NL = 0x0a;

/**
 * Characters that end or change a line's meaning in ways this reader leaves to
 * the full loader: tab, CR, the characters libyaml reads as line breaks (NEL,
 * LS, PS), controls and the byte order mark, surrogates (which the full loader
 * checks in pairs), and the non-characters libyaml refuses.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;

/** Indicators that cannot start a plain scalar (YAML c-indicator), or start what this reader does not read. */
function blocksPlainStart(c: number, next: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x23: // #
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
      return true;
    case 0x2d: // - ? : start a plain scalar only before a non-space
    case 0x3f:
    case 0x3a:
      return next === SPACE || next === NL || Number.isNaN(next);
    default:
      return false;
  }
}

/** The segments wanted under each wanted path's ancestors, by the ancestor's path (a JSON text). */
function wantedUnder(prefixes: ReadonlySet<string>): Map<string, Set<string | number>> {
  const out = new Map<string, Set<string | number>>();
  for (const p of prefixes) {
    const segments = JSON.parse(p) as (string | number)[];
    if (segments.length === 0) continue;
    const parent = JSON.stringify(segments.slice(0, -1));
    let set = out.get(parent);
    if (set === undefined) out.set(parent, (set = new Set()));
    set.add(segments[segments.length - 1]);
  }
  return out;
}

/** A child's path text from its parent's: the JSON of the segments, built without parsing. */
const childPath = (parent: string, seg: string | number): string =>
  `${parent.length === 2 ? '[' : `${parent.slice(0, -1)},`}${JSON.stringify(seg)}]`;

/**
 * The values of `text` (no byte order mark), or undefined when it is not in the
 * subset this reader takes or nests deeper than `maxDepth` (maps and lists, the
 * root map counting 1). With `lines`, notes where the wanted paths are instead
 * (the maps it returns are then empty: the caller has the values already).
 */
export function fastValues(text: string, lines?: LineQuery, maxDepth = Infinity): GoMap | undefined {
  if (UNUSUAL.test(text)) return undefined;
  // Finding lines reads a text already decoded: its maps need no keys (lists keep their items, for indexes).
  const build = lines === undefined;
  const wanted = lines && wantedUnder(lines.prefixes);
  const root = newMap();
  const stack: Frame[] = [];
  /** A key or list item whose value is on the lines below (or is null). */
  let pending:
    | {
        readonly frame: Frame;
        readonly key: string | undefined;
        readonly at: number;
        readonly path: string | undefined;
      }
    | undefined;
  // Where the next `:`, ` #` and backslash are: searched for natively, once per occurrence.
  const colons = new NextIndex(text, ':');
  const comments = new NextIndex(text, ' #');
  const escapes = new NextIndex(text, '\\');
  let lineNo = 0;
  let pos = 0;
  let started = false;
  const n = text.length;

  /** A scalar from `start` to the end of its line: [value, ok]. Quoted: on one line, no escapes. */
  let scalarEnd = 0;
  const readValue = (start: number, end: number): GoValue | undefined => {
    const c = text.charCodeAt(start);
    if (c === 0x27 || c === 0x22) {
      const q = readQuoted(start, end);
      if (q === undefined) return undefined;
      if (!restIsBlank(scalarEnd, end)) return undefined;
      return q;
    }
    if (c === 0x5b || c === 0x7b) {
      // Exactly `[]` or `{}`, then nothing but a comment.
      if (text.charCodeAt(start + 1) !== c + 2) return undefined;
      if (!restIsBlank(start + 2, end)) return undefined;
      return c === 0x5b ? [] : newMap();
    }
    if (blocksPlainStart(c, start + 1 < end ? text.charCodeAt(start + 1) : NaN)) return undefined;
    // The first comment (` #`) ends the scalar; a mapping indicator (`: `, a `:` ending the line) before it
    // makes the line something else. Found with native searches (no match object per value).
    let stop = end;
    const hash = comments.at(start);
    if (hash >= 0 && hash < end) stop = hash;
    if (mappingColon(start, stop) >= 0) return undefined;
    // Finding lines needs the structure only (the text decoded already): no value is made.
    if (!build) return null;
    while (stop > start && text.charCodeAt(stop - 1) === SPACE) stop--;
    return plainScalarValue(text.slice(start, stop));
  };

  /**
   * The first `:` in [from, to) that is a mapping indicator (followed by a space, or ending the
   * line, which `to` may do), or -1.
   */
  const mappingColon = (from: number, to: number): number => {
    for (let i = colons.at(from); i >= 0 && i < to; i = colons.at(i + 1)) {
      const next = text.charCodeAt(i + 1);
      if (next === SPACE || next === NL || i + 1 === n) return i;
    }
    return -1;
  };

  /** A quoted scalar that closes on its line; sets scalarEnd past the closing quote. */
  const readQuoted = (start: number, end: number): string | undefined => {
    const quote = text[start];
    if (quote === '"') {
      const close = text.indexOf('"', start + 1);
      if (close < 0 || close >= end) return undefined;
      // An escape: the full loader reads those.
      const escape = escapes.at(start + 1);
      if (escape >= 0 && escape < close) return undefined;
      scalarEnd = close + 1;
      return text.slice(start + 1, close);
    }
    let out = '';
    let from = start + 1;
    for (let i = text.indexOf("'", from); i >= 0 && i < end; i = text.indexOf("'", i + 1)) {
      if (text.charCodeAt(i + 1) === 0x27) {
        // `''` is one quote.
        out += text.slice(from, i + 1);
        from = i + 2;
        i++;
        continue;
      }
      scalarEnd = i + 1;
      return out + text.slice(from, i);
    }
    return undefined;
  };

  /** Only spaces and a comment from `i` to `end`. */
  const restIsBlank = (i: number, end: number): boolean => {
    let sawSpace = false;
    for (; i < end; i++) {
      const x = text.charCodeAt(i);
      if (x === SPACE) sawSpace = true;
      else return x === HASH && sawSpace;
    }
    return true;
  };

  /** A key at `start`: its text and where its value starts, or undefined. */
  let keyValueStart = 0;
  const readKey = (start: number, end: number): string | undefined => {
    const c = text.charCodeAt(start);
    if (c === 0x27 || c === 0x22) {
      const q = readQuoted(start, end);
      if (q === undefined || text.charCodeAt(scalarEnd) !== COLON) return undefined;
      const after = scalarEnd + 1;
      if (after < end && text.charCodeAt(after) !== SPACE) return undefined;
      keyValueStart = after;
      return q;
    }
    if (blocksPlainStart(c, start + 1 < end ? text.charCodeAt(start + 1) : NaN)) return undefined;
    const i = mappingColon(start, end);
    if (i < 0) return undefined;
    // A comment before the colon: not a key.
    const hash = comments.at(start);
    if (hash >= 0 && hash < i) return undefined;
    let stop = i;
    while (text.charCodeAt(stop - 1) === SPACE) stop--;
    if (stop - start > MAX_KEY) return undefined;
    keyValueStart = i + 1;
    return plainScalarKey(text.slice(start, stop));
  };

  /** Is there a `key:` at `start` (a map entry rather than a scalar)? */
  const looksLikeKey = (start: number, end: number): boolean => {
    const c = text.charCodeAt(start);
    if (c === 0x27 || c === 0x22) {
      const q = readQuoted(start, end);
      return q !== undefined && text.charCodeAt(scalarEnd) === COLON;
    }
    const i = mappingColon(start, end);
    if (i < 0) return false;
    const hash = comments.at(start);
    return hash < 0 || hash >= i;
  };

  /** Notes the line of `seg` under `frame` if it is wanted; its path text then, else undefined. */
  const note = (frame: Frame, seg: string | number): string | undefined => {
    if (frame.wanted === undefined || !frame.wanted.has(seg)) return undefined;
    const k = childPath(frame.path!, seg);
    lines!.found.set(k, lineNo);
    return k;
  };

  const open = (indent: number, isList: boolean, path: string | undefined) => {
    const frame: Frame = {
      indent,
      map: isList ? undefined : newMap(),
      list: isList ? [] : undefined,
      path,
      wanted: path === undefined ? undefined : wanted!.get(path),
    };
    stack.push(frame);
    if (stack.length > maxDepth) tooDeep = true;
    return frame;
  };

  /** A `key: value` or `key:` entry of `frame` (a map) at `start`. */
  const entry = (frame: Frame, start: number, end: number): boolean => {
    const key = readKey(start, end);
    if (key === undefined) return false;
    const map = frame.map!;
    if (build && Object.hasOwn(map, key)) return false;
    let v = keyValueStart;
    while (v < end && text.charCodeAt(v) === SPACE) v++;
    const path = note(frame, key);
    if (v === end || text.charCodeAt(v) === HASH) {
      // The value is below, or null. Held as null until then, so that key order stays the text's.
      if (build) setKey(map, key, null);
      pending = { frame, key, at: frame.indent, path };
      return true;
    }
    const value = readValue(v, end);
    if (value === undefined) return false;
    if (build) setKey(map, key, value);
    return true;
  };

  /** A `- …` item of `frame` (a list) at `start` (the dash). */
  const item = (frame: Frame, start: number, end: number): boolean => {
    const list = frame.list!;
    const path = note(frame, list.length);
    let v = start + 1;
    while (v < end && text.charCodeAt(v) === SPACE) v++;
    if (v === end || text.charCodeAt(v) === HASH) {
      list.push(null);
      pending = { frame, key: undefined, at: frame.indent, path };
      return true;
    }
    const c = text.charCodeAt(v);
    if (c === DASH && (v + 1 === end || text.charCodeAt(v + 1) === SPACE)) return false; // `- - x`
    if (looksLikeKey(v, end)) {
      // `- key: value`: a map whose keys line up at the key's column.
      const m = open(v - lineStart, false, path);
      list.push(m.map!);
      return entry(m, v, end);
    }
    const value = readValue(v, end);
    if (value === undefined) return false;
    list.push(value);
    return true;
  };

  let lineStart = 0;
  let tooDeep = false;
  while (pos < n) {
    if (tooDeep) return undefined;
    lineNo++;
    lineStart = pos;
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    pos = end + 1;
    let i = lineStart;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (i === end || text.charCodeAt(i) === HASH) continue; // blank or comment
    const indent = i - lineStart;
    const c = text.charCodeAt(i);
    if (
      indent === 0 &&
      (c === 0x25 || ((c === DASH || c === 0x2e) && text.startsWith(c === DASH ? '---' : '...', i)))
    ) {
      // `---` may open the first document; directives, `...` and later documents are the full loader's.
      if (started || c !== DASH) return undefined;
      const after = text.charCodeAt(i + 3);
      if (i + 3 < end && after !== SPACE) {
        // `---x` is a plain scalar at the root: not a map.
        return undefined;
      }
      if (!restIsBlank(i + 3, end)) return undefined;
      started = true;
      continue;
    }
    started = true;
    const isDash = c === DASH && (i + 1 === end || text.charCodeAt(i + 1) === SPACE);

    if (stack.length === 0) {
      // The root: a block map at column 0.
      if (indent !== 0 || isDash) return undefined;
      stack.push({ indent: 0, map: root, list: undefined, path: '[]', wanted: wanted?.get('[]') });
    } else if (pending) {
      const p = pending;
      pending = undefined;
      // The value of `key:` is a collection indented under it, or a list at the key's own column.
      if (indent > p.at || (indent === p.at && isDash && p.frame.map)) {
        const f = open(indent, isDash, p.path);
        if (p.frame.map) {
          if (build) setKey(p.frame.map, p.key!, (f.map ?? f.list)!);
        } else p.frame.list![p.frame.list!.length - 1] = (f.map ?? f.list)!;
      }
      // Otherwise the value is the null already in place.
    }
    // Close what this line's column ends: deeper collections, and a list at this column when this is no item.
    let top = stack[stack.length - 1];
    while (top.indent > indent || (top.indent === indent && top.list && !isDash)) {
      stack.pop();
      if (stack.length === 0) return undefined;
      top = stack[stack.length - 1];
    }
    if (top.indent !== indent) return undefined;
    if (isDash ? !top.list : !top.map) return undefined;
    if (!(isDash ? item(top, i, end) : entry(top, i, end))) return undefined;
  }
  return tooDeep ? undefined : root;
}
