/**
 * The user's values from the command line: a port of Helm v3.17.3
 * pkg/cli/values/options.go (Options.MergeValues).
 *
 * Helm applies the flags by kind, not in command-line order: all -f files
 * (merged map by map), then every --set-json, --set, --set-string, --set-file and
 * --set-literal, each parsed into the same map.
 */
import { deepCopy } from './coalesce.js';
import { RenderError } from './errors.js';
import { isMap, newMap, setKey, type GoMap } from './go-value.js';
import { checkValuesDepth, isStackOverflow, stackExhausted } from './limits.js';
import {
  parseSet,
  parseSetFile,
  parseSetJSON,
  parseSetLiteral,
  parseSetString,
  StrvalsError,
  StrvalsTooDeep,
} from './strvals.js';

export interface UserValueOptions {
  /** -f/--values files, already decoded (loadValuesYaml), in order. @default [] */
  readonly files?: readonly GoMap[];
  /** --set-json arguments, in order. @default [] */
  readonly setJSON?: readonly string[];
  /** --set arguments, in order. @default [] */
  readonly set?: readonly string[];
  /** --set-string arguments, in order. @default [] */
  readonly setString?: readonly string[];
  /** --set-file arguments, in order; needs `readFile`. @default [] */
  readonly setFile?: readonly string[];
  /** --set-literal arguments, in order. @default [] */
  readonly setLiteral?: readonly string[];
  /**
   * Reads a --set-file path; throw an Error whose message is Go's (e.g. `open x: no such file or directory`).
   * @default a reader that refuses every path
   */
  readonly readFile?: (path: string) => string;
}

/** mergeMaps: later maps win; maps present on both sides merge recursively; the inputs are not modified. */
export function mergeMaps(a: GoMap, b: GoMap): GoMap {
  const out = Object.assign(newMap(), a);
  for (const k of Object.keys(b)) {
    const v = b[k];
    const bv = Object.prototype.hasOwnProperty.call(out, k) ? out[k] : undefined;
    if (isMap(v) && isMap(bv)) setKey(out, k, mergeMaps(bv, v));
    else setKey(out, k, v);
  }
  return out;
}

function wrap(flag: string, message: (inner: string) => string, run: () => void): void {
  try {
    run();
  } catch (e) {
    if (e instanceof StrvalsError) {
      throw new RenderError('set', message(e.message), { flag });
    }
    if (e instanceof StrvalsTooDeep)
      throw new RenderError('limit', `failed parsing ${flag} data: ${e.message}`, { flag });
    if (isStackOverflow(e))
      throw new RenderError('limit', `failed parsing ${flag} data: ${stackExhausted(e)}`, { flag });
    throw e;
  }
}

/**
 * Options.MergeValues: the user-supplied values map. Throws RenderError('set') with Helm's message.
 * With one file and no flag, that file's map itself (merging it into an empty map would copy its keys only).
 */
export function mergeUserValues(opts: UserValueOptions): GoMap {
  try {
    return mergeAll(opts);
  } catch (e) {
    // Merging and copying recurse once per level: past this thread's stack, a limit (the CLI gives deep input more).
    if (isStackOverflow(e)) throw new RenderError('limit', stackExhausted(e));
    throw e;
  }
}

function mergeAll(opts: UserValueOptions): GoMap {
  let base = newMap();
  const flags = [opts.setJSON, opts.set, opts.setString, opts.setFile, opts.setLiteral].some(
    (f) => f !== undefined && f.length > 0,
  );
  const files = opts.files ?? [];
  if (!flags && files.length === 1) return files[0];
  // Copies, so that --set writing into a nested map never reaches the caller's decoded files
  // (without flags nothing writes: merging alone makes new maps where files overlap and shares the rest).
  for (const f of files) base = mergeMaps(base, flags ? deepCopy(f) : f);
  for (const value of opts.setJSON ?? []) {
    // Helm drops the JSON error itself and names only the argument.
    wrap(
      '--set-json',
      () => `failed parsing --set-json data ${value}`,
      () => parseSetJSON(value, base),
    );
  }
  for (const value of opts.set ?? []) {
    wrap(
      '--set',
      (m) => `failed parsing --set data: ${m}`,
      () => parseSet(value, base),
    );
  }
  for (const value of opts.setString ?? []) {
    wrap(
      '--set-string',
      (m) => `failed parsing --set-string data: ${m}`,
      () => parseSetString(value, base),
    );
  }
  const readFile =
    opts.readFile ??
    ((p: string): string => {
      throw new Error(`open ${p}: no such file or directory`);
    });
  for (const value of opts.setFile ?? []) {
    const reader = (p: string): string => {
      try {
        return readFile(p);
      } catch (e) {
        if (e instanceof Error && !(e instanceof RenderError)) throw new StrvalsError(e.message);
        throw e;
      }
    };
    wrap(
      '--set-file',
      (m) => `failed parsing --set-file data: ${m}`,
      () => parseSetFile(value, base, reader),
    );
  }
  for (const value of opts.setLiteral ?? []) {
    wrap(
      '--set-literal',
      (m) => `failed parsing --set-literal data: ${m}`,
      () => parseSetLiteral(value, base),
    );
  }
  // Each source stays within the limit, but a --set path can extend a deep file's table.
  if (flags) checkValuesDepth(base, 'limit', '');
  return base;
}
