/**
 * Results a render computes once and reuses while nothing could change them.
 *
 * A `define` is a function of its context: `.Values` (their contents), `.Chart`,
 * `.Release`, `.Capabilities`, `.Template`, and the random draws it makes. Within
 * one render `.Release` and `.Capabilities` are fixed, and the values change only
 * by `set` (RenderState.sets counts each). So a define that drew nothing, set
 * nothing and did not read `.Template`, called again with the same values table
 * and chart and no `set` in between, returns the same text: Helm runs it again
 * (`include "polyaxon.fullname" .` ~170 times a render, `config.scheduling` once
 * per workload) and gets what the first run got. Such a result is kept in the
 * render's state (RenderState.kept) and dropped with it; nothing survives a render.
 *
 * include.ts applies the same rule to included files.
 */
import { TemplateContext, type RenderContext } from '../context.js';
import { indent } from './sprig.js';

/** What `compute` returned, and whether it drew, set or read `.Template` (then it may differ next time). */
export interface Watched<T> {
  readonly value: T;
  readonly pure: boolean;
}

/**
 * Runs `compute` on a copy of the context that notes a read of `.Template`; with
 * the render's draw and set counts before and after, says whether the result is
 * a function of the values, the chart and the render alone.
 */
export function watched<T>(ctx: RenderContext, compute: (ctx: RenderContext) => T): Watched<T> {
  const state = ctx.state;
  if (state === undefined) return { value: compute(ctx), pure: false };
  const draws = state.draws;
  const sets = state.sets;
  // `.Template` is read from ctx only if the run reads it: an enclosing watched run sees that read too.
  const run = new TemplateContext(ctx.Values, ctx.Release, ctx.Chart, ctx.Capabilities, ctx.random, state, ctx);
  const value = compute(run);
  return { value, pure: !run.readsTemplate && state.draws === draws && state.sets === sets };
}

/**
 * `compute(ctx)`, or what it returned earlier in this render when that is
 * certainly the same (see the module comment). `key` names the computation (the
 * function itself, usually). Only strings and values the caller never changes may
 * be kept: the caller gets the very object the first call returned.
 */
export function keptForRender<T>(ctx: RenderContext, key: object, compute: (ctx: RenderContext) => T): T {
  const state = ctx.state;
  if (state === undefined) return compute(ctx);
  const kept = state.kept.get(key);
  if (kept !== undefined && kept.values === ctx.Values && kept.chart === ctx.Chart && kept.sets === state.sets) {
    return kept.value as T;
  }
  const { value, pure } = watched(ctx, compute);
  if (pure) state.kept.set(key, { values: ctx.Values, chart: ctx.Chart, sets: state.sets, value });
  else state.kept.delete(key);
  return value;
}

/**
 * `include "name" . | indent n` where `fn` is the port of `define "name"`: the
 * define's text indented by `n`. A text the render keeps is indented once per
 * `n` (workloads include `config.envs` or `config.scheduling` the same way, each
 * in its own template).
 */
export function indentInclude(n: number, fn: (ctx: RenderContext) => string, ctx: RenderContext): string {
  const text = fn(ctx);
  const kept = ctx.state?.kept.get(fn);
  // The entry is this text's only when fn just kept it or found it kept (a run that was not kept removes it).
  if (kept === undefined || kept.value !== text) return indent(n, text);
  // Most defines are indented by one n throughout: that text needs no map.
  if (kept.indentBy === n) return kept.indented!;
  if (kept.indentBy === undefined) {
    kept.indentBy = n;
    return (kept.indented = indent(n, text));
  }
  const more = (kept.indentedMore ??= new Map());
  let out = more.get(n);
  if (out === undefined) more.set(n, (out = indent(n, text)));
  return out;
}
