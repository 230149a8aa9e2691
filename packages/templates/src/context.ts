/**
 * The render context: what a template sees as `.` at its top level. Field names
 * are Helm's (`.Values`, `.Release.Name`, `.Capabilities.KubeVersion.Minor`, …)
 * so a port reads like its template.
 */
import type { GoMap } from '@polyaxon-render/values';
import type { RenderState } from './runtime/render-state.js';
import type { RandomSource } from './runtime/sprig.js';

export interface ReleaseInfo {
  readonly Name: string;
  readonly Namespace: string;
  /** Always "Helm" under Helm 3. */
  readonly Service: string;
  readonly IsInstall: boolean;
  readonly IsUpgrade: boolean;
  readonly Revision: number;
}

export interface KubeVersionInfo {
  /** e.g. "v1.32.0" */
  readonly Version: string;
  readonly Major: string;
  readonly Minor: string;
  /** Same as Version under Helm 3. */
  readonly GitVersion: string;
}

export interface CapabilitiesInfo {
  readonly KubeVersion: KubeVersionInfo;
  /** Helm's default API versions plus `--api-versions`. */
  readonly APIVersions: readonly string[];
}

/** `.Chart`: the chart's Chart.yaml as Helm exposes it (only the fields the charts read are required). */
export interface ChartInfo {
  readonly Name: string;
  readonly Version: string;
  readonly AppVersion: string;
  readonly Description?: string;
  readonly IsRoot: boolean;
}

export interface TemplateInfo {
  /** e.g. "polyaxon/templates/api-deployment.yaml" */
  readonly Name: string;
  /** e.g. "polyaxon/templates" or "polyaxon/charts/redis/templates" */
  readonly BasePath: string;
}

export interface RenderContext {
  /** This chart's values: the root `.Values` for polyaxon, the scoped table for a subchart. Mutable, as in Helm (`set`). */
  readonly Values: GoMap;
  readonly Release: ReleaseInfo;
  readonly Chart: ChartInfo;
  readonly Capabilities: CapabilitiesInfo;
  readonly Template: TemplateInfo;
  /** Where randAlphaNum draws from. */
  readonly random: RandomSource;
  /**
   * What this render accumulates (its `set`s, its draws, included files it can
   * reuse): made by the engine for one render. Absent when a template function is
   * called on its own (unit tests): then nothing is kept and `set` is not undone.
   */
  readonly state?: RenderState;
}

/** One chart template file, ported: its path inside the chart and the function that renders it. */
export interface ChartTemplate {
  /** Path inside the chart, e.g. "templates/api-deployment.yaml". */
  readonly path: string;
  readonly render: (ctx: RenderContext) => string;
}

/** Where a context's `.Template` comes from: the template's own info, or the context a watched run runs in. */
interface TemplateSource {
  readonly Template: TemplateInfo;
}

/**
 * The context the engine gives each template, and what a run watched for
 * `.Template` reads (runtime/kept.ts) gets: one class, so that every context a
 * port sees on the render path has the same shape (a second shape, an object
 * literal with a getter, makes every `ctx.Values` read in the ports polymorphic:
 * ~15% of the templates' time). `.Template` is read through `source` when asked
 * for, and the read is noted.
 */
export class TemplateContext implements RenderContext {
  // Declared, then assigned in the constructor: with ES2022 class fields (what tsc emits for
  // parameter properties and initializers) each field is first defined as undefined and then
  // assigned, two property operations per field on each of ~170 contexts a render.
  declare readonly Values: GoMap;
  declare readonly Release: ReleaseInfo;
  declare readonly Chart: ChartInfo;
  declare readonly Capabilities: CapabilitiesInfo;
  declare readonly random: RandomSource;
  declare readonly state: RenderState | undefined;
  declare private readonly source: TemplateSource;
  /** Whether a port read `.Template` of this context. */
  declare readsTemplate: boolean;

  constructor(
    Values: GoMap,
    Release: ReleaseInfo,
    Chart: ChartInfo,
    Capabilities: CapabilitiesInfo,
    random: RandomSource,
    state: RenderState | undefined,
    source: TemplateSource,
  ) {
    this.Values = Values;
    this.Release = Release;
    this.Chart = Chart;
    this.Capabilities = Capabilities;
    this.random = random;
    this.state = state;
    this.source = source;
    this.readsTemplate = false;
  }

  get Template(): TemplateInfo {
    this.readsTemplate = true;
    return this.source.Template;
  }
}
