/**
 * State that lives for one render, set up by the engine around its loop.
 *
 * polyaxon-render gives every render of the same user values the same coalesced
 * values objects (core values.ts), so that what was computed from them once — a
 * template's text, an include, a toYaml — can be kept for the next render (see
 * memo.ts). Go's templates may change their values with sprig's `set` (Helm renders
 * in one order, so later templates see the change); here every effective `set` is
 * logged and undone when the render ends, which leaves the shared values as they
 * were, and the mutation watch (@polyaxon-render/values) tells which template read
 * something a `set` changed.
 *
 * Outside a render (a template function called on its own, as unit tests do)
 * nothing is cached and `set` is not undone.
 */
import { setMutationWatch, setKey, type GoMap, type GoValue, type MutationWatch } from '@polyaxon-render/values';

interface Undo {
  readonly map: GoMap;
  readonly key: string;
  /** Whether the key existed before the `set`, and its value then. */
  readonly had: boolean;
  readonly old: GoValue | undefined;
}

export interface RenderScope {
  /** True inside withRenderScope. */
  active: boolean;
  /**
   * Everything besides `.Values` that a template's output depends on (release,
   * capabilities), as one string; memo entries are only reused within one frame.
   */
  frame: string;
  /**
   * The effective `set`s of this render so far (map and key, in order): two renders
   * of the same values make the same changes at the same points, so a memo entry made
   * at a point with this fingerprint is valid at any point with the same one.
   */
  changes: string;
  undo: Undo[];
  watch: MutationWatch | null;
}

export const renderScope: RenderScope = { active: false, frame: '', changes: '', undo: [], watch: null };

/** Small stable ids for maps, for the `changes` fingerprint. */
const mapIds = new WeakMap<object, number>();
let nextMapId = 1;

function mapId(m: object): number {
  let id = mapIds.get(m);
  if (id === undefined) mapIds.set(m, (id = nextMapId++));
  return id;
}

/**
 * Records `set(m, key, v)` before it is applied. Returns false when it changes
 * nothing (the key already holds this very value: Go's map assignment then leaves
 * the map as it was), so the caller can skip it.
 */
export function recordSet(m: GoMap, key: string, v: GoValue): boolean {
  const had = Object.prototype.hasOwnProperty.call(m, key);
  if (had && Object.is(m[key], v)) return false;
  if (!renderScope.active) return true;
  renderScope.undo.push({ map: m, key, had, old: had ? m[key] : undefined });
  renderScope.changes += `${mapId(m)}:${JSON.stringify(key)};`;
  let w = renderScope.watch;
  if (w === null) {
    w = renderScope.watch = { changed: new Map(), tainted: false };
    setMutationWatch(w);
  }
  let keys = w.changed.get(m);
  if (keys === undefined) w.changed.set(m, (keys = new Set()));
  keys.add(key);
  return true;
}

/** Runs `f` as one render in `frame` (see RenderScope.frame); the values are restored afterwards. */
export function withRenderScope<T>(f: () => T, frame = ''): T {
  // A render started inside another (a callback that renders again) gets its own scope; the outer one resumes after.
  const outer = { ...renderScope };
  renderScope.active = true;
  renderScope.frame = frame;
  renderScope.changes = '';
  renderScope.undo = [];
  renderScope.watch = null;
  setMutationWatch(null);
  try {
    return f();
  } finally {
    const undo = renderScope.undo;
    for (let i = undo.length - 1; i >= 0; i--) {
      const u = undo[i];
      // A key that was absent is deleted again, which also restores the map's key order.
      if (u.had) setKey(u.map, u.key, u.old as GoValue);
      else delete u.map[u.key];
    }
    Object.assign(renderScope, outer);
    setMutationWatch(outer.watch);
  }
}
