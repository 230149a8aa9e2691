/**
 * Validation of the values a command line gives (-f files and --set flags), with each finding
 * traced to where its value came from: the file and line of the key, or the flag and its
 * argument. The values are merged exactly as for rendering (mergeUserValues, Helm's order: files,
 * then --set-json, --set, --set-string, --set-file, --set-literal), and each finding goes to the
 * last source that wrote its path, the one whose value Helm keeps.
 */
import { LineCounter, isMap as isYamlMap, isScalar, isSeq, parseAllDocuments, type Node as YamlNode } from 'yaml';
import { isMap, newMap, type GoMap, type GoValue } from './go-value.js';
import { loadValuesYaml } from './load-yaml.js';
import { fastValues } from './yaml-fast.js';
import { parseSetJSON, parseSetLiteral, parseSetShape } from './strvals.js';
import { mergeUserValues, type UserValueOptions } from './user-values.js';
import { formatPath, validateRaw, type Finding } from './validate.js';

export interface ValuesSources extends Omit<UserValueOptions, 'files'> {
  /** -f/--values files, in order, as text (`-` names stdin). @default [] */
  readonly files?: readonly { readonly name: string; readonly text: string }[];
  /**
   * The same files already decoded (loadValuesYaml), in the same order, when the caller has them
   * (a render hands them over), so that no file is parsed twice. @default decoded here
   */
  readonly decoded?: readonly GoMap[];
  /**
   * The user values these sources merge to (mergeUserValues over the decoded files and the flags),
   * when the caller has them (a render hands them over), so that no flag is parsed twice. @default merged here
   */
  readonly merged?: GoMap;
}

type Segments = readonly (string | number)[];

interface Origin {
  /** Whether this source alone writes the path. */
  readonly has: (segments: Segments) => boolean;
  readonly file?: string;
  readonly lines?: Map<string, number>;
  readonly flag?: string;
  readonly arg?: string;
}

const pathKey = (segments: Segments): string => JSON.stringify(segments);

/** YAML 1.1 words yaml.v2 reads as booleans, which Helm then writes as "true"/"false" keys. */
const TRUE_WORDS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE_WORDS = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

function keyText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const text = String(node.value);
  if (node.type !== 'PLAIN') return text;
  if (TRUE_WORDS.has(text)) return 'true';
  if (FALSE_WORDS.has(text)) return 'false';
  return text;
}

/**
 * The line of every key and list item of a values file, by path. Only for pointing at findings:
 * the values themselves come from loadValuesYaml. Paths through aliases and merge keys are not
 * recorded (a finding there points at the nearest recorded ancestor).
 */
export function valueLines(text: string, paths?: readonly Segments[]): Map<string, number> {
  if (paths !== undefined) {
    // Only the lines of these paths (and their ancestors): the fast reader finds them in one pass.
    const prefixes = new Set<string>();
    for (const p of paths) for (let n = 1; n <= p.length; n++) prefixes.add(pathKey(p.slice(0, n)));
    const found = new Map<string, number>();
    if (fastValues(text.startsWith('\ufeff') ? text.slice(1) : text, { prefixes, found }) !== undefined) return found;
  }
  const lines = new Map<string, number>();
  const lc = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, { version: '1.1', schema: 'failsafe', uniqueKeys: false, lineCounter: lc });
  } catch {
    return lines;
  }
  const first = Array.isArray(docs) ? docs[0] : undefined;
  const lineOf = (n: { range?: [number, number, number] | null } | null | undefined): number | undefined => {
    const off = n?.range?.[0];
    return off === undefined ? undefined : lc.linePos(off).line;
  };
  const visit = (node: YamlNode | null | undefined, at: (string | number)[]): void => {
    if (isYamlMap(node)) {
      for (const pair of node.items) {
        const k = keyText(pair.key);
        if (k === undefined) continue;
        const line = lineOf(pair.key as YamlNode);
        const childAt = [...at, k];
        if (line !== undefined) lines.set(pathKey(childAt), line);
        visit(pair.value as YamlNode, childAt);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const line = lineOf(item as YamlNode);
        if (line !== undefined) lines.set(pathKey([...at, i]), line);
        visit(item as YamlNode, [...at, i]);
      });
    }
  };
  visit(first?.contents as YamlNode | undefined, []);
  return lines;
}

function has(v: GoValue, segments: Segments): boolean {
  let cur: GoValue | undefined = v;
  for (const s of segments) {
    if (
      typeof s === 'number'
        ? !Array.isArray(cur) || s >= cur.length
        : !isMap(cur) || !Object.prototype.hasOwnProperty.call(cur, s)
    )
      return false;
    cur = typeof s === 'number' ? (cur as GoValue[])[s] : (cur as GoMap)[s];
  }
  return true;
}

/** What one flag argument alone writes (undefined if it does not parse on its own). */
function flagValues(parse: (arg: string, into: GoMap) => GoMap, arg: string): GoMap | undefined {
  try {
    return parse(arg, newMap());
  } catch {
    return undefined;
  }
}

function locate(segments: Segments, origins: readonly Origin[]): Pick<Finding, 'file' | 'line' | 'flag' | 'arg'> {
  for (let i = origins.length - 1; i >= 0; i--) {
    const o = origins[i];
    if (!o.has(segments)) continue;
    if (o.flag !== undefined) return { flag: o.flag, arg: o.arg };
    for (let n = segments.length; n > 0; n--) {
      const line = o.lines?.get(pathKey(segments.slice(0, n)));
      if (line !== undefined) return { file: o.file, line };
    }
    return { file: o.file };
  }
  return {};
}

/**
 * What one flag argument alone writes, parsed only when a path is asked about that it may write:
 * a top-level key is written as it is spelled unless a backslash escapes part of it, so an
 * argument without a backslash that does not contain the path's first key cannot write the path.
 */
function flagHas(parse: (arg: string, into: GoMap) => GoMap, arg: string): (segments: Segments) => boolean {
  let values: GoMap | undefined | null = null;
  const escapes = arg.includes('\\');
  return (segments) => {
    const first = segments[0];
    if (typeof first === 'string' && !escapes && !arg.includes(first)) return false;
    if (values === null) values = flagValues(parse, arg);
    return values !== undefined && has(values, segments);
  };
}

/**
 * Where each source's values came from, in Helm's merge order (files, then each --set* flag);
 * file lines are looked up for the `wanted` paths only. `merged` is what all the sources merge to.
 */
function origins(
  sources: ValuesSources,
  decoded: readonly GoMap[],
  wanted: readonly Segments[],
  merged: GoMap,
): Origin[] {
  const files = sources.files ?? [];
  const out: Origin[] = files.map((f, i) => ({
    has: (segments) => has(decoded[i], segments),
    file: f.name,
    lines: valueLines(f.text, wanted),
  }));
  // Only the paths matter here, not the values (nor the files --set-file read for the merge).
  const flags: [string, readonly string[] | undefined, (arg: string, into: GoMap) => GoMap][] = [
    ['--set-json', sources.setJSON, parseSetJSON],
    ['--set', sources.set, (arg, into) => parseSetShape(arg, into, true)],
    ['--set-string', sources.setString, (arg, into) => parseSetShape(arg, into, false)],
    ['--set-file', sources.setFile, (arg, into) => parseSetShape(arg, into, false)],
    ['--set-literal', sources.setLiteral, parseSetLiteral],
  ];
  const count = flags.reduce((n, [, args]) => n + (args?.length ?? 0), 0);
  for (const [flag, args, parse] of flags) {
    for (const arg of args ?? []) {
      // The only source: it was parsed into an empty map, so it alone wrote what was merged (the
      // --set-file contents aside, which are strings either way), and it need not be parsed again.
      const only = count === 1 && files.length === 0;
      out.push({ has: only ? (segments) => has(merged, segments) : flagHas(parse, arg), flag, arg });
    }
  }
  return out;
}

/**
 * Validates what the command line gives, as validate() does, and says where each finding
 * came from. Throws the RenderError rendering would throw when a file or flag cannot be read.
 */
export function validateUserValues(sources: ValuesSources): Finding[] {
  const decoded = decodedFiles(sources);
  const merged = sources.merged ?? mergeUserValues({ ...sources, files: decoded });
  const raw = validateRaw(merged);
  if (raw.length === 0) return [];
  const from = origins(
    sources,
    decoded,
    raw.map((f) => f.segments),
    merged,
  );
  return raw.map(({ segments, ...f }) => ({ path: formatPath(segments), ...f, ...locate(segments, from) }));
}

/** The -f files decoded: the caller's (a render hands its own over), or read here. */
function decodedFiles(sources: ValuesSources): readonly GoMap[] {
  return sources.decoded ?? (sources.files ?? []).map((f) => loadValuesYaml(f.text, f.name));
}

function readUserValues(sources: ValuesSources): { decoded: readonly GoMap[]; merged: GoMap } | undefined {
  try {
    const decoded = decodedFiles(sources);
    return { decoded, merged: mergeUserValues({ ...sources, files: decoded }) };
  } catch {
    return undefined;
  }
}

/** The user's values merged as rendering merges them (before the chart defaults); undefined when they cannot be read. */
export function mergedUserValues(sources: ValuesSources): GoMap | undefined {
  return readUserValues(sources)?.merged;
}

/** A value the user gave, and where: `values.yaml:14`, `values.yaml` or `--set a=b`. */
export interface UserValue {
  readonly value: GoValue;
  readonly where: string;
}

/**
 * The user's value at a path (the merged -f files and --set flags, as rendering sees them before
 * the chart defaults), with the source Helm keeps it from; undefined when the user gave none there.
 * Throws nothing: sources that cannot be read give undefined.
 */
export function userValueAt(sources: ValuesSources, segments: Segments): UserValue | undefined {
  const read = readUserValues(sources);
  if (read === undefined) return undefined;
  const { decoded, merged } = read;
  if (!has(merged, segments)) return undefined;
  let value: GoValue = merged;
  for (const s of segments) value = typeof s === 'number' ? (value as GoValue[])[s] : (value as GoMap)[s];
  const at = locate(segments, origins(sources, decoded, [segments], merged));
  const where =
    at.flag !== undefined
      ? `${at.flag} ${at.arg ?? ''}`.trim()
      : at.file !== undefined
        ? at.line !== undefined
          ? `${at.file}:${at.line}`
          : at.file
        : 'values';
  return { value, where };
}
