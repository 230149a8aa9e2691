/**
 * What a template printed, kept for the next render of the same values.
 *
 * A template is a function of its context. Within one render frame (release and
 * capabilities, renderScope.frame) and for the very same values object (core
 * values.ts hands the same coalesced values to every render of the same user
 * values), its text can only differ from last time where
 *   - it draws random values (randAlphaNum: every render draws afresh, as Helm does),
 *   - it changes the values with `set`, or
 *   - it reads something an earlier template of this render changed with `set`
 *     (the mutation watch), or the earlier templates changed other things than
 *     last time (renderScope.changes).
 * A render that did none of these is kept; the next call with the same key, frame
 * and changes returns it without running the template if the values are the same
 * object, or if every top-level key the template read from them still holds the
 * same object (@polyaxon-render/values read-tracker.ts; coalescing keeps the
 * objects of unchanged tables from one render to the next). This is what makes a
 * watch loop re-rendering the same values cheap, and an edit re-render only the
 * templates that read what changed.
 *
 * Holes. A template whose only random parts are a few pieces of text written
 * straight into its output (a generated password, a checksum of a file with
 * generated passwords) marks each with `hole(ctx, fn)`. The memo then keeps the
 * text around the holes and, on the next render, runs only the hole functions, in
 * the order the template ran them — so the random draws happen in the same order
 * and number as in a full render, and a seeded render prints the same bytes.
 * While a template is recorded, hole() notes each value it returns; the memo then
 * finds the values in the template's text, in order, and keeps the text between
 * them — but only when each value occurs exactly as often as holes returned it
 * (hole values are random, 60 bits and more, so they turn up nowhere else), else it
 * keeps nothing for that template. The text printed is always the template's own.
 *
 * Rules for hole functions: they get the current render's context and may use
 * what the template computed from its values (identical whenever the memo is
 * reused), but never a random draw made outside them; their value must be
 * written into the output as it is (not hashed, cut or indented). A hole may
 * `set` values (a generated password written back, as rabbitmq-ha does): the
 * replay sets them again at the same point; the text outside the holes must not
 * read what they set (the mutation watch would see it, and nothing is kept).
 */
import { readTracker, setReadTracker, type GoMap, type GoValue, type ReadTracker } from '@polyaxon-render/values';
import type { RenderContext } from '../context.js';
import { renderScope } from './render-scope.js';
import { runtimeEvents } from './events.js';
import { keep } from './keep.js';

export type HoleFn = (ctx: RenderContext) => string;

/** A kept text: segments[0] + hole 0 + segments[1] + … + segments[n]. */
export interface Shape {
  readonly segments: readonly string[];
  readonly holes: readonly HoleFn[];
}

interface Entry {
  readonly values: GoMap;
  /** Top-level keys the render read, with what they held; undefined when it read the values as a whole. */
  readonly reads: ReadonlyMap<string, GoValue | undefined> | undefined;
  readonly frame: string;
  readonly changes: string;
  /** The whole text when there are no holes. */
  readonly text: string;
  readonly shape?: Shape;
}

/** One entry per key: the last render that could be kept. */
export type MemoTable<K> = Map<K, Entry>;

interface Recording {
  readonly fns: HoleFn[];
  readonly values: string[];
  drawsInHoles: number;
  setsInHoles: number;
  taintInHoles: boolean;
}

/** The template being recorded, if any (holes inside a hole's function are not the outer template's). */
let recording: Recording | null = null;

/**
 * The output of the last memoRender call as segments and hole values (undefined
 * when it had no holes): the manifest stage uses it to know which parts of a
 * document can change between renders.
 */
export let lastHoles: { readonly shape: Shape; readonly values: readonly string[]; readonly text: string } | undefined;

/** A part of a template's text that is new on every render (see the module comment). */
export function hole(ctx: RenderContext, fn: HoleFn): string {
  const rec = recording;
  if (rec === null) return fn(ctx);
  const w = renderScope.watch;
  const outerTaint = w?.tainted ?? false;
  if (w !== null) w.tainted = false;
  const draws = runtimeEvents.draws;
  const sets = runtimeEvents.sets;
  recording = null;
  // A hole runs again on every replay: what it reads is not what the kept text depends on.
  const tracker = readTracker;
  setReadTracker(null);
  let v: string;
  try {
    v = fn(ctx);
  } finally {
    recording = rec;
    setReadTracker(tracker);
    const w2 = renderScope.watch;
    if (w2 !== null) {
      rec.taintInHoles ||= w2.tainted;
      w2.tainted = outerTaint;
    }
  }
  rec.drawsInHoles += runtimeEvents.draws - draws;
  rec.setsInHoles += runtimeEvents.sets - sets;
  rec.fns.push(fn);
  rec.values.push(v);
  return v;
}

/**
 * `render()` if it must run, else its text from the last render of `key` with the
 * same values, frame and changes (holes run afresh). `post` is applied to the
 * template's text (the engine's "<no value>" removal). Outside a render scope it
 * always runs.
 */
export function memoRender<K>(
  table: MemoTable<K>,
  key: K,
  ctx: RenderContext,
  render: () => string,
  post: (text: string) => string = (t) => t,
): string {
  const scope = renderScope;
  lastHoles = undefined;
  if (!scope.active) return post(render());
  const hit = table.get(key);
  if (
    hit !== undefined &&
    hit.frame === scope.frame &&
    hit.changes === scope.changes &&
    (hit.values === ctx.Values || sameReads(hit.reads, ctx.Values))
  ) {
    // What the kept render read counts as read by the template that includes it.
    passReads(readTracker, ctx.Values, hit.reads);
    lastHoles = undefined;
    if (hit.shape === undefined) return hit.text;
    return replay(hit.shape, ctx, post);
  }
  const draws = runtimeEvents.draws;
  const sets = runtimeEvents.sets;
  const changes = scope.changes;
  // Taint is tracked per render call: save the caller's, start clean, hand ours on to the caller.
  const outerTaint = scope.watch?.tainted ?? false;
  if (scope.watch !== null) scope.watch.tainted = false;
  const rec: Recording = { fns: [], values: [], drawsInHoles: 0, setsInHoles: 0, taintInHoles: false };
  const outerRec = recording;
  recording = rec;
  // Reads only matter to a later render with other values objects: not tracked when nothing is kept between renders.
  const outerTracker = readTracker;
  const tracker: ReadTracker | null = keep.betweenRenders ? { root: ctx.Values, keys: new Set(), whole: false } : null;
  setReadTracker(tracker);
  let raw: string;
  let tainted = true;
  try {
    raw = render();
    tainted = scope.watch !== null && scope.watch.tainted;
  } finally {
    recording = outerRec;
    setReadTracker(outerTracker);
    if (tracker !== null) passReads(outerTracker, ctx.Values, tracker.whole ? undefined : tracker.keys);
    // The watch may have started during render() (a `set` in it); either way the caller inherits the taint.
    if (scope.watch !== null) scope.watch.tainted ||= outerTaint || rec.taintInHoles;
  }
  // Draws and `set`s inside holes happen again on every replay, in the same order.
  const pure =
    !tainted && runtimeEvents.draws - rec.drawsInHoles === draws && runtimeEvents.sets - rec.setsInHoles === sets;
  lastHoles = undefined;
  const reads = tracker === null || tracker.whole ? undefined : readsOf(ctx.Values, tracker.keys);
  if (rec.fns.length === 0) {
    const text = post(raw);
    if (pure) table.set(key, { values: ctx.Values, reads, frame: scope.frame, changes, text });
    else table.delete(key);
    return text;
  }
  const { text, shape } = cut(raw, rec, post);
  if (pure && shape !== undefined) {
    table.set(key, { values: ctx.Values, reads, frame: scope.frame, changes, text: '', shape });
    lastHoles = { shape, values: rec.values.map(post), text };
  } else {
    table.delete(key);
  }
  return text;
}

/**
 * The text kept under `key` if memoRender would return it now without running
 * anything: same frame, changes and values, and no holes (a replay draws afresh).
 * Its reads count as read, as on a hit. Undefined when it would render.
 */
export function keptText<K>(table: MemoTable<K>, key: K, ctx: RenderContext): string | undefined {
  if (!renderScope.active) return undefined;
  const hit = table.get(key);
  if (
    hit === undefined ||
    hit.shape !== undefined ||
    hit.frame !== renderScope.frame ||
    hit.changes !== renderScope.changes
  )
    return undefined;
  if (hit.values !== ctx.Values && !sameReads(hit.reads, ctx.Values)) return undefined;
  passReads(readTracker, ctx.Values, hit.reads);
  return hit.text;
}

const own = (m: GoMap, k: string): GoValue | undefined =>
  Object.prototype.hasOwnProperty.call(m, k) ? m[k] : undefined;

/** What each read key holds now (read past the hooks: this is the memo looking, not a template). */
function readsOf(values: GoMap, keys: Iterable<string>): Map<string, GoValue | undefined> {
  const m = new Map<string, GoValue | undefined>();
  for (const k of keys) m.set(k, own(values, k));
  return m;
}

/** Do the keys a kept render read hold the same objects (or scalars) in `values`? */
function sameReads(reads: ReadonlyMap<string, GoValue | undefined> | undefined, values: GoMap): boolean {
  if (reads === undefined) return false;
  for (const [k, v] of reads) if (!Object.is(own(values, k), v)) return false;
  return true;
}

/**
 * Hands a nested render's reads on to the recording around it: its keys when both
 * read the same values object, else (another chart's values) the outer one can
 * only be reused for the very same values.
 */
function passReads(
  outer: ReadTracker | null,
  values: GoMap,
  keys: Iterable<string> | ReadonlyMap<string, unknown> | undefined,
): void {
  if (outer === null) return;
  if (keys === undefined || outer.root !== values) {
    outer.whole = true;
    return;
  }
  for (const k of keys instanceof Map ? keys.keys() : (keys as Iterable<string>)) outer.keys.add(k);
}

/** The text of a kept shape with its holes run again, in order. */
function replay(shape: Shape, ctx: RenderContext, post: (text: string) => string): string {
  const values: string[] = [];
  const rec = recording;
  recording = null;
  const tracker = readTracker;
  setReadTracker(null);
  let text = shape.segments[0];
  try {
    for (let i = 0; i < shape.holes.length; i++) {
      const v = post(shape.holes[i](ctx));
      values.push(v);
      text += v + shape.segments[i + 1];
    }
  } finally {
    recording = rec;
    setReadTracker(tracker);
  }
  lastHoles = { shape, values, text };
  return text;
}

/**
 * The text of a recorded render (with `post` applied) and, when every hole's value
 * can be found in it unambiguously, its shape.
 */
function cut(raw: string, rec: Recording, post: (text: string) => string): { text: string; shape?: Shape } {
  const text = post(raw);
  const counts = new Map<string, number>();
  for (const v of rec.values) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const [v, n] of counts) {
    if (v === '' || occurrences(raw, v) !== n) return { text };
  }
  const segments: string[] = [];
  let pos = 0;
  for (const v of rec.values) {
    const at = raw.indexOf(v, pos);
    // A hole printed before one that ran earlier: the holes would replay out of place.
    if (at < 0) return { text };
    segments.push(post(raw.slice(pos, at)));
    pos = at + v.length;
  }
  segments.push(post(raw.slice(pos)));
  // The pieces must give the same text as the whole (post could match across a hole's edge).
  let joined = segments[0];
  for (let i = 0; i < rec.values.length; i++) joined += post(rec.values[i]) + segments[i + 1];
  return joined === text ? { text, shape: { segments, holes: rec.fns.slice() } } : { text };
}

/** Non-overlapping occurrences of `v` in `s`. */
function occurrences(s: string, v: string): number {
  let n = 0;
  for (let at = s.indexOf(v); at >= 0; at = s.indexOf(v, at + v.length)) n++;
  return n;
}
