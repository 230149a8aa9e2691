/**
 * `include (print $.Template.BasePath "/x.yaml") .` — rendering another template
 * file with the same context, as the checksum annotations do.
 *
 * Helm renders the file afresh on every include. The result only differs from a
 * previous include with the same values if the file drew random values
 * (randAlphaNum) or read something a `set` changed, so inside a render it goes
 * through the memo (memo.ts): a deterministic file renders once, not once per
 * including template, while a file that draws renders again every time, as in Helm.
 */
import type { RenderContext } from '../context.js';
import { memoRender, type MemoTable } from './memo.js';

/** Per included template: its memo, by the including template (`.Template` is part of the context an include sees). */
const tables = new WeakMap<(ctx: RenderContext) => string, MemoTable<string>>();

export function includeFile(ctx: RenderContext, template: (ctx: RenderContext) => string): string {
  let table = tables.get(template);
  if (table === undefined) tables.set(template, (table = new Map()));
  return memoRender(table, ctx.Template.Name, ctx, () => template(ctx));
}
