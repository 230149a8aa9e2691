/**
 * Errors raised while a template executes, worded as Go's text/template and
 * sprig word them. A runtime helper throws the bare message with a `key` saying
 * what failed (a field chain, a function's parameter, a range); on its way out of
 * a `define` or template file the error is located in that scope's site table
 * (template-sites.ts) and takes Go's prefix
 * `template: FILE:LINE:COL: executing "NAME" at <EXPR>: `, exactly as
 * text/template's state.errorf writes it.
 */
import { RenderError } from '@polyaxon-render/values';
import { goTypeName } from './go-fmt.js';
import type { GoValue } from '@polyaxon-render/values';

/**
 * What failed, so the action can be found in the scope's site table; `from`, when a port
 * says so (textFrom), is the first line of the scope's text the failing action can be on.
 */
export type SiteKey = { readonly from?: number } &
  /** A field chain `.a.b.c` (the keys a `field()` call was given). */
  (
    | { readonly kind: 'field'; readonly keys: readonly string[] }
    /**
     * A function call: the whole command ("error calling fn: …"), or parameter `param`'s type
     * check; `value` is what parameter `arg` was given, which tells apart two calls of `fn`.
     */
    | {
        readonly kind: 'call';
        readonly fn: string;
        readonly param?: number;
        readonly arg?: number;
        readonly value?: GoValue | undefined;
      }
    /** `range` over a value it cannot iterate (`at`: its expression, where the port names it). */
    | { readonly kind: 'range'; readonly at?: string }
    /** An error leaving a `define` or an included file, to be matched with the `include` that ran it. */
    | { readonly kind: 'named'; readonly target: string }
  );

/** Where text/template reported an error: `FILE:LINE:COL`, the executing template's name and the node. */
export interface TemplateLocation {
  /** The file the action is in (Go's ParseName), e.g. `polyaxon/templates/partials/_stores.tpl`. */
  readonly template: string;
  /** The executing template: the file itself, or the `define` name. */
  readonly name: string;
  readonly line: number;
  /** Go's column: the byte offset of the node in its line, from 0. */
  readonly column: number;
  /** The node as Go prints it in `at <…>`. */
  readonly expression: string;
}

export class TemplateError extends RenderError {
  /** True for `required`/`fail`, which Helm reports as "execution error at (file:line:col): msg". */
  readonly fail: boolean;
  /** `line:col` of the action in the chart's template file, when the port knows it (NOTES). */
  readonly position?: string;
  /** The template expression that failed (Go's `at <…>`), when the port knows it (NOTES). */
  readonly expression?: string;
  /** What failed, until the error is located in a scope; undefined once located. */
  readonly key?: SiteKey;
  /** The outermost location Go reports, once located. */
  readonly location?: TemplateLocation;
  /** The locations of the `include`d templates the error came through, outermost first. */
  readonly includes: readonly TemplateLocation[];
  constructor(
    message: string,
    fail = false,
    position?: string,
    expression?: string,
    more: { key?: SiteKey; location?: TemplateLocation; includes?: readonly TemplateLocation[] } = {},
  ) {
    super('template', message);
    this.name = 'TemplateError';
    this.fail = fail;
    this.position = position;
    this.expression = expression;
    this.key = more.key ?? (more.location ? undefined : keyOfMessage(message));
    this.location = more.location;
    this.includes = more.includes ?? [];
  }
}

/** evalCall's "error calling fn: …" is reported at the whole command. */
function keyOfMessage(message: string): SiteKey | undefined {
  const m = /^error calling (\w+): /.exec(message);
  return m ? { kind: 'call', fn: m[1] } : undefined;
}

/** text/template: a field of a nil interface value (`.Values.missing.x`); `keys` is the whole chain. */
export function nilPointer(field: string, keys: readonly string[] = [field]): TemplateError {
  return new TemplateError(`nil pointer evaluating interface {}.${field}`, false, undefined, undefined, {
    key: { kind: 'field', keys },
  });
}

/** An argument's type check (exec.go validateType), keyed by the Go function and parameter it is for. */
function wrongType(message: string, v: GoValue | undefined, fn?: string, param?: number): TemplateError {
  return new TemplateError(message, false, undefined, undefined, {
    key: fn === undefined ? undefined : { kind: 'call', fn, param, arg: param, value: v },
  });
}

/**
 * text/template's check of a function argument against the Go parameter type:
 * a nil operand is "invalid value", another type is "wrong type for value".
 * `fn` and `param` name the function and its parameter (from 0), for the position.
 */
export function expectString(v: GoValue | undefined, fn?: string, param?: number): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) throw wrongType('invalid value; expected string', v, fn, param);
  throw wrongType(`wrong type for value; expected string; got ${goTypeName(v)}`, v, fn, param);
}

/** As expectString, for Go `int` parameters (template int literals and `int` results are bigint). */
export function expectInt(v: GoValue | undefined, fn?: string, param?: number): number {
  if (typeof v === 'bigint') return Number(v);
  if (v === null || v === undefined) throw wrongType('invalid value; expected int', v, fn, param);
  throw wrongType(`wrong type for value; expected int; got ${goTypeName(v)}`, v, fn, param);
}

/**
 * Runs `body`, the port of a part of the template that starts at `line`: an error it raises
 * is looked for from that line on. For templates that write the same action twice, in two
 * branches, so that the error names the copy that ran.
 */
export function textFrom<T>(line: number, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (!(e instanceof TemplateError) || e.key === undefined || e.key.from !== undefined) throw e;
    throw new TemplateError(e.message, e.fail, e.position, e.expression, {
      key: { ...e.key, from: line },
      includes: e.includes,
    });
  }
}
