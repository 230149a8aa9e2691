/**
 * Test-only: the straightforward port of Helm v3.17.3's coalescing (pkg/chartutil
 * coalesce.go, dependencies.go) that copies every values tree the way Helm does
 * (copystructure before each merge, deepCopyMap after processDependencyImportValues).
 * It is the oracle for the copy-on-write port in ../coalesce.ts and ../dependencies.ts:
 * same values, same sharing between places, same warnings in the same order.
 */
import { pathValue, table, type ChartValuesNode, type ComputedValues } from '../dependencies.js';
import { RenderError } from '../errors.js';
import { formatT, formatV, goQuote } from '../go-fmt.js';
import { getKey, hasKey, isMap, newMap, setKey, sortedKeys, type GoMap, type GoValue } from '../go-value.js';

/** One warning line, as Helm prints it on stderr (without the newline). */
type Warn = (line: string) => void;

/** The parts of a Helm chart that coalescing reads: its name, its values, its (enabled) dependencies. */
interface CoalesceChart {
  readonly name: string;
  /** The chart's values (Helm's chart.Values); never modified here. */
  readonly values: GoMap;
  readonly dependencies: readonly CoalesceChart[];
}

/** Helm's GlobalKey. */
const GLOBAL_KEY = 'global';

/**
 * copystructure.Copy of values: maps and lists are copied all the way down.
 * Scalars are copied in place rather than through a call: a one-shot CLI runs
 * this in the interpreter, where a call per leaf is most of the cost.
 */
function deepCopy<T extends GoValue>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const list = new Array<GoValue>(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      list[i] = typeof x === 'object' && x !== null ? deepCopy(x) : x;
    }
    return list as T;
  }
  // `out` has no prototype, so a plain assignment of "__proto__" creates an own key (no setKey needed).
  const out = newMap();
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const x = (v as GoMap)[keys[i]];
    out[keys[i]] = typeof x === 'object' && x !== null ? deepCopy(x) : x;
  }
  return out as T;
}

function concatPrefix(a: string, b: string): string {
  return a === '' ? b : `${a}.${b}`;
}

/** log.Printf from coalesce.go, with Helm's `log.Lshortfile` prefix. */
function printf(warn: Warn, line: number, message: string): void {
  warn(`coalesce.go:${line}: ${message}`);
}

/** CoalesceValues: the chart's values (and its dependencies') under `vals`, nulls deleting defaults. `vals` is copied first. */
export function refCoalesceValues(chart: CoalesceChart, vals: GoMap | null, warn: Warn): GoMap {
  return coalesce(warn, chart, vals === null ? newMap() : deepCopy(vals), '', false);
}

/** MergeValues (chartutil's, not the CLI's): as coalesceValues, but nulls are kept. */
export function refMergeChartValues(chart: CoalesceChart, vals: GoMap | null, warn: Warn): GoMap {
  return coalesce(warn, chart, vals === null ? newMap() : deepCopy(vals), '', true);
}

function coalesce(warn: Warn, ch: CoalesceChart, dest: GoMap, prefix: string, merge: boolean): GoMap {
  coalesceChartValues(warn, ch, dest, prefix, merge);
  return coalesceDeps(warn, ch, dest, prefix, merge);
}

function coalesceDeps(warn: Warn, chart: CoalesceChart, dest: GoMap, prefix: string, merge: boolean): GoMap {
  for (const sub of chart.dependencies) {
    if (!hasKey(dest, sub.name)) {
      setKey(dest, sub.name, newMap());
    } else if (!isMap(getKey(dest, sub.name))) {
      // Go formats this with %t, which prints any non-bool as %!t(type=value).
      throw new RenderError('values', `type mismatch on ${sub.name}: ${formatT(getKey(dest, sub.name))}`, {
        path: concatPrefix(prefix, sub.name),
      });
    }
    const dvmap = getKey(dest, sub.name) as GoMap;
    const subPrefix = concatPrefix(prefix, chart.name);
    coalesceGlobals(warn, dvmap, dest, subPrefix);
    setKey(dest, sub.name, coalesce(warn, sub, dvmap, subPrefix, merge));
  }
  return dest;
}

/** coalesceGlobals: copies the parent's `global` into a dependency's table; the parent's globals win. */
function coalesceGlobals(warn: Warn, dest: GoMap, src: GoMap, prefix: string): void {
  let dg: GoMap;
  let sg: GoMap;
  const destglob = getKey(dest, GLOBAL_KEY);
  if (destglob === undefined) dg = newMap();
  else if (isMap(destglob)) dg = destglob;
  else {
    printf(warn, 138, `warning: skipping globals because destination ${GLOBAL_KEY} is not a table.`);
    return;
  }
  const srcglob = getKey(src, GLOBAL_KEY);
  if (srcglob === undefined) sg = newMap();
  else if (isMap(srcglob)) sg = srcglob;
  else {
    printf(warn, 145, `warning: skipping globals because source ${GLOBAL_KEY} is not a table.`);
    return;
  }
  for (const key of sortedKeys(sg)) {
    const val = sg[key];
    if (isMap(val)) {
      // Helm's copyMap is shallow: nested maps stay shared with the parent's globals.
      const vv = Object.assign(newMap(), val);
      const destv = getKey(dg, key);
      if (destv === undefined) {
        setKey(dg, key, vv);
      } else if (!isMap(destv)) {
        printf(warn, 161, `Conflict: cannot merge map onto non-map for ${goQuote(key)}. Skipping.`);
      } else {
        coalesceTablesFullKey(warn, vv, destv, concatPrefix(prefix, key), true);
        setKey(dg, key, vv);
      }
    } else if (isMap(getKey(dg, key))) {
      printf(warn, 175, `key ${key} is table. Skipping`);
    } else {
      setKey(dg, key, val);
    }
  }
  setKey(dest, GLOBAL_KEY, dg);
}

/** coalesceValues (Go's, per chart): the chart's own values under `v`, which has priority. */
function coalesceChartValues(warn: Warn, c: CoalesceChart, v: GoMap, prefix: string, merge: boolean): void {
  const subPrefix = concatPrefix(prefix, c.name);
  // Helm deep-copies c.Values so that coalescing never alters the chart.
  const vc = deepCopy(c.values);
  for (const key of sortedKeys(vc)) {
    const val = vc[key];
    if (hasKey(v, key)) {
      const value = v[key];
      if (value === null && !merge) {
        // A user null removes the chart's key (coalescing only).
        delete v[key];
      } else if (isMap(value)) {
        if (!isMap(val)) {
          if (val !== null) printf(warn, 237, `warning: skipped value for ${subPrefix}.${key}: Not a table.`);
        } else {
          // A dependency's table keeps its nulls here; the dependency's own pass deletes them.
          const childMerge = c.dependencies.some((d) => d.name === key) || merge;
          coalesceTablesFullKey(warn, value, val, concatPrefix(subPrefix, key), childMerge);
        }
      }
    } else {
      setKey(v, key, val);
    }
  }
}

/** CoalesceTables: merges `src` into `dst` (dst wins), nulls in dst deleting. */
export function refCoalesceTables(dst: GoMap, src: GoMap, warn: Warn): GoMap {
  return coalesceTablesFullKey(warn, dst, src, '', false);
}

/** MergeTables: as coalesceTables, keeping nulls. */
export function refMergeTables(dst: GoMap, src: GoMap, warn: Warn): GoMap {
  return coalesceTablesFullKey(warn, dst, src, '', true);
}

function coalesceTablesFullKey(warn: Warn, dst: GoMap, src: GoMap, prefix: string, merge: boolean): GoMap {
  for (const key of sortedKeys(src)) {
    const val = src[key];
    const fullkey = concatPrefix(prefix, key);
    const present = hasKey(dst, key);
    const dv = present ? dst[key] : undefined;
    if (present && !merge && dv === null) {
      delete dst[key];
    } else if (!present) {
      setKey(dst, key, val);
    } else if (isMap(val)) {
      if (isMap(dv)) coalesceTablesFullKey(warn, dv, val, fullkey, merge);
      else printf(warn, 298, `warning: cannot overwrite table with non table for ${fullkey} (${formatV(val)})`);
    } else if (isMap(dv) && val !== null) {
      printf(warn, 301, `warning: destination for ${fullkey} is a table. Ignoring non-table value (${formatV(val)})`);
    }
  }
  return dst;
}

// ---- dependencies.go ----
/** Helm's chart object while the install action works on it: values and dependencies get replaced. */
interface WorkChart extends CoalesceChart {
  name: string;
  values: GoMap;
  dependencies: WorkChart[];
  declared?: { dep: NonNullable<ChartValuesNode['dependencies']>[number]; chart: WorkChart; enabled: boolean }[];
}

function toWork(node: ChartValuesNode, name: string): WorkChart {
  const declared = node.dependencies?.map((dep) => ({ dep, chart: toWork(dep.chart, dep.name), enabled: true }));
  return { name, values: node.defaults, dependencies: declared?.map((d) => d.chart) ?? [], declared };
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
export function refComputeValues(chart: ChartValuesNode, userValues: GoMap, warn: Warn): ComputedValues {
  const root = toWork(chart, chart.name);
  const enabled = new Set<string>();
  processDependencyEnabled(root, userValues, '', warn, enabled);
  processDependencyImportValues(root, warn);
  return { values: refCoalesceValues(root, userValues, warn), enabled };
}

/** processDependencyEnabled: evaluates tags and conditions against the coalesced values and drops disabled dependencies. */
function processDependencyEnabled(c: WorkChart, v: GoMap, path: string, warn: Warn, enabled: Set<string>): void {
  if (c.declared === undefined) return;
  for (const d of c.declared) d.enabled = true;
  const cvals = refCoalesceValues(c, v, warn);
  processDependencyTags(c.declared, cvals, warn);
  processDependencyConditions(c.declared, cvals, path, warn);
  c.declared = c.declared.filter((d) => d.enabled);
  c.dependencies = c.declared.map((d) => d.chart);
  for (const t of c.dependencies) {
    enabled.add(path + t.name);
    processDependencyEnabled(t, cvals, `${path}${t.name}.`, warn, enabled);
  }
}

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

/** processDependencyImportValues with merge, then deepCopyMap of the result (no chart here has import-values). */
function processDependencyImportValues(c: WorkChart, warn: Warn): void {
  for (const d of c.dependencies) processDependencyImportValues(d, warn);
  if (c.declared === undefined) return;
  c.values = deepCopy(refMergeChartValues(c, null, warn));
}
