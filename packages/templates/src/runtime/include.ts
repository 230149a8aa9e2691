/**
 * `include (print $.Template.BasePath "/x.yaml") .` — rendering another template
 * file with the same context, as the checksum annotations do.
 *
 * Helm renders the file afresh on every include. A file's text is a function of
 * its context, the values' contents and the random draws it makes: rendered again
 * in the same render with the same values object, after no `set` and without
 * drawing or setting anything itself, it prints the same text. Such a text is
 * kept for the rest of the render (RenderState.includes): the config map that
 * eight workloads hash renders once, while a file that draws (the secrets)
 * renders, and draws, on every include, as in Helm.
 *
 * The included file sees the includer's `.Template`; a file that reads it (none
 * of the charts' do) is not kept.
 */
import type { RenderContext } from '../context.js';
import { watched } from './kept.js';
import type { IncludedFile } from './render-state.js';
import { sha256sum } from './sha256.js';
import { leaveScope } from './template-sites.js';

type TemplateFn = (ctx: RenderContext) => string;

/**
 * `include (print $.Template.BasePath "/<path>") .`: `path` is the file's name in the
 * chart's templates folder, which names it in the errors it raises.
 */
export function includeFile(ctx: RenderContext, path: string, template: TemplateFn): string {
  return included(ctx, path, template).text;
}

/** `include … | sha256sum`: the hash of a kept text is computed once per render. */
export function includeSha256(ctx: RenderContext, path: string, template: TemplateFn): string {
  const file = included(ctx, path, template);
  return (file.hash ??= sha256sum(file.text));
}

/**
 * The text `template` printed when an earlier include in this render rendered it,
 * if rendering it now as a file of its own would print the same (see the module
 * comment; it did not read `.Template`, the one thing an include changes); else
 * undefined. Lets the engine print a config map that every workload's checksum
 * already rendered without rendering it again. The engine applies its own
 * "<no value>" removal: include's text has none applied, as in Helm.
 */
export function includedText(ctx: RenderContext, template: TemplateFn): string | undefined {
  return keptInclude(ctx, template)?.text;
}

function keptInclude(ctx: RenderContext, template: TemplateFn): IncludedFile | undefined {
  const state = ctx.state;
  const kept = state?.includes.get(template);
  return kept !== undefined && kept.values === ctx.Values && kept.sets === state!.sets ? kept : undefined;
}

function included(ctx: RenderContext, path: string, template: TemplateFn): IncludedFile {
  try {
    return renderIncluded(ctx, template);
  } catch (e) {
    const file = `${ctx.Template.BasePath}/${path}`;
    throw leaveScope(e, { file, name: file }, file, ctx.Values);
  }
}

function renderIncluded(ctx: RenderContext, template: TemplateFn): IncludedFile {
  const kept = keptInclude(ctx, template);
  if (kept !== undefined) return kept;
  const state = ctx.state;
  const { value: text, pure } = watched(ctx, template);
  const file: IncludedFile = { values: ctx.Values, text, sets: state?.sets ?? 0 };
  if (state === undefined) return file;
  if (pure) state.includes.set(template, file);
  else state.includes.delete(template);
  return file;
}
