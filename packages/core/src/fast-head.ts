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

interface Frame {
  /** Indentation of this collection's entries. */
  readonly indent: number;
  readonly kind: 'map' | 'seq';
  /** Path of keys from the root, for the head fields. */
  readonly path: string;
}

const simpleKey = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;
/** A plain scalar that resolves unambiguously to a string or number and needs no further YAML rules. */
const plainStart = /^[^-?:,[\]{}#&*!|>'"%@`\s]/;
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
  if (!plainStart.test(v) && !/^-[^\s-]/.test(v)) return undefined;
  // `: ` or ` #` inside, or a trailing `:`, would change the structure; tabs are not worth the risk.
  if (v.includes(': ') || v.includes(' #') || v.endsWith(':') || v.includes('\t')) return undefined;
  const text = v.trimEnd();
  // YAML 1.1 would read these as bools/null; head fields need their string form, so let the full parser decide.
  if (/^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/.test(text)) {
    return { text: undefined, block: false };
  }
  return { text, block: false };
}

/** The head of `text`, or undefined when the full parser must decide. */
export function fastHead(text: string): ManifestHead | undefined {
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
  let pending: { indent: number; path: string } | undefined;

  const lines = text.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln];
    if (line.endsWith('\r')) return undefined;
    let indent = 0;
    while (indent < line.length && line[indent] === ' ') indent++;
    const body = line.slice(indent);
    if (blockParent >= 0) {
      if (body === '') continue;
      if (indent > blockParent) {
        // A content line less indented than the first one would end the scalar in a place yaml.v2 rejects.
        if (blockIndent < 0) blockIndent = indent;
        else if (indent < blockIndent) return undefined;
        continue;
      }
      blockParent = -1;
      blockIndent = -1;
    }
    if (body === '' || body.startsWith('#')) continue;
    if (body[0] === '\t') return undefined;

    // Close collections this line is not part of.
    let top = stack[stack.length - 1];
    if (pending) {
      // The value of `pending` starts here: a map/seq more indented, or a seq at the same indent (yaml.v2 allows it).
      const isSeq = body === '-' || body.startsWith('- ');
      if (indent > pending.indent && !isSeq && keyColon(body) < 0) {
        // `key:` with its scalar on the next line (toYaml of an empty map or nil under `key:`): only the
        // unambiguous empty forms, and never for a head field, whose text we would otherwise need.
        const headField = /^(apiVersion|kind|metadata\.name|metadata\.annotations\..*)$/.test(pending.path);
        if (headField || !/^(\{\}|\[\]|null|~)\s*$/.test(body)) return undefined;
        pending = undefined;
        continue;
      }
      if (indent > pending.indent) {
        stack.push({ indent, kind: isSeq ? 'seq' : 'map', path: pending.path });
      } else if (indent === pending.indent && isSeq && top?.kind === 'map') {
        stack.push({ indent, kind: 'seq', path: pending.path });
      }
      pending = undefined;
    }
    while (stack.length > 0 && stack[stack.length - 1].indent > indent) stack.pop();
    const isSeqLine = body === '-' || body.startsWith('- ');
    // A sequence written at its key's indentation ends at the next key of that mapping.
    if (!isSeqLine && stack.length > 1 && stack[stack.length - 1].kind === 'seq' && stack[stack.length - 1].indent === indent) stack.pop();
    top = stack[stack.length - 1];
    if (!top) {
      if (indent !== 0) return undefined;
      stack.push({ indent: 0, kind: isSeqLine ? 'seq' : 'map', path: '' });
      top = stack[0];
      if (top.kind === 'seq') return undefined; // a document that is a list: let the full parser answer
    }
    if (top.indent !== indent) return undefined;

    let rest = body;
    let col = indent;
    let path = top.path;
    if (top.kind === 'seq') {
      if (rest === '-') {
        pending = { indent, path };
        continue;
      }
      if (!rest.startsWith('- ')) return undefined;
      // `- ` then either a scalar or the first key of a mapping at the new column.
      let n = 2;
      while (rest[n] === ' ') n++;
      rest = rest.slice(n);
      col += n;
      if (rest.startsWith('- ') || rest === '-') return undefined;
      const colon = keyColon(rest);
      if (colon < 0) {
        const s = scalar(rest);
        if (!s) return undefined;
        if (s.block) blockParent = indent;
        continue;
      }
      stack.push({ indent: col, kind: 'map', path });
    } else if (rest.startsWith('- ') || rest === '-') {
      return undefined;
    }

    const colon = keyColon(rest);
    if (colon < 0) return undefined;
    const key = rest.slice(0, colon);
    let value = rest.slice(colon + 1).replace(/^ +/, '');
    if (value.startsWith('#')) value = '';
    let keyText: string;
    if (simpleKey.test(key)) keyText = key;
    else if (/^"[^"\\]*"$/.test(key)) keyText = key.slice(1, -1);
    else return undefined;
    const s = scalar(value);
    if (!s) return undefined;
    path = path === '' ? keyText : `${path}.${keyText}`;
    if (s.block) blockParent = col;
    else if (value === '') pending = { indent: col, path };

    // Head fields: only at their exact places; a value we could not read as a string means "full parse".
    const depth = stack[stack.length - 1].path;
    if (depth === '' && (keyText === 'apiVersion' || keyText === 'kind')) {
      if (s.block || s.text === undefined || value === '') return undefined;
      if (keyText === 'kind') kind = s.text;
      else apiVersion = s.text;
    } else if (depth === 'metadata' && keyText === 'name') {
      if (s.block || s.text === undefined || value === '') return undefined;
      name = s.text;
    } else if (depth === 'metadata' && keyText === 'annotations') {
      if (value !== '' && value !== '{}') return undefined;
    } else if (depth === 'metadata.annotations') {
      if (s.block || s.text === undefined) return undefined;
      if (value === '') return undefined; // a null or nested annotation: let the full parser decide
      (annotations ??= new Map()).set(keyText, s.text);
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
    if (/^-$/.test(text)) return false;
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
