/**
 * What one render accumulates while its templates run, in an object the engine
 * creates for that render and drops when it ends (RenderContext.state). Nothing
 * here outlives the render.
 *
 * - The `set`s it made. Go's templates may change their values with sprig's `set`
 *   (rabbitmq-ha's secret.yaml writes generated passwords into them; Helm renders
 *   in one order, so later templates see the change). Coalesced values share
 *   tables with the chart's defaults (copy-on-write coalescing) and a renderer may
 *   hand the same values to its next render, so every effective `set` is logged
 *   and undone when the render ends.
 * - How many random values it drew and how many `set`s it made: an included file
 *   or a `define` that did neither, rendered again with the same values and no
 *   `set` in between, prints the same text (include.ts and kept.ts keep it for the
 *   render).
 */
import { setKey, type GoMap, type GoValue } from '@polyaxon-render/values';
import type { RandomSource } from './sprig.js';

interface Undo {
  readonly map: GoMap;
  readonly key: string;
  /** Whether the key existed before the `set`, and its value then. */
  readonly had: boolean;
  readonly old: GoValue | undefined;
}

/** An included file's text, kept for the rest of one render (include.ts). */
export interface IncludedFile {
  readonly values: GoMap;
  readonly text: string;
  /** RenderState.sets when it rendered: after another `set` it renders again. */
  readonly sets: number;
  /** sha256sum of text, once asked for. */
  hash?: string;
}

export interface RenderState {
  /** Effective `set`s of this render, in order (undone by endRender). */
  readonly undo: Undo[];
  /** Effective `set`s so far. */
  sets: number;
  /** Random draws so far (through the source countDraws gives the templates). */
  draws: number;
  /** Included files that drew nothing and set nothing, by template function. */
  readonly includes: Map<(ctx: never) => string, IncludedFile>;
  /** Results of `define`s (and other pure parts of templates) kept for the render, by function (kept.ts). */
  readonly kept: Map<object, KeptResult>;
}

/** A result kept for the rest of one render (kept.ts): valid for these values, this chart, no `set` since. */
export interface KeptResult {
  readonly values: GoMap;
  readonly chart: object;
  readonly sets: number;
  readonly value: unknown;
  /** The n the kept text was first indented by (`include "x" . | indent n`, kept.ts indentInclude) and that text. */
  indentBy?: number;
  indented?: string;
  /** The kept text indented by each other n, once asked for. */
  indentedMore?: Map<number, string>;
}

export function newRenderState(): RenderState {
  return { undo: [], sets: 0, draws: 0, includes: new Map(), kept: new Map() };
}

/** `random` as the render's templates see it: every draw counted in `state`. */
export function countDraws(random: RandomSource, state: RenderState): RandomSource {
  const hex = random.uniformHex256;
  return {
    alphaNum(n: number): string {
      state.draws++;
      return random.alphaNum(n);
    },
    uniformHex256:
      hex === undefined
        ? undefined
        : () => {
            state.draws++;
            return hex.call(random);
          },
  };
}

/**
 * Records `set(m, key, v)` before it is applied. Returns false when it changes
 * nothing (the key already holds this very value: Go's map assignment then leaves
 * the map as it was), so the caller can skip it. Without a state (a template
 * function called on its own, as unit tests do) nothing is logged.
 */
export function recordSet(state: RenderState | undefined, m: GoMap, key: string, v: GoValue): boolean {
  const had = Object.hasOwn(m, key);
  if (had && Object.is(m[key], v)) return false;
  if (state === undefined) return true;
  state.undo.push({ map: m, key, had, old: had ? m[key] : undefined });
  state.sets++;
  return true;
}

/** Undoes the render's `set`s, last first: the values are as they were before it. */
export function undoSets(state: RenderState): void {
  const undo = state.undo;
  for (let i = undo.length - 1; i >= 0; i--) {
    const u = undo[i];
    // A key that was absent is deleted again, which also restores the map's key order.
    if (u.had) setKey(u.map, u.key, u.old as GoValue);
    else delete u.map[u.key];
  }
  undo.length = 0;
}
