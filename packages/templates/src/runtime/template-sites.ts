/**
 * Where a failing template action is in the chart's template files, so that a
 * port's error says what Helm's says: `template: FILE:LINE:COL: executing "NAME"
 * at <EXPR>: …`, through `error calling include: …` chains.
 *
 * The mechanism: **a per-scope site table plus error keys.** A port reads like its
 * template and calls runtime helpers (`field`, `b64enc`, `rangeEntries`, …) that
 * know *what* failed but not *where*; rather than thread a position record through
 * thousands of calls on the render path, each error carries a `key` (the field chain,
 * the function and parameter, `range`, or the `define`/file it escaped), and the
 * scope it escapes from — a `define` (wrapped by `define()` below) or a template file
 * (the engine, `includeFile`) — looks the key up in that scope's table of the
 * actions that can fail, in template text order, and takes the first that matches:
 * text/template runs a scope's actions in text order and stops at the first error, so
 * the first action of the scope that could have raised this error is the one that did.
 * The tables (template-sites.generated.ts) are data made from the chart's templates by
 * scripts/gen-template-sites.mjs: positions and node texts as Go's parser prints them.
 * They are parsed only when an error needs them, so a render that succeeds pays one
 * try/catch per `define` call and nothing else.
 */
import { getKey, isMap, type GoMap, type GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../context.js';
import { keptForRender } from './kept.js';
import { TemplateError, type SiteKey, type TemplateLocation } from './template-error.js';
import { templateSites } from '../template-sites.generated.js';

/** A scope actions run in: a template file (name = file) or a `define` (name = its name) in its file. */
export interface TemplateScope {
  /** Go's ParseName: the file the scope's text is in. */
  readonly file: string;
  /** The executing template's name: the file name, or the `define` name. */
  readonly name: string;
}

/** One node of a command: where it is, its text, and whether it is a field (its nil is a typed nil). */
type ArgSite = readonly [line: number, column: number, expression: string, field: 0 | 1];

/** A table row, in template text order (see scripts/gen-template-sites.mjs). */
type Site =
  /** A field, variable or chain that can fail. */
  | readonly ['f', number, number, string]
  /** A function call: the command, the function, whether it is piped into, its arguments. */
  | readonly ['c', number, number, string, string, 0 | 1, readonly ArgSite[], string]
  /** A range: the node its failure is reported at (the last its pipeline evaluated). */
  | readonly ['r', number, number, string]
  /** `include "x"`, or the include of a file (target = the define's name or the file's). */
  | readonly ['i', number, number, string, string, 'include'];

/** A scope's rows, parsed when an error needs them (no cache: errors are rare, and a table row is small). */
function sitesOf(scope: TemplateScope): readonly Site[] {
  const text = templateSites[scope.file === scope.name ? scope.file : `${scope.file}#${scope.name}`];
  return text === undefined ? [] : (JSON.parse(text) as Site[]);
}

/** The idents of a field chain as the table prints it: `.Values.a.b`, `$.Values.a`, `$x.a`. */
function identsOf(expression: string): { idents: string[]; from: number } {
  if (expression.startsWith('.')) return { idents: expression.slice(1).split('.'), from: 0 };
  return { idents: expression.split('.'), from: 1 };
}

/** Whether `keys` occur, in a row, among the chain's field names. */
function chainHas(expression: string, keys: readonly string[]): boolean {
  const { idents, from } = identsOf(expression);
  outer: for (let i = from; i + keys.length <= idents.length; i++) {
    for (let j = 0; j < keys.length; j++) if (idents[i + j] !== keys[j]) continue outer;
    return true;
  }
  return false;
}

interface Found {
  readonly line: number;
  readonly column: number;
  readonly expression: string;
  /** For a parameter's type check: whether Go saw it as a typed nil (a field argument). */
  readonly typedNil?: boolean;
}

/**
 * What a `.Values.a.b` (or `$.Values.a.b`) chain reads from the scope's values: its value,
 * FAILS when text/template would fail on it, or undefined for another kind of node (a
 * variable, a field of a range's dot) whose value the locator cannot know.
 */
const FAILS = Symbol('fails');
function readChain(
  expression: string,
  values: GoMap | undefined,
): { value: GoValue | undefined } | typeof FAILS | undefined {
  if (values === undefined) return undefined;
  const idents = expression.startsWith('.Values.')
    ? expression.slice('.Values.'.length).split('.')
    : expression.startsWith('$.Values.')
      ? expression.slice('$.Values.'.length).split('.')
      : undefined;
  if (idents === undefined) return undefined;
  let cur: GoValue | undefined = values;
  for (const k of idents) {
    if (!isMap(cur)) return FAILS;
    cur = getKey(cur, k);
  }
  return { value: cur };
}

/** The same operand: Go's nil is our null or a missing key. */
const same = (a: GoValue | undefined, b: GoValue | undefined) => a === b || (a == null && b == null);

/**
 * The first action of the scope that raises this error. Where the scope's values say so,
 * actions that could not have raised it are passed over: a field chain that reads fine, a
 * call whose operand is another value than the one that failed.
 */
function find(sites: readonly Site[], key: SiteKey, values: GoMap | undefined): Found | undefined {
  for (const s of sites) {
    if (key.from !== undefined && s[1] < key.from) continue;
    switch (key.kind) {
      case 'field':
        if (s[0] === 'f' && chainHas(s[3], key.keys)) {
          const read = readChain(s[3], values);
          if (read === undefined || read === FAILS) return { line: s[1], column: s[2], expression: s[3] };
        }
        break;
      case 'range':
        if (s[0] === 'r' && (key.at === undefined ? readsAs(s[3], key.value, values) : s[3] === key.at)) {
          return { line: s[1], column: s[2], expression: s[3] };
        }
        break;
      case 'named':
        if (s[0] === 'i' && s[4] === key.target) return { line: s[1], column: s[2], expression: s[3] };
        break;
      case 'call':
        if (s[0] === 'c' && s[4] === key.fn && operandMatches(s, key, values)) return callSite(s, key.param);
        break;
    }
  }
  return undefined;
}

/** Whether a node can have read `value`: a chain that reads it, or a node whose value is unknown here. */
function readsAs(expression: string, value: GoValue | undefined, values: GoMap | undefined): boolean {
  const read = readChain(expression, values);
  return read === undefined || (read !== FAILS && same(read.value, value));
}

/** Whether the call's operand `key.arg` (an argument, or what is piped in) can be the value that failed. */
function operandMatches(
  s: Extract<Site, readonly ['c', ...unknown[]]>,
  key: Extract<SiteKey, { kind: 'call' }>,
  values: GoMap | undefined,
): boolean {
  if (key.arg === undefined) return true;
  const args = s[6];
  const operand = key.arg < args.length ? args[key.arg][2] : s[7];
  return operand === '' || readsAs(operand, key.value, values);
}

/**
 * Where exec.go reports a call's failure: "error calling f" at the whole command;
 * a parameter's type check at its argument (evalArg), or, for the value piped in,
 * at the node evaluated last before it (the last argument, else the function name).
 */
function callSite(s: Extract<Site, readonly ['c', ...unknown[]]>, param: number | undefined): Found {
  const [, line, column, expression, fn, , args] = s;
  if (param === undefined) return { line, column, expression };
  const arg = args[param] ?? args[args.length - 1];
  if (arg === undefined) return { line, column, expression: fn };
  return { line: arg[0], column: arg[1], expression: arg[2], typedNil: param < args.length && arg[3] === 1 };
}

/**
 * A nil operand: validateType says "invalid value" for an untyped nil (what a pipeline
 * or variable yields) and "wrong type for value … got interface {}" for a field's nil.
 */
function nilWording(message: string, typedNil: boolean | undefined): string {
  const m = /^invalid value; expected (.*)$/.exec(message);
  if (typedNil && m) return `wrong type for value; expected ${m[1]}; got interface {}`;
  const w = /^wrong type for value; expected (.*); got interface \{\}$/.exec(message);
  if (typedNil === false && w) return `invalid value; expected ${w[1]}`;
  return message;
}

/**
 * The error as it leaves `scope`: located at the scope's action it came from (an
 * `include` wraps it first), or unchanged when it is located already or its action is
 * not in the table.
 */
export function locateIn(e: unknown, scope: TemplateScope, values?: GoMap): unknown {
  if (!(e instanceof TemplateError) || e.key === undefined) return e;
  const found = find(sitesOf(scope), e.key, values);
  // Not an `include` of this scope: a `template` action, which runs the template in place, so Go
  // reports the error as that template's own, unwrapped.
  if (found === undefined) return e.key.kind === 'named' ? retag(e, undefined) : e;
  let message = e.message;
  let includes = e.includes;
  if (e.key.kind === 'named') {
    message = `error calling include: ${message}`;
    if (e.location) includes = [e.location, ...e.includes];
  } else if (e.key.kind === 'call' && e.key.param !== undefined) {
    message = nilWording(message, found.typedNil);
  }
  const location: TemplateLocation = {
    template: scope.file,
    name: scope.name,
    line: found.line,
    column: found.column,
    expression: found.expression,
  };
  // text/template's state.errorf.
  const text = `template: ${scope.file}:${found.line}:${found.column}: executing ${JSON.stringify(scope.name)} at <${found.expression}>: ${message}`;
  return new TemplateError(text, e.fail, undefined, undefined, { location, includes });
}

/** The same error with another key (undefined: located for good). */
function retag(e: TemplateError, key: SiteKey | undefined): TemplateError {
  return new TemplateError(e.message, e.fail, e.position, e.expression, {
    key,
    location: e.location,
    includes: e.includes,
  });
}

/**
 * The error as it leaves a `define` or an included file: located in it, then keyed
 * by the scope's name for the action that ran it (`include "x"` or `template "x"`).
 */
export function leaveScope(e: unknown, scope: TemplateScope, target: string, values?: GoMap): unknown {
  const located = locateIn(e, scope, values);
  if (located instanceof TemplateError && located.key === undefined && located.location !== undefined) {
    return retag(located, { kind: 'named', target });
  }
  return located;
}

/**
 * A port of `define "name"` in `file`: the function, with its errors located in the
 * define's text. Every exported port of a define goes through this. Its text is
 * kept for the rest of the render while it is certainly the same (kept.ts).
 */
export function define(
  name: string,
  file: string,
  body: (ctx: RenderContext) => string,
): (ctx: RenderContext) => string {
  const scope: TemplateScope = { file, name };
  // Kept under the port's own function, where indentInclude (kept.ts) finds it.
  const run = (ctx: RenderContext): string => {
    try {
      return keptForRender(ctx, run, body);
    } catch (e) {
      throw leaveScope(e, scope, name, ctx.Values);
    }
  };
  return run;
}
