/**
 * The values `helm template` renders with: a port of what Helm v3.17.3's
 * install action does with a chart and the user's values —
 * chartutil.ProcessDependenciesWithMerge (pkg/chartutil/dependencies.go:
 * `condition:`/`tags:` switch dependencies off, then each chart's values are
 * replaced by MergeValues of itself and its dependencies) followed by
 * ToRenderValues' CoalesceValues (pkg/chartutil/values.go).
 *
 * Not modelled: `import-values` (no chart here uses it) and subcharts present
 * under charts/ without being declared.
 */
import {
  coalesceShared,
  deepCopy,
  newFixedTables,
  type CoalesceChart,
  type FixedTables,
  type KeyCache,
  type ReadPaths,
  type Warn,
} from './coalesce.js';
import { getKey, hasKey, isMap, type GoMap, type GoValue } from './go-value.js';

/** A chart as far as values go: its defaults (values.yaml) and its declared dependencies. */
export interface ChartValuesNode {
  readonly name: string;
  /** The chart's values.yaml, decoded. Never modified. */
  readonly defaults: GoMap;
  /**
   * The dependencies its Chart.yaml (or requirements.yaml) declares, in that order.
   * @default undefined — the chart declares none, and Helm then skips condition, tag and merge processing for it
   */
  readonly dependencies?: readonly ChartDependency[];
}

export interface ChartDependency {
  /** The name (or alias) whose table in the parent's values the dependency reads. */
  readonly name: string;
  /** Comma-separated values paths; the first that holds a bool decides. @default undefined */
  readonly condition?: string;
  /** Tag names looked up under the parent's `tags:`. @default undefined */
  readonly tags?: readonly string[];
  readonly chart: ChartValuesNode;
}

export interface ComputedValues {
  /**
   * The root chart's `.Values`; each enabled dependency's `.Values` is the table under its name (the same object).
   * It shares maps and lists with the charts' defaults (it copies only what coalescing changes): never change it,
   * except for a while (sprig `set`, undone at the end of the render).
   */
  readonly values: GoMap;
  /** Enabled dependencies, as dotted paths of names (`postgresql`, `a.b` for a dependency of `a`). */
  readonly enabled: ReadonlySet<string>;
}

/**
 * A chart tree made ready for many computeValues calls, once per process: what
 * coalescing works out from the charts' defaults alone is worked out once.
 * - `fixed`: the sorted keys (and null-freeness) of the defaults' tables, as passes read them.
 * - `imports`: processDependencyImportValues' results by set of enabled
 *   dependencies. With merge and no user values, they depend on nothing else
 *   (MergeValues of each chart's defaults and its enabled dependencies'), so each
 *   of the at most 2^n sets is merged once, on first use, with the warnings it
 *   printed, which every later call prints again as Helm would.
 * What it holds only grows, on first use, and only with facts about tables that
 * never change: the same for every call, so no call can see another's values.
 */
export interface PreparedChart {
  readonly chart: ChartValuesNode;
  readonly fixed: FixedTables;
  readonly imports: Map<string, ImportedValues>;
  /** What processDependencyEnabled reads of each chart's CoalesceValues (readPaths), by chart and its path. */
  readonly reads: Map<ChartValuesNode, { readonly cpath: string; readonly reads: ReadPaths | undefined }>;
  /**
   * Renders whose templates are running on values that share these tables. A template's
   * `set` changes a shared table until its render ends; a render started meanwhile (a
   * caller's RandomSource that calls render() itself) would learn "facts" from a changed
   * table and keep them for every later call. While this is not 0, computeValues neither
   * uses nor keeps anything here: it coalesces as an unprepared chart does.
   */
  templatesRunning: number;
}

/** The values processDependencyImportValues gives each chart that declares dependencies (post-order), and its warnings. */
interface ImportedValues {
  readonly values: readonly GoMap[];
  readonly warnings: readonly string[];
}

export function prepareChart(chart: ChartValuesNode): PreparedChart {
  return { chart, fixed: newFixedTables(), imports: new Map(), reads: new Map(), templatesRunning: 0 };
}

/** Helm's chart object while the install action works on it: values and dependencies get replaced. */
interface WorkChart extends CoalesceChart {
  readonly node: ChartValuesNode;
  name: string;
  values: GoMap;
  dependencies: WorkChart[];
  declared?: { dep: ChartDependency; chart: WorkChart; enabled: boolean }[];
}

function toWork(node: ChartValuesNode, name: string): WorkChart {
  const declared = node.dependencies?.map((dep) => ({ dep, chart: toWork(dep.chart, dep.name), enabled: true }));
  return { node, name, values: node.defaults, dependencies: declared?.map((d) => d.chart) ?? [], declared };
}

/** log.Printf from dependencies.go, with Helm's `log.Lshortfile` prefix. */
function logf(warn: Warn, line: number, message: string): void {
  warn(`dependencies.go:${line}: ${message}`);
}

/**
 * The values every template of `chart` sees for `helm template` with `userValues`
 * (the result of the -f/--set flags, see mergeUserValues), and which dependencies
 * are rendered. `userValues` and the chart's defaults are not modified.
 */
export function computeValues(
  /** The chart tree, or the same prepared once (prepareChart) for many calls. */
  chart: ChartValuesNode | PreparedChart,
  userValues: GoMap,
  warn: Warn,
  /**
   * `userValues` was made for this call and nothing else holds it (a one-shot CLI's freshly decoded values): it
   * may end up in the result without a copy. @default false
   */
  owned = false,
): ComputedValues {
  const node = 'fixed' in chart ? chart.chart : chart;
  const prepared = 'fixed' in chart && chart.templatesRunning === 0 ? chart : undefined;
  const root = toWork(node, node.name);
  const enabled = new Set<string>();
  // Helm copies the user's values in each CoalesceValues; coalescing here changes no map it did not make, so one
  // copy serves both passes (and none of the caller's maps ends up in the result, unless the caller gave them up).
  const user = owned ? userValues : deepCopy(userValues);
  // The passes read the same chart values (and each later pass the earlier passes' results, which are not changed again).
  const keys: KeyCache = new Map();
  processDependencyEnabled(root, user, '', warn, enabled, keys, prepared);
  if (prepared === undefined) processDependencyImportValues(root, warn, keys);
  else importPrepared(prepared, root, enabled, warn);
  return { values: coalesceShared(root, user, warn, false, keys, prepared?.fixed).values, enabled };
}

/** processDependencyImportValues from the prepared results for this set of enabled dependencies (made on first use). */
function importPrepared(prepared: PreparedChart, root: WorkChart, enabled: ReadonlySet<string>, warn: Warn): void {
  const setKey = [...enabled].sort().join('\0');
  let imported = prepared.imports.get(setKey);
  if (imported === undefined) {
    const warnings: string[] = [];
    try {
      processDependencyImportValues(root, (w) => warnings.push(w), new Map());
    } catch (e) {
      // A merge that fails (a dependency's name holding a non-table in its parent's defaults) fails every call
      // alike: nothing is kept, and what it printed before it failed is printed.
      for (const w of warnings) warn(w);
      throw e;
    }
    const values = declaringCharts(root).map((c) => c.values);
    prepared.imports.set(setKey, (imported = { values, warnings }));
  } else {
    declaringCharts(root).forEach((c, i) => (c.values = imported!.values[i]));
  }
  for (const w of imported.warnings) warn(w);
}

/** The charts of the tree that declare dependencies, in processDependencyImportValues' (post-)order. */
function declaringCharts(c: WorkChart, into: WorkChart[] = []): WorkChart[] {
  for (const d of c.dependencies) declaringCharts(d, into);
  if (c.declared !== undefined) into.push(c);
  return into;
}

/** processDependencyEnabled: evaluates tags and conditions against the coalesced values and drops disabled dependencies. */
function processDependencyEnabled(
  c: WorkChart,
  v: GoMap,
  path: string,
  warn: Warn,
  enabled: Set<string>,
  keys: KeyCache,
  prepared: PreparedChart | undefined,
): void {
  if (c.declared === undefined) return;
  for (const d of c.declared) d.enabled = true;
  // Only read (conditions, tags, and the same for the dependencies' own dependencies).
  const reads = preparedReadPaths(c, path, prepared);
  const cvals = coalesceShared(c, v, warn, false, keys, prepared?.fixed, reads).values;
  processDependencyTags(c.declared, cvals, warn);
  processDependencyConditions(c.declared, cvals, path, warn);
  c.declared = c.declared.filter((d) => d.enabled);
  c.dependencies = c.declared.map((d) => d.chart);
  for (const t of c.dependencies) {
    enabled.add(path + t.name);
    processDependencyEnabled(t, cvals, `${path}${t.name}.`, warn, enabled, keys, prepared);
  }
}

/** readPaths of `c` (whose declared dependencies are all still there), worked out once per prepared chart. */
function preparedReadPaths(c: WorkChart, cpath: string, prepared: PreparedChart | undefined): ReadPaths | undefined {
  const known = prepared?.reads.get(c.node);
  if (known !== undefined && known.cpath === cpath) return known.reads;
  const reads = readPaths(c.declared!, cpath);
  if (prepared !== undefined && known === undefined) prepared.reads.set(c.node, { cpath, reads });
  return reads;
}

/**
 * What processDependencyEnabled reads of its CoalesceValues: `tags` and the condition paths. A
 * dependency that declares dependencies of its own is handed the whole result (Helm coalesces
 * its chart over it): then everything is read.
 */
function readPaths(declared: NonNullable<WorkChart['declared']>, cpath: string): ReadPaths | undefined {
  if (declared.some((d) => d.chart.declared !== undefined)) return undefined;
  const root: PathTree = new Map([['tags', null]]);
  for (const d of declared) {
    for (const c of (d.dep.condition ?? '').trim().split(',')) {
      if (c.length === 0) continue;
      // As pathValue splits it; the last key is read whole.
      const parts = (cpath + c).split('.');
      let at = root;
      for (let i = 0; i < parts.length; i++) {
        const next = at.get(parts[i]);
        if (next === null) break;
        if (i === parts.length - 1) at.set(parts[i], null);
        else if (next === undefined) at.set(parts[i], (at = new Map()));
        else at = next;
      }
    }
  }
  return root;
}

type PathTree = Map<string, PathTree | null>;

function processDependencyConditions(
  reqs: NonNullable<WorkChart['declared']>,
  cvals: GoMap,
  cpath: string,
  warn: Warn,
): void {
  for (const r of reqs) {
    // Helm trims the whole condition but not each comma-separated part.
    for (const c of (r.dep.condition ?? '').trim().split(',')) {
      if (c.length === 0) continue;
      const vv = pathValue(cvals, cpath + c);
      if (vv === undefined) continue;
      if (typeof vv === 'boolean') {
        r.enabled = vv;
        break;
      }
      logf(warn, 63, `Warning: Condition path '${c}' for chart ${r.dep.name} returned non-bool value`);
    }
  }
}

function processDependencyTags(reqs: NonNullable<WorkChart['declared']>, cvals: GoMap, warn: Warn): void {
  const vt = table(cvals, 'tags');
  if (vt === undefined) return;
  for (const r of reqs) {
    let hasTrue = false;
    let hasFalse = false;
    for (const k of r.dep.tags ?? []) {
      if (!hasKey(vt, k)) continue;
      const b = vt[k];
      if (typeof b === 'boolean') {
        if (b) hasTrue = true;
        else hasFalse = true;
      } else {
        logf(warn, 94, `Warning: Tag '${k}' for chart ${r.dep.name} returned non-bool value`);
      }
    }
    if (!hasTrue && hasFalse) r.enabled = false;
    else r.enabled = true;
  }
}

/**
 * processDependencyImportValues with merge: each chart that declares dependencies gets MergeValues of itself as its values.
 * Helm deep-copies that result (deepCopyMap) before it becomes the chart's values, which undoes the sharing
 * coalesceGlobals leaves in it. The later coalesce only reads a chart's values (copy-on-write), so the copy is
 * only needed when there is such sharing (globals holding maps or lists).
 */
function processDependencyImportValues(c: WorkChart, warn: Warn, keys: KeyCache): void {
  for (const d of c.dependencies) processDependencyImportValues(d, warn, keys);
  if (c.declared === undefined) return;
  const merged = coalesceShared(c, null, warn, true, keys);
  c.values = merged.shares ? deepCopy(merged.values) : merged.values;
}

/** Values.Table: the map at a dotted path, or undefined when a step is missing or not a map. */
export function table(v: GoMap, name: string): GoMap | undefined {
  let t: GoMap = v;
  for (const n of name.split('.')) {
    const next = getKey(t, n);
    if (!isMap(next)) return undefined;
    t = next;
  }
  return t;
}

/** Values.PathValue: the non-map value at a dotted path (nil included), or undefined (Helm's ErrNoValue). */
export function pathValue(v: GoMap, path: string): GoValue | undefined {
  // The tables on the way, as Values.Table finds them, then the last key (a walk: no split and join).
  let t: GoMap = v;
  let from = 0;
  for (let dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', from)) {
    const next = getKey(t, path.slice(from, dot));
    if (!isMap(next)) return undefined;
    t = next;
    from = dot + 1;
  }
  const key = from === 0 ? path : path.slice(from);
  if (!hasKey(t, key)) return undefined;
  const val = t[key];
  return isMap(val) ? undefined : val;
}
