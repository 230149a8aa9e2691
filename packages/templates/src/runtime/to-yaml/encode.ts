/** Step 3 of sigs.k8s.io/yaml.Marshal, goyaml.v2 Marshal: encode.go (which style each scalar asks for). */
import { type GoValue, formatFloatG, isMap } from '@polyaxon-render/values';
import { Emitter } from './emitter.js';
import { isBase60Float, resolvesToStr } from './resolve.js';
import { sortKeys } from './sorter.js';

/** yaml_scalar_style_t values the encoder and emitter use (folded `>` never is). */
export type Style = 'plain' | 'single' | 'double' | 'literal';

export type Node =
  | { kind: 'scalar'; value: string; style: Style }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'map'; pairs: [Node, Node][] };

/**
 * goyaml.v2 Marshal of a Go value as it comes out of Unmarshal into interface{}:
 * bigint is an int (printed in decimal), number a float64 (strconv 'g' format, so
 * 1e+06), maps are sorted in yaml.v2's natural key order. Ends with "\n".
 * Strings must be valid Unicode (no unpaired surrogates).
 */
export function yamlV2Marshal(
  v: GoValue | undefined,
  /** @default true — see Emitter */
  simplePlain = true,
): string {
  const e = new Emitter(simplePlain);
  e.emitDocument(toNode(v));
  return e.output();
}

/** encode.go marshal: the event each Go value turns into. */
function toNode(v: GoValue | undefined): Node {
  if (v === null || v === undefined) return plain('null');
  switch (typeof v) {
    case 'boolean':
      return plain(v ? 'true' : 'false');
    case 'bigint':
      return plain(v.toString());
    case 'number':
      return plain(formatYamlFloat(v));
    case 'string':
      return stringNode(v);
  }
  if (Array.isArray(v)) return { kind: 'seq', items: v.map((x) => toNode(x)) };
  if (isMap(v)) {
    const pairs: [Node, Node][] = [];
    for (const k of sortKeys(v)) {
      const x = v[k];
      if (x === undefined) continue;
      pairs.push([stringNode(k), toNode(x)]);
    }
    return { kind: 'map', pairs };
  }
  throw new TypeError(`toYaml: not a Go value: ${String(v)}`);
}

function plain(value: string): Node {
  return { kind: 'scalar', value, style: 'plain' };
}

/** encode.go floatv: FormatFloat(f, 'g', -1, 64) with YAML's spellings of the specials. */
function formatYamlFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (f === Infinity) return '.inf';
  if (f === -Infinity) return '-.inf';
  return formatFloatG(f);
}

/**
 * encode.go stringv: a literal block when the string has a "\n", plain when the
 * plain text would read back as the same string, double-quoted otherwise. The
 * emitter may still downgrade these (select_scalar_style).
 */
function stringNode(s: string): Node {
  let style: Style;
  if (s.includes('\n')) style = 'literal';
  else if (resolvesToStr(s) && !isBase60Float(s)) style = 'plain';
  else style = 'double';
  return { kind: 'scalar', value: s, style };
}
