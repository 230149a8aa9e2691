/**
 * Prints a changed object back into its document's text with the smallest edits:
 * what did not change keeps its bytes (blank lines, quotes, key order, the
 * templates' indentation), so `diff` against the plain render shows only the
 * rewrite. Changed or added parts are printed by the yaml.v2 emitter port (the
 * style of the chart's own `toYaml` output) at the indentation of where they go.
 */
import { isMap, isScalar, isSeq, Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { toYaml } from '@polyaxon-render/templates';
import type { GoValue } from '@polyaxon-render/values';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

const isObj = (v: unknown): v is { [k: string]: Plain } => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => kb[i] === k && deepEqual(a[k], b[k]));
  }
  return false;
}

/** The same JSON value, map key order aside (the emitter prints new maps in sorted key order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return false;
}

/** The document's text with `after` in place of `before` (the object `doc` was read as). */
export function patchText(text: string, doc: Document, before: unknown, after: unknown): string {
  const root = doc.contents;
  if (deepEqual(before, after)) return text;
  let edits: Edit[] = [];
  if (!(root !== null && isMap(root) && patchNode(new Ctx(text, edits), root as Node, before, after))) {
    // Not a block map at the top (no chart template prints one): print the whole object.
    return yaml(after);
  }
  // From the end backwards; insertions at one place go in the order they were made, so the last made is applied first.
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i);
  edits = order.map((x) => x.e);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** toYaml (yaml.v2's Marshal, as the templates print maps) without its trailing newline. */
function yaml(v: unknown): string {
  return toYaml(v as GoValue);
}

class Ctx {
  constructor(
    readonly text: string,
    readonly edits: Edit[],
  ) {}
  lineStart(pos: number): number {
    return this.text.lastIndexOf('\n', pos - 1) + 1;
  }
  column(pos: number): number {
    return pos - this.lineStart(pos);
  }
  /** End of a node's content: its range without trailing blanks and line breaks. */
  contentEnd(node: Node): number {
    let end = node.range?.[1] ?? 0;
    while (end > 0 && /\s/.test(this.text[end - 1])) end--;
    return end;
  }
  /** Just past the line break after `pos` (or the end of the text). */
  afterLine(pos: number): number {
    const nl = this.text.indexOf('\n', pos);
    return nl < 0 ? this.text.length : nl + 1;
  }
  /** Only blanks between the line start and `pos`: the node starts its line. */
  startsLine(pos: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(pos), pos));
  }
}

/** `text` (lines of printed YAML) with every line after the first indented by `col` spaces. */
function indentRest(text: string, col: number): string {
  const pad = ' '.repeat(col);
  return text
    .split('\n')
    .map((l, i) => (i === 0 || l === '' ? l : pad + l))
    .join('\n');
}

function keyOf(p: Pair): string | undefined {
  return isScalar(p.key) && p.key.range ? String(p.key.value) : undefined;
}

/** Applies `after` over `node` (read as `before`); false when it cannot and the caller must reprint node's parent entry. */
function patchNode(c: Ctx, node: Node, before: unknown, after: unknown): boolean {
  if (deepEqual(before, after)) return true;
  if (isMap(node) && !node.flow && isObj(before) && isObj(after)) return patchMap(c, node, before, after);
  if (isSeq(node) && !node.flow && Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return patchSeq(c, node, before, after);
  }
  if (isScalar(node) && node.range && isPlainScalar(node) && !isObj(after) && !Array.isArray(after)) {
    const printed = yaml(after);
    if (printed.includes('\n')) return false;
    // An empty scalar (`key:` alone) sits right after the indicator: the value needs its blank.
    const blank = node.range[0] === node.range[1] && !/\s/.test(c.text[node.range[0] - 1] ?? ' ') ? ' ' : '';
    c.edits.push({ start: node.range[0], end: node.range[1], text: blank + printed });
    return true;
  }
  return false;
}

function isPlainScalar(n: Scalar): boolean {
  return n.type !== Scalar.BLOCK_FOLDED && n.type !== Scalar.BLOCK_LITERAL;
}

function patchMap(c: Ctx, node: YAMLMap, before: { [k: string]: Plain }, after: { [k: string]: Plain }): boolean {
  const pairs = node.items as Pair[];
  const byKey = new Map<string, Pair>();
  for (const p of pairs) {
    const k = keyOf(p);
    // A complex or repeated key: the parent entry is reprinted whole.
    if (k === undefined || byKey.has(k)) return false;
    byKey.set(k, p);
  }
  if (byKey.size !== Object.keys(before).length) return false;
  const keyStart = (p: Pair) => (p.key as Node).range![0];
  const extentEnd = (i: number): number => {
    if (i + 1 < pairs.length) return c.lineStart(keyStart(pairs[i + 1]));
    const v = pairs[i].value as Node | null;
    const end = v && v.range ? c.contentEnd(v) : (pairs[i].key as Node).range![1];
    return c.afterLine(end);
  };
  const edits: Edit[] = [];
  const sub = new Ctx(c.text, edits);
  for (let i = 0; i < pairs.length; i++) {
    const k = keyOf(pairs[i])!;
    const start = keyStart(pairs[i]);
    if (!Object.hasOwn(after, k)) {
      // The first pair of a list item shares its line with "- ": the item is reprinted instead.
      if (!c.startsLine(start)) return false;
      // At the very end of a text without a final line break, the break before the pair goes with it.
      const end = extentEnd(i);
      const from = c.lineStart(start);
      const atEnd = end === c.text.length && !c.text.endsWith('\n') && from > 0;
      edits.push({ start: atEnd ? from - 1 : from, end, text: '' });
      continue;
    }
    if (deepEqual(before[k], after[k])) continue;
    const v = pairs[i].value as Node | null;
    if (v && patchNode(sub, v, before[k], after[k])) continue;
    // Reprint the pair from its key on: the first line stays where the key was (after "- " if there is one).
    const end = extentEnd(i);
    const printed = indentRest(yaml({ [k]: after[k] }), c.column(start));
    const keepsBreak = c.text[end - 1] === '\n';
    edits.push({ start, end, text: printed + (keepsBreak ? '\n' : '') });
  }
  const afterKeys = Object.keys(after);
  for (let j = 0; j < afterKeys.length; j++) {
    const k = afterKeys[j];
    if (Object.hasOwn(before, k)) continue;
    const line = yaml({ [k]: after[k] });
    const next = afterKeys.slice(j + 1).find((n) => Object.hasOwn(before, n));
    if (next !== undefined) {
      const start = keyStart(byKey.get(next)!);
      const col = c.column(start);
      edits.push({ start, end: start, text: indentRest(line, col) + '\n' + ' '.repeat(col) });
    } else {
      if (pairs.length === 0) return false;
      const last = pairs.length - 1;
      const col = c.column(keyStart(pairs[last]));
      const at = extentEnd(last);
      const body = ' '.repeat(col) + indentRest(line, col);
      // After the last line of a text that has no final line break, the new line gets none either.
      edits.push({ start: at, end: at, text: c.text[at - 1] === '\n' ? body + '\n' : '\n' + body });
    }
  }
  // The keys after the change must come out in `after`'s order (inserted keys aside); if not, reprint.
  const kept = afterKeys.filter((k) => Object.hasOwn(before, k));
  const order = pairs.map(keyOf).filter((k): k is string => k !== undefined && Object.hasOwn(after, k));
  if (kept.join('\0') !== order.join('\0')) return false;
  c.edits.push(...edits);
  return true;
}

function patchSeq(c: Ctx, node: YAMLSeq, before: Plain[], after: Plain[]): boolean {
  const items = node.items as Node[];
  if (items.length !== before.length || !node.range) return false;
  const edits: Edit[] = [];
  const sub = new Ctx(c.text, edits);
  for (let i = 0; i < items.length; i++) {
    if (deepEqual(before[i], after[i])) continue;
    const item = items[i];
    if (patchNode(sub, item, before[i], after[i])) continue;
    if (!item.range) return false;
    // Reprint the item: from its content (after "- ") to the end of its last line.
    const start = item.range[0];
    const end = c.afterLine(c.contentEnd(item));
    // yaml.v2 prints the item as "- first\n  rest": the rest is indented two past the dash, re-based here.
    const printed = yaml([after[i]])
      .split('\n')
      .map((l, j) => (j === 0 ? l.replace(/^- ?/, '') : l.replace(/^ {2}/, '')))
      .join('\n');
    edits.push({ start, end, text: indentRest(printed, c.column(start)) + '\n' });
  }
  c.edits.push(...edits);
  return true;
}
