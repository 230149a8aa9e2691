/**
 * Which values the current render changed with sprig's `set`, and whether a
 * template read what changed.
 *
 * polyaxon-render hands the same coalesced values to every render of the same
 * user values, and keeps what a template printed for the next render of those
 * values (core engine.ts). That is exact for a template whose output depends on
 * the values alone. Templates may change the values with `set` (rabbitmq-ha's
 * secret.yaml writes freshly drawn passwords into them, as Helm does), and a
 * template that reads such a value prints something new every render. While a
 * render has changed anything, this watch records the reads that could see a
 * change:
 *   - getKey / hasKey of a changed key of a changed map (`field`, `index`, tpl),
 *   - shallow reads of a changed map as a whole (key count, key list: truthiness,
 *     `len`, `range`),
 *   - a cached toYaml of a map or list that contains a changed map (containsChanged);
 *     toYaml, toJson and printing otherwise read maps key by key, shallowly.
 * The templates runtime starts the watch at the first effective `set` of a render
 * and stops it when the render ends (runtime/render-scope.ts); without one
 * (coalescing, validation, a template function called on its own) every check is
 * a single comparison with null.
 */
import type { GoMap } from './go-value.js';
import { readTracker } from './read-tracker.js';

export interface MutationWatch {
  /** The keys each changed map had written to it. */
  readonly changed: Map<GoMap, Set<string>>;
  /** Set when anything changed was read; the engine clears it before each template. */
  tainted: boolean;
}

/** The active watch, or null when the current render has changed nothing. */
export let mutationWatch: MutationWatch | null = null;

export function setMutationWatch(w: MutationWatch | null): void {
  mutationWatch = w;
}

/** A read of key `key` of map `m` (getKey, hasKey). */
export function noteKeyRead(w: MutationWatch, m: GoMap, key: string): void {
  const keys = w.changed.get(m);
  if (keys !== undefined && keys.has(key)) w.tainted = true;
}

/** A read of a map's key set (truthiness, len, range, sorted keys, printing, toYaml, toJson). */
export function noteShallowRead(v: unknown): void {
  if (readTracker !== null && v === readTracker.root) readTracker.whole = true;
  const w = mutationWatch;
  if (w !== null && typeof v === 'object' && v !== null && w.changed.has(v as GoMap)) w.tainted = true;
}

/** Does `v` hold a changed map at any depth? (Values are trees a few dozen levels deep at most.) */
export function containsChanged(w: MutationWatch, v: object, depth: number): boolean {
  if (w.changed.has(v as GoMap)) return true;
  // Past the values depth limit nothing can have been reached by `set` either; stop rather than recurse forever.
  if (depth > 10_000) return false;
  // Index and for-in loops: no array of the values per map walked (a cold render walks hundreds).
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'object' && x !== null && containsChanged(w, x, depth + 1)) return true;
    }
    return false;
  }
  const m = v as Record<string, unknown>;
  // Maps have no prototype (newMap): for-in sees exactly their own enumerable keys, as Object.values does.
  for (const k in m) {
    const x = m[k];
    if (typeof x === 'object' && x !== null && containsChanged(w, x, depth + 1)) return true;
  }
  return false;
}
