/**
 * createRenderer(): an object the caller owns for repeated renders (an editor, a
 * watch loop, the playground), like esbuild's context() next to build(). render()
 * keeps nothing between calls; a renderer keeps, within the memory bound it is
 * given, the coalesced values of the inputs it rendered recently, so that
 * rendering the same values again (another release name, another namespace, new
 * random secrets) neither reads nor coalesces them again. Every render still runs
 * every template and prints fresh random values, exactly as render() does.
 */
import type { PolyaxonValues } from '@polyaxon-render/values';
import { formatNotes, notesViewFor } from './notes.js';
import { documentsOf, renderText, type RenderedDocument, type RenderOptions } from './render.js';
import type { Coalesced, ValuesCache } from './values.js';

export interface RendererOptions {
  /**
   * An upper bound, in bytes, on what the renderer keeps between renders,
   * estimated from the size of each kept input (its values and value options as
   * text) and the tables coalescing made from it. Past it the least recently used
   * inputs are dropped; an input larger than the bound is not kept. 0 keeps nothing.
   * @default 16 MiB (16 * 1024 * 1024)
   */
  readonly maxCacheBytes?: number;
}

/** render(), renderDocuments() and renderNotes() with a cache the caller holds. */
export interface Renderer {
  /** As render(). */
  render(values?: PolyaxonValues, options?: RenderOptions): string;
  /** As renderDocuments(). */
  renderDocuments(values?: PolyaxonValues, options?: RenderOptions): RenderedDocument[];
  /** As renderNotes(). */
  renderNotes(values?: PolyaxonValues, options?: RenderOptions): Promise<string>;
  /** Drops everything kept; the renderer stays usable. */
  clear(): void;
  /** Drops everything kept; any later call throws. */
  dispose(): void;
  /** Estimated bytes kept now (see RendererOptions.maxCacheBytes). */
  readonly cacheBytes: number;
}

export const DEFAULT_MAX_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * The estimated memory of a kept input: its key (UTF-16, two bytes a character)
 * and the coalesced tables built from it, which hold about what the key says plus
 * the tables coalescing copied on their way (a few KB: `global` in each subchart's
 * table and the tables above what changed; the chart defaults are shared, not counted).
 */
const entryBytes = (key: string) => 4 * key.length + 8 * 1024;

/** Inputs by key, least recently used first, within a byte bound. */
class BoundedValuesCache implements ValuesCache {
  private readonly entries = new Map<string, { readonly value: Coalesced; readonly bytes: number }>();
  bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Coalesced | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, value: Coalesced): void {
    const bytes = entryBytes(key);
    if (bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    for (const [k, e] of this.entries) {
      if (this.bytes + bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * A renderer for repeated renders: the same output as render() and
 * renderDocuments(), call for call, with the coalesced values of recent inputs kept
 * (within `maxCacheBytes`). Hold it as long as renders repeat; dispose() it (or
 * drop it) to free what it keeps.
 */
export function createRenderer(options: RendererOptions = {}): Renderer {
  const maxBytes = options.maxCacheBytes ?? DEFAULT_MAX_CACHE_BYTES;
  if (!(maxBytes >= 0)) throw new RangeError(`createRenderer: maxCacheBytes must be a number >= 0, not ${maxBytes}`);
  const cache = new BoundedValuesCache(maxBytes);
  let disposed = false;
  const live = () => {
    if (disposed) throw new Error('createRenderer: this renderer was disposed');
    return cache;
  };
  const renderer: Renderer = {
    render: (values, opts = {}) => renderText(values, opts, live()),
    renderDocuments: (values, opts = {}) => documentsOf(values, opts, live()),
    async renderNotes(values, opts = {}) {
      // As renderNotes(): the chart renders first, so its errors come first.
      renderText(values, { ...opts, showOnly: undefined }, live());
      return formatNotes(notesViewFor(values, opts));
    },
    clear: () => cache.clear(),
    dispose() {
      disposed = true;
      cache.clear();
    },
    get cacheBytes() {
      return cache.bytes;
    },
  };
  return renderer;
}
