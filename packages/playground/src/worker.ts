/**
 * The render worker: runs polyaxon-render off the page's thread so typing never waits
 * for a render. Each request renders exactly what `polyaxon-render [release] -f values.yaml
 * [--namespace …] [--kube-version …] [--seed …] [--modernize] [--show-only …]` prints.
 * The values checks and NOTES (handlebars) are loaded on first use.
 */
import { createRenderer, render, renderNotes, RenderError, type RenderOptions } from 'polyaxon-render';

import { failureOf } from './failure.js';
import { outlineOf, templatesOf } from './outline.js';
import {
  VALUES_FILE,
  type EditorFinding,
  type Failure,
  type FindingsResponse,
  type Inputs,
  type RenderRequest,
  type RenderResponse,
  type WorkerMessage,
} from './protocol.js';

/** What the worker renders with: the library's render() and renderNotes(), or a renderer object with both. */
export interface ChartRenderer {
  render: typeof render;
  renderNotes: typeof renderNotes;
}

/** The library's functions, which keep nothing between calls (renderFor's default, for tests). */
export const libraryRenderer: ChartRenderer = { render, renderNotes };

/** The CLI's render options for the page's inputs (empty fields are left out, as unset flags). */
export function optionsOf(inputs: Inputs): RenderOptions {
  return {
    releaseName: inputs.release === '' ? undefined : inputs.release,
    namespace: inputs.namespace === '' ? 'default' : inputs.namespace,
    kubeVersion: inputs.kubeVersion === '' ? undefined : inputs.kubeVersion,
    seed: inputs.seed ?? undefined,
    valueFiles: [{ name: VALUES_FILE, text: inputs.values }],
    modernize: inputs.modernize || undefined,
  };
}

/** The failure with the CLI's `hint:` lines (hints.ts and the schema it reads load on the first failure). */
async function failureWithHints(e: unknown, inputs: Inputs): Promise<Failure> {
  const failure = failureOf(e, inputs);
  if (!(e instanceof RenderError)) return failure;
  const { cliHints } = await import('./hints.js');
  return { ...failure, hints: cliHints(e, inputs.values) };
}

/** One render: the full output for the outline and the filter, then the filtered text if asked. */
export async function renderFor(
  req: RenderRequest,
  renderer: ChartRenderer = libraryRenderer,
): Promise<RenderResponse> {
  const { render, renderNotes } = renderer;
  const start = performance.now();
  const options = optionsOf(req.inputs);
  const base = { id: req.id, outline: [], templates: [], notes: null };
  let full: string;
  try {
    full = render(undefined, options);
  } catch (e) {
    return { ...base, text: null, failure: await failureWithHints(e, req.inputs), renderMs: performance.now() - start };
  }
  let text = full;
  const pattern = req.inputs.showOnly.trim();
  if (pattern !== '') {
    try {
      text = render(undefined, { ...options, showOnly: [pattern] });
    } catch (e) {
      return {
        ...base,
        templates: templatesOf(full),
        text: null,
        failure: await failureWithHints(e, req.inputs),
        renderMs: performance.now() - start,
      };
    }
  }
  const renderMs = performance.now() - start;
  let notes: string | null = null;
  if (req.notes) {
    try {
      notes = await renderNotes(undefined, options);
    } catch (e) {
      notes = failureOf(e, req.inputs).line;
    }
  }
  return {
    id: req.id,
    text,
    failure: null,
    outline: outlineOf(text),
    templates: templatesOf(full),
    notes,
    renderMs,
  };
}

/** The checks look at the values text only: the last answer is kept for when it has not changed. */
function findingsChecker(): (req: RenderRequest) => Promise<FindingsResponse> {
  let last: { values: string; findings: readonly EditorFinding[] } | undefined;
  return async (req) => {
    if (last?.values !== req.inputs.values) {
      const { editorFindings } = await import('./checks.js');
      last = { values: req.inputs.values, findings: editorFindings(req.inputs.values, VALUES_FILE) };
    }
    return { id: req.id, findings: last.findings };
  };
}

interface WorkerScope {
  onmessage: ((ev: MessageEvent<RenderRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

/** Only the newest request matters: a request still queued when a newer one arrives is dropped. */
function serve(scope: WorkerScope): void {
  let pending: RenderRequest | undefined;
  let busy = false;
  const findingsFor = findingsChecker();
  // The one renderer this worker owns for its lifetime: it keeps the coalesced values of recent
  // inputs (render() keeps nothing), so a keystroke re-renders in a few milliseconds.
  const renderer: ChartRenderer = createRenderer();
  const next = async (): Promise<void> => {
    busy = true;
    while (pending !== undefined) {
      const req = pending;
      pending = undefined;
      scope.postMessage({ type: 'render', ...(await renderFor(req, renderer)) });
      // The checks come second: the output must not wait for them.
      if (pending === undefined) scope.postMessage({ type: 'findings', ...(await findingsFor(req)) });
    }
    busy = false;
  };
  scope.onmessage = (ev) => {
    pending = ev.data;
    if (!busy) void next();
  };
}

// In a worker `self` is the worker scope; imported elsewhere (tests) this file serves nothing.
if (typeof self !== 'undefined' && typeof (self as { importScripts?: unknown }).importScripts === 'function') {
  serve(self as unknown as WorkerScope);
}
