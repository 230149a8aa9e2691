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
  TemplateContext,
  TemplateError,
  countDraws,
  locateIn,
  includedText,
  newRenderState,
  undoSets,
  type CapabilitiesInfo,
  type ChartInfo,
  type ChartNode,
  type ChartTemplate,
  type RandomSource,
  type ReleaseInfo,
  type RenderContext,
  type TemplateInfo,
} from '@polyaxon-render/templates';
import { pathOrder } from './manifests.js';

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

/** A chart of the tree: where its values are (dependency names from the root) and its `.Chart`. */
interface ChartSlot {
  readonly path: readonly string[];
  readonly Chart: ChartInfo;
}

/** A template, in Helm's order, with everything about it that does not change between renders. */
interface Slot {
  readonly name: string;
  readonly template: ChartTemplate;
  readonly Template: TemplateInfo;
  /** Index into Plan.charts. */
  readonly chart: number;
}

interface Plan {
  readonly charts: readonly ChartSlot[];
  readonly slots: readonly Slot[];
  /** The rendered files whose documents are printed, in print order (manifests.ts pathOrder). */
  readonly printOrder: readonly string[];
}

/**
 * Plans by chart tree and set of enabled dependencies: immutable, the same for
 * every render of them, and at most one per subset of the four dependencies, so
 * each is computed once per process, like the chart defaults (a constant, not
 * state a render leaves behind).
 */
const plans = new WeakMap<ChartNode, Map<string, Plan>>();

function planFor(root: ChartNode, enabled: ReadonlySet<string>): Plan {
  let byEnabled = plans.get(root);
  if (byEnabled === undefined) plans.set(root, (byEnabled = new Map()));
  const key = [...enabled].sort().join('\0');
  let plan = byEnabled.get(key);
  if (plan === undefined) byEnabled.set(key, (plan = makePlan(root, enabled)));
  return plan;
}

function makePlan(root: ChartNode, enabled: ReadonlySet<string>): Plan {
  const charts: ChartSlot[] = [];
  const slots: (Slot & { depth: number })[] = [];
  const visit = (chart: ChartNode, parentPath: string, path: readonly string[], isRoot: boolean) => {
    const fullPath = isRoot ? chart.name : `${parentPath}/charts/${chart.name}`;
    const index = charts.length;
    charts.push({
      path,
      Chart: {
        Name: chart.name,
        Version: chart.version,
        AppVersion: chart.appVersion,
        Description: chart.description,
        IsRoot: isRoot,
      },
    });
    for (const dep of chart.dependencies) {
      if (enabled.has(dep.chart.name)) visit(dep.chart, fullPath, [...path, dep.chart.name], false);
    }
    for (const t of chart.templates) {
      const name = `${fullPath}/${t.path}`;
      slots.push({
        name,
        template: t,
        Template: { Name: name, BasePath: `${fullPath}/templates` },
        chart: index,
        depth: name.split('/').length,
      });
    }
  };
  visit(root, '', [], true);
  // engine.go sortTemplates: sort.Reverse(byPathLen) — more slashes first, then descending byte order.
  slots.sort((a, b) => (a.depth !== b.depth ? b.depth - a.depth : a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  return { charts, slots, printOrder: pathOrder(slots.map((s) => s.name)) };
}

/**
 * The order renderTemplates' files are printed in (manifests.ts pathOrder of their
 * names) for this chart tree and set of enabled dependencies: the same for every
 * render of them, so sorted once per plan rather than once per render.
 */
export function printOrder(chart: ChartNode, enabled: ReadonlySet<string>): readonly string[] {
  return planFor(chart, enabled).printOrder;
}

/** recAllTpls: a subchart's values are vals.Table("Values.<name>"); a non-table gives it empty values. */
function valuesAt(root: GoMap, path: readonly string[]): GoMap {
  let v: GoMap = root;
  for (const name of path) {
    const sub = getKey(v, name);
    v = isMap(sub) ? sub : newMap();
  }
  return v;
}

/**
 * Renders every template; returns file name -> rendered text. Throws RenderError
 * as Helm fails. The values are as they were when it returns (every `set` of the
 * render is undone, runtime/render-state.ts).
 */
export function renderTemplates(input: EngineInput): Map<string, string> {
  const plan = planFor(input.chart, input.enabled);
  const state = newRenderState();
  const random = countDraws(input.random, state);
  const contexts = plan.charts.map((c) => ({
    Values: valuesAt(input.values, c.path),
    Release: input.release,
    Chart: c.Chart,
    Capabilities: input.capabilities,
    random,
    state,
  }));
  try {
    return renderInOrder(plan.slots, contexts);
  } finally {
    undoSets(state);
  }
}

/** engine.go: Go prints missing values as "<no value>", which Helm then deletes everywhere. */
const dropNoValue = (t: string) => (t.includes('<no value>') ? t.replaceAll('<no value>', '') : t);

function renderInOrder(
  slots: readonly Slot[],
  contexts: readonly Omit<RenderContext, 'Template'>[],
): Map<string, string> {
  const rendered = new Map<string, string>();
  for (const r of slots) {
    const c = contexts[r.chart];
    // One class for every template's context (and the runtime's own): one object shape for the ports.
    const ctx = new TemplateContext(c.Values, c.Release, c.Chart, c.Capabilities, c.random, c.state, r);
    // A file an earlier template included (a config map under a checksum) prints what that include kept.
    const included = includedText(ctx, r.template.render);
    if (included !== undefined) {
      rendered.set(r.name, dropNoValue(included));
      continue;
    }
    let text: string;
    try {
      text = dropNoValue(r.template.render(ctx));
    } catch (e) {
      throw execError(r.name, e, ctx.Values);
    }
    rendered.set(r.name, text);
  }
  return rendered;
}

/**
 * A template failure as Helm reports it: located in the file's own actions (an error
 * from an included template or a `define` is located already), then engine.go
 * cleanupExecError: a `required`/`fail` message (between HELM_ERR_START/END) is reported
 * as "execution error at (FILE:LINE:COL): message" with the outermost position.
 */
function execError(name: string, e: unknown, values: GoMap): RenderError {
  if (e instanceof TemplateError) {
    const located = locateIn(e, { file: name, name }, values);
    if (located instanceof TemplateError && located.location) return goExecError(located);
    const at = e.position ? `${name}:${e.position}` : name;
    const msg = e.fail
      ? `execution error at (${at}): ${e.message.replace(/^error calling \w+: HELM_ERR_START([^]*)HELM_ERR_END$/, '$1')}`
      : `template: ${at}: executing "${name}"${e.expression ? ` at <${e.expression}>` : ''}: ${e.message}`;
    // A port that knows its own positions (NOTES.txt) gives them as "line:col".
    const [line, column] = (e.position ?? '').split(':').map(Number);
    const where = e.position ? { template: name, line, column, expression: e.expression } : { template: name };
    return new RenderError('template', msg, where);
  }
  if (e instanceof RenderError) return e;
  if (e instanceof RangeError) {
    // A runaway recursion in a template (Helm: "exceeded max depth") is a user-visible failure, not a crash.
    return new RenderError('template', `template: ${name}: ${e.message}`, { template: name });
  }
  throw e;
}

function goExecError(e: TemplateError): RenderError {
  const l = e.location!;
  const where = {
    template: l.template,
    line: l.line,
    column: l.column,
    expression: l.expression,
    includes: e.includes.map((i) => ({
      template: i.template,
      line: i.line,
      column: i.column,
      expression: i.expression,
    })),
  };
  const warn = /HELM_ERR_START([^]*)HELM_ERR_END/.exec(e.message);
  if (warn)
    return new RenderError('template', `execution error at (${l.template}:${l.line}:${l.column}): ${warn[1]}`, where);
  return new RenderError('template', e.message, where);
}
