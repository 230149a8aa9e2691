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
 */
import type { ManifestHead } from './manifest-head.js';

/** Where a collection sits, as far as the head fields go. */
const enum Place {
  Root,
  Metadata,
  Annotations,
  Other,
}

interface Frame {
  /** Indentation of this collection's entries. */
  readonly indent: number;
  readonly kind: 'map' | 'seq';
  readonly place: Place;
}

function childPlace(parent: Place, key: string): Place {
  if (parent === Place.Root && key === 'metadata') return Place.Metadata;
  if (parent === Place.Metadata && key === 'annotations') return Place.Annotations;
  return Place.Other;
}

/** May `ch` start a plain scalar without further YAML rules? (indicators and white space may not) */
function plainFirst(ch: number): boolean {
  switch (ch) {
    case 45: case 63: case 58: case 44: case 91: case 93: case 123: case 125: case 35: case 38: case 42: case 33:
    case 124: case 62: case 39: case 34: case 37: case 64: case 96: case 32: case 9: case 10: case 13: case 12: case 11:
    case 0x85: case 0xa0: case 0x2028: case 0x2029: case 0xfeff:
      return false;
  }
  return true;
}

const yaml11Words = new Set(
  'y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL ~'.split(' '),
);

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
const dqEscapes = /\\(?:[^0abt\tnvfre "/\\N_LPxuU])/;

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

/**
 * Classifies the value part of a line (after `key:` or `- `). Returns undefined
 * when the value is outside the subset; `text` is its string form for head
 * fields (undefined when not needed or not simple), `block` when a block scalar starts.
 */
function scalar(v: string): Scalar {
  if (v === '') return { text: '', block: false };
  const c = v[0];
  if (c === '"') {
    // The closing quote is the first unescaped one; after it only a comment may follow.
    let i = 1;
    for (; i < v.length; i++) {
      if (v[i] === '\\') i++;
      else if (v[i] === '"') break;
    }
    if (i >= v.length) return undefined;
    const rest = v.slice(i + 1);
    if (rest !== '' && !/^\s+(#.*)?$/.test(rest)) return undefined;
    const body = v.slice(1, i);
    if (dqEscapes.test(body)) return undefined;
    return { text: doubleQuoted(body), block: false };
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
  if (c === '[' || c === '{') return flowCollection(v) ? { text: undefined, block: false } : undefined;
  // A plain scalar may start with '-' when a non-space follows ("-c", "-1").
  if (!plainFirst(v.charCodeAt(0)) && !(c === '-' && v.length > 1 && v[1] !== ' ' && v[1] !== '-' && v[1] !== '\t')) return undefined;
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
  // YAML 1.1 would read these as bools/null; head fields need their string form, so let the full parser decide.
  if (text.length <= 5 && yaml11Words.has(text)) return { text: undefined, block: false };
  return { text, block: false };
}

/**
 * The common line shapes, matched at a line start (sticky) by one native regex
 * each: a line costs one `exec` instead of loops over its characters, which run
 * slowly in a one-shot CLI (the interpreter, before any JIT). Whatever they do
 * not match goes through the general per-line code below.
 *
 * A value here is one that `scalar` reads the same way without further rules: a
 * plain scalar that starts with no indicator and has no tab, `: `, ` #` or other
 * white space than single spaces inside, a quoted scalar without escapes, `{}`,
 * `[]`, or a block scalar header without indentation digit or comment. Values
 * and keys JSON cannot take (unjsonableValue, unjsonableKey) do not match, so a
 * matched line outside the head fields needs no further check.
 */
const valuePattern = String.raw`(?:(?!(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)) *(?![^\n]))(?:[^\s\-?:,[\]{}#&*!|>'"%@\x60\x85]|-(?=[^\s-]))(?:[^\s:]|:(?=\S)| +(?=[^\s#]))*|"[^"\\\n]*"|'[^'\n]*'|\{\}|\[\]|[|>][-+]?)`;
/** `indent [- ]key:[ value]`; the groups: indent, the item mark with its spaces, key, value. */
const keyLine = new RegExp(String.raw`( *)(- +)?((?!(?:null|Null|NULL|[0-9_]{19,}):)[A-Za-z0-9_][A-Za-z0-9_./-]*):(?: +(${valuePattern}))? *(?![^\n])`, 'y');
/** `indent - value`; the groups: indent, the item mark with its spaces, value. */
const itemLine = new RegExp(String.raw`( *)(- +)(${valuePattern}) *(?![^\n])`, 'y');
/** Leading spaces; `lastIndex` after a test is where they end. */
const spaces = / */y;

/** `scalar` of a value `keyLine` or `itemLine` matched. */
function matchedScalar(v: string): Scalar {
  const c = v.charCodeAt(0);
  if (c === 34 /* " */ || c === 39 /* ' */) return { text: v.slice(1, -1), block: false };
  if (c === 123 /* { */ || c === 91 /* [ */) return { text: undefined, block: false };
  if (c === 124 /* | */ || c === 62 /* > */) return { text: undefined, block: true };
  if (unjsonableValue(v)) return undefined;
  if (v.length <= 5 && yaml11Words.has(v)) return { text: undefined, block: false };
  return { text: v, block: false };
}

/** The head of `text`, or undefined when the full parser must decide. */
export function fastHead(text: string): ManifestHead | undefined {
  // NEL, LS and PS are line breaks for libyaml: the full parser handles them.
  if (/[\x85\u2028\u2029]/.test(text)) return undefined;
  const stack: Frame[] = [];
  let apiVersion = '';
  let kind = '';
  let name = '';
  let annotations: Map<string, string> | undefined;
  /** Indentation of the line that opened a block scalar, while inside one. */
  let blockParent = -1;
  /** Indentation of the block scalar's first content line (-1 until seen). */
  let blockIndent = -1;
  /** A key whose value is on the following lines (nested collection or nothing). */
  let pendingIndent = -1;
  let pendingPlace = Place.Other;
  let pendingHead = false;

  const n = text.length;
  for (let p = 0; p <= n; ) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = n;
    const lineStart = p;
    p = e + 1;
    if (e > lineStart && text.charCodeAt(e - 1) === 13) return undefined;

    // A line of a common shape (never one inside a block scalar: its text is not YAML structure).
    let m: RegExpExecArray | null = null;
    let keyed = false;
    if (blockParent < 0) {
      keyLine.lastIndex = lineStart;
      m = keyLine.exec(text);
      if (m !== null) keyed = true;
      else if (text.charCodeAt(lineStart) === 45 /* - */ || text.charCodeAt(lineStart) === 32) {
        itemLine.lastIndex = lineStart;
        m = itemLine.exec(text);
      }
    }

    let indent: number;
    let isSeqLine: boolean;
    let body = '';
    if (m !== null) {
      indent = m[1].length;
      isSeqLine = m[2] !== undefined;
    } else {
      spaces.lastIndex = lineStart;
      spaces.test(text);
      const q = Math.min(spaces.lastIndex, e);
      indent = q - lineStart;
      const empty = q === e;
      if (blockParent >= 0) {
        if (empty) continue;
        if (indent > blockParent) {
          // A content line less indented than the first one would end the scalar in a place yaml.v2 rejects.
          if (blockIndent < 0) blockIndent = indent;
          else if (indent < blockIndent) return undefined;
          continue;
        }
        blockParent = -1;
        blockIndent = -1;
        // The scalar ended: this line may be of a common shape after all.
        p = lineStart;
        continue;
      }
      if (empty) continue;
      const first = text.charCodeAt(q);
      if (first === 35 /* # */) continue;
      if (first === 9) return undefined;
      body = text.slice(q, e);
      isSeqLine = first === 45 /* - */ && (q + 1 === e || text.charCodeAt(q + 1) === 32);
    }

    let top = stack[stack.length - 1];
    if (pendingIndent >= 0) {
      // The value of the pending key starts here: a map/seq more indented, or a seq at the same indent (yaml.v2 allows it).
      // (A keyLine match has its key colon, so only a general line can be such a value.)
      if (m === null && indent > pendingIndent && !isSeqLine && keyColon(body) < 0) {
        // `key:` with its scalar on the next line (toYaml of an empty map or nil under `key:`): only the
        // unambiguous empty forms, and never for a head field, whose text we would otherwise need.
        if (pendingHead || !(body === '{}' || body === '[]' || body === 'null' || body === '~')) return undefined;
        pendingIndent = -1;
        continue;
      }
      // A list as metadata or annotations cannot be decoded into SimpleHead: the full parser reports it.
      if (isSeqLine && (pendingPlace === Place.Metadata || pendingPlace === Place.Annotations)) return undefined;
      if (indent > pendingIndent) {
        stack.push({ indent, kind: isSeqLine ? 'seq' : 'map', place: pendingPlace });
      } else if (indent === pendingIndent && isSeqLine && top?.kind === 'map') {
        stack.push({ indent, kind: 'seq', place: pendingPlace });
      }
      pendingIndent = -1;
    }
    while (stack.length > 0 && stack[stack.length - 1].indent > indent) stack.pop();
    // A sequence written at its key's indentation ends at the next key of that mapping.
    if (!isSeqLine && stack.length > 1 && stack[stack.length - 1].kind === 'seq' && stack[stack.length - 1].indent === indent) stack.pop();
    top = stack[stack.length - 1];
    if (!top) {
      if (indent !== 0) return undefined;
      if (isSeqLine) return undefined; // a document that is a list: let the full parser answer
      top = { indent: 0, kind: 'map', place: Place.Root };
      stack.push(top);
    }
    if (top.indent !== indent) return undefined;

    let col = indent;
    let keyText: string;
    let value: string;
    let sc: Scalar;
    if (m !== null) {
      if (top.kind === 'seq') {
        if (!isSeqLine) return undefined;
        col += m[2].length;
        if (!keyed) {
          // `- value`: valid as matched; a block scalar header starts a block.
          const c = m[3].charCodeAt(0);
          if (c === 124 /* | */ || c === 62 /* > */) blockParent = indent;
          continue;
        }
        top = { indent: col, kind: 'map', place: top.place };
        stack.push(top);
      } else if (isSeqLine) {
        return undefined;
      }
      keyText = m[3];
      value = m[4] ?? '';
      if (top.place === Place.Other) {
        // No head field here, and key and value are valid as matched: only a block or a nested value matters.
        const c = value.charCodeAt(0);
        if (c === 124 /* | */ || c === 62 /* > */) blockParent = col;
        else if (value === '') {
          pendingIndent = col;
          pendingPlace = Place.Other;
          pendingHead = false;
        }
        continue;
      }
      sc = value === '' ? { text: '', block: false } : matchedScalar(value);
    } else {
      let rest = body;
      if (top.kind === 'seq') {
        if (!isSeqLine) return undefined;
        if (rest.length === 1) {
          pendingIndent = indent;
          pendingPlace = top.place;
          pendingHead = false;
          continue;
        }
        // `- ` then either a scalar or the first key of a mapping at the new column.
        let k = 2;
        while (rest.charCodeAt(k) === 32) k++;
        rest = rest.slice(k);
        col += k;
        if (rest.length === 0 || (rest.charCodeAt(0) === 45 && (rest.length === 1 || rest.charCodeAt(1) === 32))) return undefined;
        if (keyColon(rest) < 0) {
          const item = scalar(rest);
          if (!item) return undefined;
          if (item.block) blockParent = indent;
          continue;
        }
        top = { indent: col, kind: 'map', place: top.place };
        stack.push(top);
      } else if (isSeqLine) {
        return undefined;
      }

      const colon = keyColon(rest);
      if (colon < 0) return undefined;
      const key = rest.slice(0, colon);
      let vs = colon + 1;
      while (rest.charCodeAt(vs) === 32) vs++;
      value = vs === rest.length ? '' : rest.slice(vs);
      if (value.charCodeAt(0) === 35 /* # */) value = '';
      if (isSimpleKey(key)) {
        if (unjsonableKey(key)) return undefined;
        keyText = key;
      } else if (/^"[^"\\]*"$/.test(key) || /^'[^']*'$/.test(key)) keyText = key.slice(1, -1);
      else return undefined;
      sc = scalar(value);
    }
    if (!sc) return undefined;

    // Head fields: only at their exact places; a value we could not read as a string means "full parse".
    const place = top.place;
    let headField = false;
    if (place === Place.Root && (keyText === 'apiVersion' || keyText === 'kind')) {
      headField = true;
      if (sc.block || sc.text === undefined || value === '') return undefined;
      if (keyText === 'kind') kind = sc.text;
      else apiVersion = sc.text;
    } else if (place === Place.Metadata && keyText === 'name') {
      headField = true;
      if (sc.block || sc.text === undefined || value === '') return undefined;
      name = sc.text;
    } else if (place === Place.Root && keyText === 'metadata') {
      // A scalar metadata cannot be decoded into SimpleHead's struct: the full parser reports it.
      if (value !== '') return undefined;
    } else if (place === Place.Metadata && keyText === 'annotations') {
      if (value !== '' && value !== '{}') return undefined;
    } else if (place === Place.Annotations) {
      headField = true;
      if (sc.block || sc.text === undefined) return undefined;
      if (value === '') return undefined; // a null or nested annotation: let the full parser decide
      (annotations ??= new Map()).set(keyText, sc.text);
    }
    if (sc.block) blockParent = col;
    else if (value === '') {
      pendingIndent = col;
      pendingPlace = childPlace(place, keyText);
      pendingHead = headField;
    }
  }
  return { apiVersion, kind, name, annotations };
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
          if (!/[0abt\tnvfre "/\\N_LPxuU]/.test(v[i + 1] ?? '')) return false;
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
