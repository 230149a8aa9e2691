/**
 * How deep values may nest, and the checks that keep every recursive step
 * (the YAML composer, decoding, coalescing, templates, the manifest parse) inside
 * JavaScript's call stack.
 *
 * Helm's own limits are Go's: yaml.v2 refuses more than 10000 nested flow
 * collections or indentation levels, encoding/json more than 10000 nested
 * arrays/objects. polyaxon-render takes values as deep as Helm does. JavaScript's
 * stack is fixed (about 1 MB on Node's main thread) and several steps recurse
 * once per level (the `yaml` package's composer, coalescing, toYaml), so:
 *   - the CLI renders an input that may nest deeply (nestingBound) on a thread
 *     with a stack large enough for Helm's 10000 levels (cli-main.ts);
 *   - render() in the caller's thread is guarded: where the stack runs out, the
 *     render fails with a RenderError (code `limit`), never a crash.
 * `--set` list indexes (which Helm nests without limit) stop at MAX_VALUES_DEPTH.
 */
import { RenderError, type RenderErrorCode, type RenderErrorWhere } from './errors.js';
import type { GoValue } from './go-value.js';

/** The deepest nesting of maps and lists polyaxon-render accepts in values: Helm's (see GO_MAX_DEPTH). */
export const MAX_VALUES_DEPTH = 10000;

/**
 * The longest input text polyaxon-render takes: a values file, a flag argument, a
 * string in render(values). Go holds longer strings; JavaScript's strings end at
 * 2^29 characters, and a render copies a value into every document that prints
 * it: a 256 MB string ran Node out of memory (a crash, not an error). Past this,
 * the input is refused with a RenderError before anything reads it.
 */
export const MAX_INPUT_LENGTH = 64 * 1024 * 1024;

/** Go's limit, shared by yaml.v2 (max_flow_level, max_indents) and encoding/json (maxNestingDepth). */
export const GO_MAX_DEPTH = 10000;

/** What a RenderError says when a thread's stack ran out on deep values (render() in a caller's thread). */
export function stackExhausted(e: RangeError): string {
  return `values nested too deeply for this thread's stack (${e.message}); the polyaxon-render CLI takes Helm's 10000 levels`;
}

/** Is `e` JavaScript's stack running out (rather than, say, a string too long)? */
export function isStackOverflow(e: unknown): e is RangeError {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** The words every refusal at MAX_VALUES_DEPTH uses (after its source's prefix). */
export const TOO_DEEP = `values nested deeper than ${MAX_VALUES_DEPTH} levels are not supported`;

/**
 * The nesting depth of a value (a scalar is 0, `{}` and `[]` are 1), walked with
 * an explicit stack so that it is safe on any input; stops counting once past `cap`.
 */
export function valueDepth(v: GoValue, cap = MAX_VALUES_DEPTH): number {
  let max = 0;
  // Two parallel stacks: a tuple per node costs noticeable time on values files of tens of MB.
  const values: GoValue[] = [v];
  const depths: number[] = [1];
  while (values.length > 0) {
    const x = values.pop()!;
    const d = depths.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    if (d > max) max = d;
    if (max > cap) return max;
    if (Array.isArray(x)) {
      for (const c of x)
        if (typeof c === 'object' && c !== null) {
          values.push(c);
          depths.push(d + 1);
        }
    } else {
      for (const c of Object.values(x))
        if (typeof c === 'object' && c !== null) {
          values.push(c);
          depths.push(d + 1);
        }
    }
  }
  return max;
}

/** Throws the limit's RenderError when `v` nests deeper than MAX_VALUES_DEPTH. */
export function checkValuesDepth(
  v: GoValue,
  code: RenderErrorCode,
  prefix: string,
  where: RenderErrorWhere = {},
): void {
  if (valueDepth(v) > MAX_VALUES_DEPTH) throw new RenderError(code, `${prefix}${TOO_DEEP}`, where);
}

/**
 * A cheap upper bound of how deep values from these inputs may nest: every
 * '[' and '{' may open a level, and so may every '.' of a `--set` path; values
 * files count as depthBound (yaml-depth.ts) has them.
 */
export function flagNestingBound(arg: string): number {
  let n = 0;
  for (let i = 0; i < arg.length; i++) {
    const c = arg.charCodeAt(i);
    if (c === 0x5b || c === 0x7b || c === 0x2e) n++;
  }
  return n;
}
