/**
 * Which top-level keys of a chart's values a template reads.
 *
 * The templates' memo (templates runtime/memo.ts) keeps a template's text for the
 * next render. A render of other values has another values object, but coalescing
 * gives every table whose content did not change the object it had in the last
 * render (core values.ts intern), so a template whose text only depends on, say,
 * `.Values.api` and `.Values.types` can be reused when those two keys still hold
 * the same objects — which is the case after an edit anywhere else. While a
 * template is recorded the tracker notes every key read from its values object
 * (getKey / hasKey), and whether the object was read as a whole (its key set:
 * truthiness, len, range, printing, toYaml), in which case only the same object
 * will do.
 */
import type { GoMap } from './go-value.js';

export interface ReadTracker {
  /** The values object whose top-level reads are noted. */
  readonly root: GoMap;
  readonly keys: Set<string>;
  /** The root was read as a whole. */
  whole: boolean;
}

export let readTracker: ReadTracker | null = null;

export function setReadTracker(t: ReadTracker | null): void {
  readTracker = t;
}
