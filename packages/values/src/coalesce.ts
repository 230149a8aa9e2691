/**
 * Coalescing user values over chart defaults: a port of Helm v3.17.3
 * pkg/chartutil/coalesce.go.
 *
 * Rules (as Helm): maps merge recursively, anything else replaces; in
 * "coalesce" mode a user `null` deletes the default key, in "merge" mode nulls
 * are kept; each dependency's values live under its name, and `global` is
 * copied down into every dependency's table. Go maps are references, and so are
 * these: where Helm shares a map between two places (the shallow copy in
 * coalesceGlobals), so does this port, because the output shows it.
 *
 * Warnings go through `warn`, one line each, exactly as Helm's log.Printf
 * prints them (with the `coalesce.go:NNN: ` prefix its log flags add).
 * Go iterates maps in random order; this port walks keys sorted, so warnings
 * come out in a stable order.
 */
import { RenderError } from './errors.js';
import { formatT, formatV, goQuote } from './go-fmt.js';
import { getKey, hasKey, isMap, newMap, setKey, sortedKeys, type GoMap, type GoValue } from './go-value.js';

/** One warning line, as Helm prints it on stderr (without the newline). */
export type Warn = (line: string) => void;

/** The parts of a Helm chart that coalescing reads: its name, its values, its (enabled) dependencies. */
export interface CoalesceChart {
  readonly name: string;
  /** The chart's values (Helm's chart.Values); never modified here. */
  readonly values: GoMap;
  readonly dependencies: readonly CoalesceChart[];
}

/** Helm's GlobalKey. */
export const GLOBAL_KEY = 'global';

/**
 * copystructure.Copy of values: maps and lists are copied all the way down.
 * Scalars are copied in place rather than through a call: a one-shot CLI runs
 * this in the interpreter, where a call per leaf is most of the cost.
 */
export function deepCopy<T extends GoValue>(v: T): T {
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
export function coalesceValues(chart: CoalesceChart, vals: GoMap | null, warn: Warn): GoMap {
  return coalesce(warn, chart, vals === null ? newMap() : deepCopy(vals), '', false);
}

/** MergeValues (chartutil's, not the CLI's): as coalesceValues, but nulls are kept. */
export function mergeChartValues(chart: CoalesceChart, vals: GoMap | null, warn: Warn): GoMap {
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
export function coalesceTables(dst: GoMap, src: GoMap, warn: Warn): GoMap {
  return coalesceTablesFullKey(warn, dst, src, '', false);
}

/** MergeTables: as coalesceTables, keeping nulls. */
export function mergeTables(dst: GoMap, src: GoMap, warn: Warn): GoMap {
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
