/**
 * Nesting limits of a values file, measured on the `yaml` package's CST before
 * anything recursive (its composer, our decoder) runs on the document.
 *
 * Helm's limits (yaml.v2 v2.4.0 scannerc.go, Go's encoding/json):
 *   - more than 10000 nested flow collections: `yaml: exceeded max depth of 10000`
 *     (max_flow_level), with the line of the bracket that crossed it, unless it
 *     is on the first line (the scanner's mark is then line 0, which yaml.v2 omits);
 *   - more than 10000 indentation levels (max_indents): the same message; a block
 *     collection pushes a level when it starts right of the enclosing one, so an
 *     indentless sequence under a key pushes none;
 *   - past both, the JSON sigs.k8s.io/yaml converts the document to may not nest
 *     more than 10000 arrays/objects: `invalid character '[' exceeded max depth`.
 * Everything deeper than MAX_VALUES_DEPTH that Helm would accept is refused with
 * the limit's own message.
 */
import type { CST } from 'yaml';
import { GO_MAX_DEPTH, MAX_VALUES_DEPTH } from './limits.js';

export interface DepthReport {
  /** Where yaml.v2's scanner stops with "exceeded max depth of 10000", if it does. */
  readonly scannerLimit?: number;
  /** The bracket encoding/json stops at ('[' or '{'), when only the JSON step fails. */
  readonly jsonLimit?: '[' | '{';
  /** The first CST error token (a syntax error), which wins when it comes first. */
  readonly syntaxError?: { readonly offset: number; readonly message: string };
  /** Where the document first nests deeper than MAX_VALUES_DEPTH, if it does. */
  readonly tooDeep?: number;
}

interface Frame {
  readonly token: CST.Token;
  /** Nested flow collections around and including this token (yaml.v2 flow_level). */
  readonly flow: number;
  /** yaml.v2's indents stack size and the column of the innermost block collection. */
  readonly indents: number;
  readonly column: number;
  /** Collections of any kind around and including this token. */
  readonly depth: number;
  /** Arrays/objects of the JSON document around and including it; 0 inside a key (JSON never sees those). */
  readonly json: number;
}

/**
 * A cheap upper bound of a document's nesting, from its text alone: every flow
 * collection opens with '[' or '{', and a nested block collection starts right of
 * its parent (an indentless sequence shares its map's column), on a line start
 * after spaces and `-`/`?`/`:` indicators. When this is within MAX_VALUES_DEPTH,
 * measureDepth has nothing to find.
 */
export function depthBound(text: string): number {
  // Native searches rather than a loop over every character: a values file may be tens of megabytes.
  let brackets = 0;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) brackets++;
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) brackets++;
  let widest = 0;
  const prefix = /(^|[\n\r])[ \t?:-]+/g;
  for (let m = prefix.exec(text); m !== null; m = prefix.exec(text)) {
    const width = m[0].length - m[1].length;
    if (width > widest) widest = width;
  }
  return brackets + 2 * (widest + 1);
}

/** Pre-order walk (text order) with an explicit stack: safe for any depth. */
export function measureDepth(doc: CST.Document, columnOf: (offset: number) => number): DepthReport {
  let scannerLimit: number | undefined;
  let jsonLimit: '[' | '{' | undefined;
  let syntaxError: DepthReport['syntaxError'];
  let tooDeep: number | undefined;
  const stack: Frame[] = [];
  if (doc.value) stack.push({ token: doc.value, flow: 0, indents: 0, column: -1, depth: 0, json: 0 });
  // Flat root: the document itself is the JSON object.
  let rootJson = true;
  while (stack.length > 0 && scannerLimit === undefined) {
    const f = stack.pop()!;
    const t = f.token;
    if (t.type === 'error') {
      syntaxError ??= { offset: t.offset, message: t.message };
      continue;
    }
    if (t.type !== 'flow-collection' && t.type !== 'block-map' && t.type !== 'block-seq') continue;
    let { flow, indents, column } = f;
    if (t.type === 'flow-collection') {
      flow++;
      if (flow > GO_MAX_DEPTH) scannerLimit = t.start.offset;
    } else {
      const c = columnOf(t.offset);
      if (c > column) {
        indents++;
        column = c;
      }
      if (indents > GO_MAX_DEPTH) scannerLimit = t.offset;
    }
    const depth = f.depth + 1;
    if (depth > MAX_VALUES_DEPTH) tooDeep ??= t.offset;
    const json = rootJson ? 1 : f.json === 0 ? 0 : f.json + 1;
    rootJson = false;
    if (json > GO_MAX_DEPTH && jsonLimit === undefined) jsonLimit = isSeqToken(t) ? '[' : '{';
    const items = t.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const it = items[i];
      const merge =
        it.key !== undefined &&
        it.key !== null &&
        'source' in it.key &&
        it.key.type === 'scalar' &&
        it.key.source === '<<';
      // A `<<` merge puts the merged maps' keys into this map: no level of its own.
      if (it.value)
        stack.push({ token: it.value, flow, indents, column, depth, json: json === 0 ? 0 : merge ? json - 1 : json });
      if (it.key) stack.push({ token: it.key, flow, indents, column, depth, json: 0 });
      for (const s of [...(it.sep ?? []), ...it.start])
        if ((s as CST.Token).type === 'error')
          stack.push({ token: s as CST.Token, flow, indents, column, depth, json });
    }
    if (t.type === 'flow-collection')
      for (const e of t.end)
        if ((e as CST.Token).type === 'error')
          stack.push({ token: e as CST.Token, flow, indents, column, depth, json });
  }
  return { scannerLimit, jsonLimit, syntaxError, tooDeep };
}

function isSeqToken(t: CST.BlockMap | CST.BlockSequence | CST.FlowCollection): boolean {
  return t.type === 'block-seq' || (t.type === 'flow-collection' && t.start.source === '[');
}
