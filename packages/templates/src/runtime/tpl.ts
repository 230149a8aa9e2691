/**
 * Helm's `tpl` function (helm pkg/engine/engine.go tplFun, v3.17.3) for the
 * Go-template subset a user can reasonably put in a value that a chart renders
 * through `tpl` (redis renders master.affinity/slave.affinity this way).
 *
 * The lexer, parser and executor follow Go 1.23's text/template (parse/lex.go,
 * parse/parse.go, exec.go) closely enough that output, parse errors and
 * execution errors read as Helm prints them. They live in tpl/, one stage each:
 * lexer.ts, nodes.ts (the parse tree), parser.ts, exec.ts, with funcs.ts (the
 * functions a text may call) and values.ts (the Go values it sees). Supported:
 *   - text, `{{ }}` actions, `{{-`/`-}}` trimming, comment actions (`{{/&#42; … &#42;/}}`)
 *   - fields of `.`/`$` and variables (`.Values.x`, `$.Release.Name`, `$v.a`),
 *     `.Chart`/`.Capabilities`/`.Template`/`.Release`, string/number/bool/nil literals
 *   - pipelines, parenthesised pipelines, `$x := …` / `$x = …`
 *   - `if`/`else if`/`else`, `with`/`else with`, `range` (with `$i, $v :=`,
 *     `else`, `break`, `continue`), `template`, `define`, `block`
 *   - functions: default, quote, squote, upper, lower, trim, toString, toYaml,
 *     toJson, printf, print, println, include, tpl, and, or, not, eq, ne, lt,
 *     le, gt, ge, len, index
 * Anything else Helm would accept (another sprig function, `.Files`, a
 * `.Chart` field the render context does not carry, …) raises a RenderError
 * naming the construct: it is never passed through as text.
 *
 * Values: `undefined` is Go's invalid reflect.Value (what a pipeline yields for
 * nil), `null` a nil interface (a missing or nil map entry). The difference
 * shows in error messages, exactly as in Go.
 */
import type { RenderContext } from '../context.js';
import { TemplateError } from './template-error.js';
import { locate, runTpl, type TemplateRegistry } from './tpl/exec.js';
import { TplError, Unsupported, rootValue } from './tpl/values.js';

export type { NamedTemplate, TemplateRegistry } from './tpl/exec.js';

/**
 * `tpl TEXT DOT` where DOT is the chart's root context (`$`). Returns what Helm
 * returns (with "<no value>" removed, as tplFun does); throws TemplateError
 * worded as Helm's "error calling tpl: …", or RenderError for unsupported constructs.
 */
export function tpl(text: string, ctx: RenderContext, templates: TemplateRegistry): string {
  try {
    return runTpl(text, rootValue(ctx), { templates, depth: 0, includedNames: new Map() });
  } catch (e) {
    if (e instanceof TplError) throw new TemplateError(`error calling tpl: ${e.message}`);
    if (e instanceof RangeError) {
      // Go allows 100000 nested `template` calls; JavaScript's stack ends far sooner.
      throw locate(new Unsupported('template recursion this deep'), text);
    }
    throw e;
  }
}
