/**
 * What a template printed, kept for the next render of the same values.
 *
 * A template is a function of its context. Within one render frame (release and
 * capabilities, renderScope.frame) and for the very same values object (core
 * values.ts hands the same coalesced values to every render of the same user
 * values), its text can only differ from last time if
 *   - it drew random values (randAlphaNum: every render draws afresh, as Helm does),
 *   - it changed the values with `set` itself, or
 *   - it read something an earlier template of this render changed with `set`
 *     (the mutation watch) — or the earlier templates changed other things than
 *     last time (renderScope.changes).
 * A render that did none of these is kept; the next call with the same key,
 * values, frame and changes returns it without running the template. This is what
 * makes a watch loop or an editor re-rendering the same values cheap; any change of
 * values gives new values objects and so runs every template again.
 */
import type { GoMap } from '@polyaxon-render/values';
import { renderScope } from './render-scope.js';
import { runtimeEvents } from './sprig.js';

interface Entry {
  readonly values: GoMap;
  readonly frame: string;
  readonly changes: string;
  readonly text: string;
}

/** One entry per key: the last cacheable render. */
export type MemoTable<K> = Map<K, Entry>;

/**
 * `render()` if it must run, else its text from the last render of `key` with the
 * same values, frame and changes. Outside a render scope it always runs.
 */
export function memoRender<K>(table: MemoTable<K>, key: K, values: GoMap, render: () => string): string {
  const scope = renderScope;
  if (!scope.active) return render();
  const hit = table.get(key);
  if (hit !== undefined && hit.values === values && hit.frame === scope.frame && hit.changes === scope.changes) return hit.text;
  const draws = runtimeEvents.draws;
  const sets = runtimeEvents.sets;
  const changes = scope.changes;
  // Taint is tracked per render call: save the caller's, start clean, hand ours on to the caller.
  const outerTaint = scope.watch?.tainted ?? false;
  if (scope.watch !== null) scope.watch.tainted = false;
  let text: string;
  let tainted = true;
  try {
    text = render();
    tainted = scope.watch !== null && scope.watch.tainted;
  } finally {
    // The watch may have started during render() (a `set` in it); either way the caller inherits the taint.
    if (scope.watch !== null) scope.watch.tainted ||= outerTaint;
  }
  if (!tainted && runtimeEvents.draws === draws && runtimeEvents.sets === sets) {
    table.set(key, { values, frame: scope.frame, changes, text });
  } else {
    table.delete(key);
  }
  return text;
}
