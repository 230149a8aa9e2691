/**
 * The public entry points: render(values, options) prints what
 * `helm template` prints for the Polyaxon 0.5.5 chart; renderDocuments gives
 * the same documents as data. Values → context → templates → manifests → text.
 */
import {
  RenderError,
  formatPath,
  isStackOverflow,
  stackExhausted,
  toGoValue,
  type GoMap,
  type GoValue,
  type PolyaxonValues,
} from '@polyaxon-render/values';
import { newCryptoRandom, polyaxonChart, seededRandom, type RandomSource } from '@polyaxon-render/templates';
import { capabilities } from './capabilities.js';
import { errorCause } from './error-cause.js';
import { checkRenderOptions } from './render-options.js';
import { printOrder, renderTemplates } from './engine.js';
import { isTestHook, printManifests, sortManifests, type Manifest, type SortedManifests } from './manifests.js';
import { validateReleaseName } from './release-name.js';
import { filepathMatch, selectDocuments, showOnly } from './show-only.js';
import { releaseValues, whileTemplatesRun, type ValuesCache, type ValuesInput } from './values.js';
import { modernizeAll } from './modernize/modernize.js';

export interface RenderOptions extends ValuesInput {
  /**
   * Release name (`.Release.Name`).
   * @default "release-name" (what `helm template` uses without a name)
   */
  readonly releaseName?: string;
  /** @default "default" */
  readonly namespace?: string;
  /** `--kube-version`, e.g. "1.16" or "v1.28.3". @default "v1.32.0" */
  readonly kubeVersion?: string;
  /** `--api-versions`, appended to the default capabilities. @default [] */
  readonly apiVersions?: readonly string[];
  /** `--show-only` patterns (paths inside the chart, e.g. "templates/cm.yaml"). @default [] (everything) */
  readonly showOnly?: readonly string[];
  /** `--no-hooks`. @default false */
  readonly noHooks?: boolean;
  /** `--skip-tests`. @default false */
  readonly skipTests?: boolean;
  /** `--is-upgrade`: `.Release.IsUpgrade` instead of `.Release.IsInstall`. @default false */
  readonly isUpgrade?: boolean;
  /** Where generated secrets come from. @default crypto-strong randomness */
  readonly random?: RandomSource;
  /** Shorthand for a reproducible `random` (not secret!). */
  readonly seed?: number;
  /** Receives Helm's warnings (coalesce warnings, skipped hooks). @default ignore */
  readonly warn?: (message: string) => void;
  /**
   * `--modernize`: rewrite the documents to the newest APIs the `kubeVersion` cluster serves
   * (docs/modernize.md); throws a RenderError listing what cannot be fixed. Not Helm's output.
   * @default false (byte for byte what Helm prints)
   */
  readonly modernize?: boolean;
}

/** One printed document. */
export interface RenderedDocument {
  /** `# Source:` path, e.g. "polyaxon/templates/api-deployment.yaml". */
  readonly source: string;
  readonly kind: string;
  readonly name: string;
  readonly apiVersion: string;
  /** True for Helm hooks (printed after all other documents). */
  readonly hook: boolean;
  /** The document's text as printed (without the `---` and `# Source:` lines). */
  readonly text: string;
}

interface Rendered {
  readonly manifests: Manifest[];
  readonly hooks: Manifest[];
  readonly text: string;
}

/**
 * One render. `cache` is a renderer's (renderer.ts); without one (render(), the
 * CLI) the render keeps nothing once it returns. `shown`: the --show-only patterns
 * the caller selects by (the modern stage checks only those documents).
 */
function run(values: unknown, options: RenderOptions, cache?: ValuesCache, shown?: readonly string[]): Rendered {
  checkRenderOptions(options);
  try {
    return runUnguarded(values, options, cache, shown ?? options.showOnly ?? []);
  } catch (e) {
    if (e instanceof RangeError) throw outOfRoom(e);
    throw e instanceof RenderError ? withValuesPath(e) : e;
  }
}

/**
 * A template error with `where.path` filled in: the values path of the value the failing
 * action read (errorCause: `rabbitmq-ha.rabbitmqAuthHTTP` when `.enabled` could not be read
 * from it), so that a caller can point at the user's value without parsing Go's message.
 */
function withValuesPath(e: RenderError): RenderError {
  if (e.code !== 'template' || e.where.path !== undefined) return e;
  const cause = errorCause(e);
  if (cause === undefined) return e;
  return new RenderError(e.code, e.message, { ...e.where, path: formatPath(cause.segments) });
}

/**
 * JavaScript's own limits (the call stack, the longest string) are not Helm's:
 * past them the render fails with a RenderError that says so, never a crash.
 */
function outOfRoom(e: RangeError): RenderError {
  const message = e.message;
  if (isStackOverflow(e)) return new RenderError('limit', stackExhausted(e));
  return new RenderError('limit', `the values or the output are too large for polyaxon-render (${message})`);
}

function runUnguarded(
  values: unknown,
  options: RenderOptions,
  cache: ValuesCache | undefined,
  shown: readonly string[],
): Rendered {
  const releaseName = options.releaseName ?? 'release-name';
  const warn = options.warn ?? (() => {});
  const random = options.random ?? (options.seed !== undefined ? seededRandom(options.seed) : newCryptoRandom());
  const caps = capabilities(options.kubeVersion, options.apiVersions);
  // install.go validates the name before it coalesces values.
  const toBase = (v: unknown): GoMap | undefined => (v === undefined ? undefined : asUserMap(v));
  const { values: coalesced, enabled } = releaseValues(
    values,
    toBase,
    options,
    warn,
    () => validateReleaseName(releaseName),
    cache,
  );
  const isUpgrade = options.isUpgrade ?? false;
  const files = whileTemplatesRun(() =>
    renderTemplates({
      chart: polyaxonChart,
      values: coalesced,
      enabled,
      release: {
        Name: releaseName,
        Namespace: options.namespace ?? 'default',
        Service: 'Helm',
        IsInstall: !isUpgrade,
        IsUpgrade: isUpgrade,
        Revision: 1,
      },
      capabilities: caps,
      random,
    }),
  );
  let sorted = sortManifests(files, printOrder(polyaxonChart, enabled));
  for (const l of sorted.logs) warn(l);
  if (options.modernize) sorted = modernized(sorted, options, shown);
  let text = printManifests(sorted, { noHooks: options.noHooks, skipTests: options.skipTests });
  if (options.showOnly && options.showOnly.length > 0) text = showOnly(text, options.showOnly);
  return { manifests: sorted.manifests, hooks: options.noHooks ? [] : sorted.hooks, text };
}

/**
 * The --modernize stage over the documents that will be printed: hooks unless --no-hooks, test
 * hooks unless --skip-tests, and with --show-only only the documents it shows (a problem in a
 * document that is not printed does not refuse the render).
 */
function modernized(sorted: SortedManifests, options: RenderOptions, patterns: readonly string[]): SortedManifests {
  const printed = (m: Manifest) =>
    (!m.hook || (!options.noHooks && !(options.skipTests && isTestHook(m)))) &&
    (patterns.length === 0 ||
      patterns.some((p) => {
        const slash = m.source.indexOf('/');
        return slash >= 0 && filepathMatch(p, m.source.slice(slash + 1));
      }));
  const all = [...sorted.manifests, ...sorted.hooks];
  const chosen = all.filter(printed);
  const modern = modernizeAll(chosen, { kubeVersion: options.kubeVersion }, (m, d) => ({
    ...m,
    content: d.content,
    head: { ...m.head, apiVersion: d.apiVersion },
  }));
  const byOld = new Map(chosen.map((m, i) => [m, modern[i]]));
  const swap = (m: Manifest) => byOld.get(m) ?? m;
  return { ...sorted, manifests: sorted.manifests.map(swap), hooks: sorted.hooks.map(swap) };
}

function asUserMap(values: unknown): GoMap {
  let v: GoValue;
  try {
    v = toGoValue(values, true);
  } catch (e) {
    if (e instanceof RenderError) throw new RenderError(e.code, `render(values): ${e.message}`, e.where);
    throw e;
  }
  if (v === null) return toGoValue({}) as GoMap;
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw new RenderError('values', 'render(values): values must be an object (a map of values, like a values file)');
  }
  return v;
}

/**
 * Renders the chart as `helm template` prints it. Keeps nothing once it returns:
 * for repeated renders, createRenderer() gives an object that keeps what helps.
 * @param values user values, as if given in a values file (numbers are float64, like Helm reads files)
 * @throws RenderError for every failure Helm reports (bad values, template errors, invalid release name)
 */
export function render(values?: PolyaxonValues, options: RenderOptions = {}): string {
  return renderText(values, options);
}

/** The documents `helm template` would print, in print order, as data. Keeps nothing once it returns. */
export function renderDocuments(values?: PolyaxonValues, options: RenderOptions = {}): RenderedDocument[] {
  return documentsOf(values, options);
}

/** render() with a renderer's cache (renderer.ts). */
export function renderText(values: PolyaxonValues | undefined, options: RenderOptions, cache?: ValuesCache): string {
  return run(values, options, cache).text;
}

/** renderDocuments() with a renderer's cache (renderer.ts). */
export function documentsOf(
  values: PolyaxonValues | undefined,
  options: RenderOptions,
  cache?: ValuesCache,
): RenderedDocument[] {
  checkRenderOptions(options);
  const r = run(values, { ...options, showOnly: undefined }, cache, options.showOnly);
  const all = [...r.manifests, ...r.hooks.filter((h) => !(options.skipTests && isTestHook(h)))];
  const docs = all.map((m) => ({
    source: m.source,
    kind: m.head.kind,
    name: m.head.name,
    apiVersion: m.head.apiVersion,
    hook: m.hook,
    text: m.content,
  }));
  // --show-only picks pattern by pattern, each pattern's matches in print order (repeats kept), as helm does.
  return options.showOnly && options.showOnly.length > 0 ? selectDocuments(docs, options.showOnly) : docs;
}
