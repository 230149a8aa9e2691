/**
 * State that lives for one render only, set up by the engine around its loop.
 * Outside a render (a template function called on its own, as unit tests do)
 * nothing is cached.
 */
export interface RenderScope {
  /**
   * toYaml results by value object. Values are a fresh copy for every render and
   * change during it only through `set`, so a result stays exact while
   * runtimeEvents.sets is unchanged; the scheduling blocks of a dozen workloads
   * print the same maps, and this prints them once.
   */
  yaml?: WeakMap<object, { readonly text: string; readonly sets: number }>;
}

export const renderScope: RenderScope = {};

/** Runs `f` with a fresh render scope. */
export function withRenderScope<T>(f: () => T): T {
  const outer = renderScope.yaml;
  renderScope.yaml = new WeakMap();
  try {
    return f();
  } finally {
    renderScope.yaml = outer;
  }
}
