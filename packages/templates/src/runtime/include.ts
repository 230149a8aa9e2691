/**
 * `include (print $.Template.BasePath "/x.yaml") .` — rendering another template
 * file with the same context, as the checksum annotations do.
 *
 * Helm renders the file afresh on every include. The result only differs from a
 * previous include of the same file in the same render if the file drew random
 * values (randAlphaNum) or a template changed the values with `set` in between;
 * otherwise it is byte-identical, so it is reused from the render's cache
 * (`ctx.includeCache`, set by the engine; without it every include renders).
 */
import type { RenderContext } from '../context.js';
import { runtimeEvents } from './sprig.js';

interface Entry {
  readonly text: string;
  /** runtimeEvents.sets when it was rendered */
  readonly sets: number;
}

export type IncludeCache = Map<(ctx: RenderContext) => string, Entry>;

export function includeFile(ctx: RenderContext, template: (ctx: RenderContext) => string): string {
  const cache = ctx.includeCache;
  if (!cache) return template(ctx);
  const hit = cache.get(template);
  if (hit && hit.sets === runtimeEvents.sets) return hit.text;
  const draws = runtimeEvents.draws;
  const sets = runtimeEvents.sets;
  const text = template(ctx);
  // A render that drew random values must be redone on the next include, as in Helm.
  if (runtimeEvents.draws === draws && runtimeEvents.sets === sets) cache.set(template, { text, sets });
  else cache.delete(template);
  return text;
}
