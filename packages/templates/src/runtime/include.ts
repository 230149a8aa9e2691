/**
 * `include (print $.Template.BasePath "/x.yaml") .` — rendering another template
 * file with the same context, as the checksum annotations do.
 *
 * Helm renders the file afresh on every include. The result only differs from a
 * previous include with the same values if the file drew random values
 * (randAlphaNum) or read something a `set` changed, so inside a render it goes
 * through the memo (memo.ts): a deterministic file renders once for all eight
 * workloads that include it, while a file that draws renders its random parts again
 * every time, as in Helm.
 *
 * The included file sees the includer's `.Template`; a file that reads it (none of
 * the charts' do) is kept per including template from then on.
 */
import type { RenderContext } from '../context.js';
import { keptText, memoRender, type MemoTable } from './memo.js';
import { leaveScope } from './template-sites.js';

type TemplateFn = (ctx: RenderContext) => string;

const tables = new WeakMap<TemplateFn, MemoTable<string>>();
/** Files seen reading `.Template`: their renders are kept per including template. */
const readsTemplate = new WeakSet<TemplateFn>();
/** The key of a render that did not read `.Template`, valid for every includer. */
const ANY_INCLUDER = '';

/**
 * `include (print $.Template.BasePath "/<path>") .`: `path` is the file's name in the
 * chart's templates folder, which names it in the errors it raises.
 */
export function includeFile(ctx: RenderContext, path: string, template: TemplateFn): string {
  try {
    return includeFileText(ctx, template);
  } catch (e) {
    const file = `${ctx.Template.BasePath}/${path}`;
    throw leaveScope(e, { file, name: file }, file, ctx.Values);
  }
}

function includeFileText(ctx: RenderContext, template: TemplateFn): string {
  let table = tables.get(template);
  if (table === undefined) tables.set(template, (table = new Map()));
  const perIncluder = readsTemplate.has(template);
  let read = false;
  // Only a render needs to watch `.Template` (the memo's hits run nothing).
  const renderWatched = () =>
    template({
      Values: ctx.Values,
      Release: ctx.Release,
      Chart: ctx.Chart,
      Capabilities: ctx.Capabilities,
      get Template() {
        read = true;
        return ctx.Template;
      },
      random: ctx.random,
    });
  const text = memoRender(table, perIncluder ? ctx.Template.Name : ANY_INCLUDER, ctx, renderWatched);
  if (read && !perIncluder) {
    // Its text depends on who includes it: what was just kept belongs to this includer only.
    readsTemplate.add(template);
    const kept = table.get(ANY_INCLUDER);
    table.delete(ANY_INCLUDER);
    if (kept !== undefined) table.set(ctx.Template.Name, kept);
  }
  return text;
}

/**
 * The text `template` printed when an earlier include in this render rendered it,
 * if rendering it now as a file of its own would print the same (the memo's rule:
 * same frame, values and changes, nothing random, and it did not read `.Template`,
 * the one thing an include changes); else undefined. Lets the engine print a
 * config map that every workload's checksum already rendered without rendering it
 * again. The engine applies its own "<no value>" removal: include's text has none
 * applied, as in Helm.
 */
export function includedText(ctx: RenderContext, template: TemplateFn): string | undefined {
  const table = tables.get(template);
  if (table === undefined || readsTemplate.has(template)) return undefined;
  return keptText(table, ANY_INCLUDER, ctx);
}
