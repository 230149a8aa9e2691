/**
 * Executes every template of the chart tree the way Helm's engine does
 * (pkg/engine/engine.go, v3.17.3): each chart's templates see that chart's
 * values table (a subchart's is the parent's `<name>` table, the same object, so
 * `set` writes are visible to the parent), and templates run in Helm's order —
 * deeper paths first, then reverse byte order — which matters for `set` and for
 * the order random secrets are drawn in.
 */
import { RenderError, getKey, isMap, newMap, type GoMap } from '@polyaxon-render/values';
import {
  TemplateError,
  runtime,
  type CapabilitiesInfo,
  type ChartNode,
  type ChartTemplate,
  type RandomSource,
  type ReleaseInfo,
  type RenderContext,
} from '@polyaxon-render/templates';
import type { FileHoles } from './manifests.js';

interface Renderable {
  readonly name: string;
  readonly template: ChartTemplate;
  readonly ctx: Omit<RenderContext, 'Template'>;
  readonly basePath: string;
  /** Slashes in the name, for Helm's template order. */
  readonly depth: number;
}

export interface EngineInput {
  readonly chart: ChartNode;
  /** The coalesced root values. */
  readonly values: GoMap;
  /** Names of the dependencies that are enabled (conditions), as the values engine decided. */
  readonly enabled: ReadonlySet<string>;
  readonly release: ReleaseInfo;
  readonly capabilities: CapabilitiesInfo;
  readonly random: RandomSource;
}

function collect(chart: ChartNode, parentPath: string, values: GoMap, input: EngineInput, isRoot: boolean, out: Renderable[]): void {
  const fullPath = isRoot ? chart.name : `${parentPath}/charts/${chart.name}`;
  const ctx = {
    Values: values,
    Release: input.release,
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion, Description: chart.description, IsRoot: isRoot },
    Capabilities: input.capabilities,
    random: input.random,
  };
  for (const dep of chart.dependencies) {
    if (!input.enabled.has(dep.chart.name)) continue;
    // recAllTpls: vals.Table("Values.<name>") — a non-table gives the subchart empty values.
    const sub = getKey(values, dep.chart.name);
    collect(dep.chart, fullPath, isMap(sub) ? sub : newMap(), input, false, out);
  }
  for (const t of chart.templates) {
    const name = `${fullPath}/${t.path}`;
    out.push({ name, template: t, ctx, basePath: `${fullPath}/templates`, depth: slashes(name) });
  }
}

const slashes = (s: string) => s.split('/').length;

/** engine.go sortTemplates: sort.Reverse(byPathLen) — more slashes first, then descending byte order. */
function helmOrder(a: Renderable, b: Renderable): number {
  if (a.depth !== b.depth) return b.depth - a.depth;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}

/**
 * Renders every template; returns file name -> rendered text. Throws RenderError as
 * Helm fails. `holes` receives, for files the memo replayed, their shape and hole
 * values (see manifests.ts FileHoles).
 */
export function renderTemplates(input: EngineInput, holes?: Map<string, FileHoles>): Map<string, string> {
  const all: Renderable[] = [];
  collect(input.chart, '', input.values, input, true, all);
  all.sort(helmOrder);
  return runtime.withRenderScope(() => renderInOrder(all, holes), frameOf(input));
}

/**
 * What a template's text depends on besides its values (see runtime/memo.ts): the
 * release and the capabilities. `.Chart` and `.Template` are fixed per template.
 */
function frameOf(input: EngineInput): string {
  const r = input.release;
  const k = input.capabilities.KubeVersion;
  return JSON.stringify([r.Name, r.Namespace, r.Service, r.IsInstall, r.IsUpgrade, r.Revision, k.Version, k.Major, k.Minor, k.GitVersion, input.capabilities.APIVersions]);
}

/** The last text of each template that can be reused (runtime/memo.ts), by template name. */
const lastTexts: runtime.MemoTable<string> = new Map();

/** engine.go: Go prints missing values as "<no value>", which Helm then deletes everywhere. */
const dropNoValue = (t: string) => (t.includes('<no value>') ? t.replaceAll('<no value>', '') : t);

function renderInOrder(all: readonly Renderable[], holes: Map<string, FileHoles> | undefined): Map<string, string> {
  const rendered = new Map<string, string>();
  for (const r of all) {
    const ctx: RenderContext = { ...r.ctx, Template: { Name: r.name, BasePath: r.basePath } };
    let text: string;
    try {
      text = runtime.memoRender(lastTexts, r.name, ctx, () => r.template.render(ctx), dropNoValue);
    } catch (e) {
      throw execError(r.name, e);
    }
    rendered.set(r.name, text);
    const h = runtime.lastHoles;
    if (holes && h) holes.set(r.name, h);
  }
  return rendered;
}

/** engine.go cleanupExecError: template failures name the file they happened in. */
function execError(name: string, e: unknown): RenderError {
  if (e instanceof TemplateError) {
    const at = e.position ? `${name}:${e.position}` : name;
    const msg = e.fail
      ? `execution error at (${at}): ${e.message}`
      : `template: ${at}: executing "${name}"${e.expression ? ` at <${e.expression}>` : ''}: ${e.message}`;
    return new RenderError('template', msg, { template: name });
  }
  if (e instanceof RenderError) return e;
  if (e instanceof RangeError) {
    // A runaway recursion in a template (Helm: "exceeded max depth") is a user-visible failure, not a crash.
    return new RenderError('template', `template: ${name}: ${e.message}`, { template: name });
  }
  throw e;
}
