/**
 * How deep values may nest, and the checks that keep every recursive step
 * (the YAML composer, decoding, coalescing, templates, the manifest parse) inside
 * JavaScript's call stack.
 *
 * Helm's own limits are Go's: yaml.v2 refuses more than 10000 nested flow
 * collections or indentation levels, encoding/json more than 10000 nested
 * arrays/objects; `--set` lists have none (Go stacks grow). JavaScript's stack is
 * fixed (about 1 MB in Node), and the `yaml` package's composer overflows it
 * somewhere past 800 nested flow sequences. So polyaxon-render refuses, with a
 * RenderError that says so, values nested deeper than MAX_VALUES_DEPTH, far
 * beyond anything a chart reads and well inside the stack.
 */
import { RenderError, type RenderErrorCode, type RenderErrorWhere } from './errors.js';
import type { GoValue } from './go-value.js';

/** The deepest nesting of maps and lists polyaxon-render accepts in values. */
export const MAX_VALUES_DEPTH = 500;

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

/** The words every refusal at MAX_VALUES_DEPTH uses (after its source's prefix). */
export const TOO_DEEP = `values nested deeper than ${MAX_VALUES_DEPTH} levels are not supported (polyaxon-render's limit, set by the JavaScript call stack)`;

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
