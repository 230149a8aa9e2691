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
 * Helm deep-copies the given values and each chart's values before it merges
 * into them. This port copies a map only when it is about to change it
 * (copy-on-write): every other map — of the chart's values or of the given
 * values — is read and may become part of the result as it is. The result is
 * the same tree as Helm's, sharing maps between two of its places exactly where
 * Helm's does (testing/coalesce-reference.ts is the copying port it is tested
 * against); it may share maps with the inputs, which is why callers that keep it
 * must never change it (only sprig `set` does, undone at the end of a render).
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

const hasOwn = Object.prototype.hasOwnProperty;

function concatPrefix(a: string, b: string): string {
  return a === '' ? b : `${a}.${b}`;
}

/** log.Printf from coalesce.go, with Helm's `log.Lshortfile` prefix. */
function printf(warn: Warn, line: number, message: string): void {
  warn(`coalesce.go:${line}: ${message}`);
}

/**
 * One coalescing pass (one CoalesceValues, MergeValues or CoalesceTables of Helm's):
 * the maps it made, which it may change; every other map is read only.
 */
interface Pass {
  readonly warn: Warn;
  readonly owned: Set<GoMap>;
  /** Sorted keys of maps the pass does not own (which nothing changes while they are kept here). */
  readonly keys: KeyCache;
  /** What is known of maps that never change (a chart's prepared defaults), or undefined. */
  readonly fixed: FixedTables | undefined;
  /**
   * coalesceGlobals made two places share a map or a list (Helm's copyMap is shallow).
   * Sharing that Helm would undo with a deep copy (deepCopyMap) has to be undone here too.
   */
  shares: boolean;
}

/**
 * Sorted keys of the maps coalescing only reads: the chart's values are read by
 * each of computeValues' passes, and listing a map's keys is one of the costs of a
 * pass. Only for maps no pass changes from then on (never those of the pass itself).
 */
export type KeyCache = Map<GoMap, readonly string[]>;

/**
 * What coalescing learns of the tables of charts prepared once per process
 * (dependencies.ts prepareChart: the defaults, and the merged defaults made from
 * them), which never change once made: their keys in Go's sorted order, and which
 * of them hold no null in them or in a table below them (lists aside: nulls in
 * lists are never deleted), and the others' copies without their nulls. Filled as
 * passes read those tables, so that no later pass works the same out again.
 */
export interface FixedTables {
  readonly keys: WeakMap<GoMap, readonly string[]>;
  readonly nullFree: WeakSet<GoMap>;
  /** The tables that hold a null, each with its copy without them (see fixedWithoutNulls). */
  readonly withoutNulls: WeakMap<GoMap, GoMap>;
  /** Dependencies' tables coalesced from their parents' defaults alone (see fromDefaults), by that default and path. */
  readonly fromDefaults: WeakMap<GoMap, Map<string, FromDefaults>>;
}

interface FromDefaults {
  readonly defaults: GoMap;
  readonly merge: boolean;
  readonly reads: ReadPaths | undefined;
  readonly values: GoMap;
  readonly warnings: readonly string[];
}

export function newFixedTables(): FixedTables {
  return { keys: new WeakMap(), nullFree: new WeakSet(), withoutNulls: new WeakMap(), fromDefaults: new WeakMap() };
}

function newPass(warn: Warn, keys: KeyCache = new Map(), fixed?: FixedTables): Pass {
  return { warn, owned: new Set(), keys, fixed, shares: false };
}

/**
 * sortedKeys of `m`, remembered when the pass does not own it; `chartTable`: `m` is a
 * table of the chart's values (or below one), kept in the pass's FixedTables if it has them.
 */
function keysOf(p: Pass, m: GoMap, chartTable = false): readonly string[] {
  if (chartTable && p.fixed !== undefined) {
    let fixed = p.fixed.keys.get(m);
    if (fixed === undefined) p.fixed.keys.set(m, (fixed = sortedKeys(m)));
    return fixed;
  }
  if (p.owned.has(m)) return sortedKeys(m);
  let keys = p.keys.get(m);
  if (keys === undefined) p.keys.set(m, (keys = sortedKeys(m)));
  return keys;
}

/** A new map of the pass. */
function fresh(p: Pass): GoMap {
  const m = newMap();
  p.owned.add(m);
  return m;
}

/** A shallow copy of `m` for the pass to change: its maps stay shared until they are changed in turn. */
function copyOf(p: Pass, m: GoMap): GoMap {
  const c = plainCopy(m);
  p.owned.add(c);
  return c;
}

/** A shallow copy of `m`. */
function plainCopy(m: GoMap): GoMap {
  // `c` has no prototype, so a plain assignment of "__proto__" creates an own key. (A loop: Object.assign
  // from a map without prototype, a dictionary-mode object for the engine, takes its slow path, at twice the cost.)
  const c = newMap();
  const keys = Object.keys(m);
  for (let i = 0; i < keys.length; i++) c[keys[i]] = m[keys[i]];
  return c;
}

/** `parent[key]` (a map) as one the pass may change: copied into `parent` (the pass's own) first if it is not the pass's. */
function ownedChild(p: Pass, parent: GoMap, key: string): GoMap {
  const m = parent[key] as GoMap;
  if (p.owned.has(m)) return m;
  const c = copyOf(p, m);
  setKey(parent, key, c);
  return c;
}

/** Makes every map below `m` (the pass's own) the pass's own, copying those that are not; lists are never changed here. */
function ownAllBelow(p: Pass, m: GoMap): void {
  const keys = Object.keys(m);
  for (let i = 0; i < keys.length; i++) {
    if (isMap(m[keys[i]])) ownAllBelow(p, ownedChild(p, m, keys[i]));
  }
}

/**
 * The result of a pass: `values` may share maps and lists with the pass's inputs;
 * `shares` tells whether two of its own places share a map or list (see Pass.shares).
 */
export interface SharedResult {
  readonly values: GoMap;
  readonly shares: boolean;
}

/**
 * The paths of a pass's result that its caller reads, as a tree of keys (a key
 * mapped to null: everything below it). Tables of other keys are only walked for
 * the warnings coalescing them prints: processDependencyEnabled reads only the
 * conditions and tags of its CoalesceValues, and building the rest is most of
 * that pass's cost.
 */
export type ReadPaths = ReadonlyMap<string, ReadPaths | null>;

/**
 * CoalesceValues (merge false) or MergeValues (merge true) without copying what
 * does not change: `vals` and the chart's values are left as they are, and the
 * result may hold their maps and lists. `vals` must not share a map between two of
 * its places (where Helm's copy would hold two maps, the result would hold one).
 * `keys` may be shared by passes over the same maps, as long as none of them
 * changes a map it did not make.
 */
export function coalesceShared(
  chart: CoalesceChart,
  vals: GoMap | null,
  warn: Warn,
  merge: boolean,
  keys?: KeyCache,
  fixed?: FixedTables,
  /**
   * Only these paths of the result are read (see ReadPaths): the result holds them as Helm's does, and
   * every warning is printed as Helm prints it, but other tables may be left uncoalesced. `global` and the
   * tables of dependencies are coalesced in full (what coalescing them changes shows in other places).
   * @default undefined — the whole result is read
   */
  reads?: ReadPaths,
): SharedResult {
  const p = newPass(warn, keys, fixed);
  const values = coalesce(p, chart, vals === null ? fresh(p) : copyOf(p, vals), '', merge, reads);
  return { values, shares: p.shares };
}

/** CoalesceValues: the chart's values (and its dependencies') under `vals`, nulls deleting defaults. Shares nothing with its inputs. */
export function coalesceValues(chart: CoalesceChart, vals: GoMap | null, warn: Warn): GoMap {
  return copyKeepingShares(coalesceShared(chart, vals === null ? null : deepCopy(vals), warn, false).values);
}

/** MergeValues (chartutil's, not the CLI's): as coalesceValues, but nulls are kept. */
export function mergeChartValues(chart: CoalesceChart, vals: GoMap | null, warn: Warn): GoMap {
  return copyKeepingShares(coalesceShared(chart, vals === null ? null : deepCopy(vals), warn, true).values);
}

/**
 * A deep copy of `v` that keeps its sharing: a map or list found at two places is
 * copied once, and the copy is at both places (a `set` through one shows through
 * the other, as in `v`).
 */
export function copyKeepingShares<T extends GoValue>(v: T): T {
  return copyShared(v, new Map()) as T;
}

function copyShared(v: GoValue, copies: Map<object, GoMap | GoValue[]>): GoValue {
  if (typeof v !== 'object' || v === null) return v;
  const done = copies.get(v);
  if (done !== undefined) return done;
  if (Array.isArray(v)) {
    const list = new Array<GoValue>(v.length);
    copies.set(v, list);
    for (let i = 0; i < v.length; i++) list[i] = copyShared(v[i], copies);
    return list;
  }
  const out = newMap();
  copies.set(v, out);
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) out[keys[i]] = copyShared(v[keys[i]], copies);
  return out;
}

function coalesce(
  p: Pass,
  ch: CoalesceChart,
  dest: GoMap,
  prefix: string,
  merge: boolean,
  reads: ReadPaths | undefined,
): GoMap {
  coalesceChartValues(p, ch, dest, prefix, merge, reads);
  return coalesceDeps(p, ch, dest, prefix, merge, reads);
}

/** `dest` is the pass's own. */
function coalesceDeps(
  p: Pass,
  chart: CoalesceChart,
  dest: GoMap,
  prefix: string,
  merge: boolean,
  reads: ReadPaths | undefined,
): GoMap {
  for (const sub of chart.dependencies) {
    if (!hasKey(dest, sub.name)) {
      setKey(dest, sub.name, fresh(p));
    } else if (!isMap(getKey(dest, sub.name))) {
      // Go formats this with %t, which prints any non-bool as %!t(type=value).
      throw new RenderError('values', `type mismatch on ${sub.name}: ${formatT(getKey(dest, sub.name))}`, {
        path: concatPrefix(prefix, sub.name),
      });
    }
    const subPrefix = concatPrefix(prefix, chart.name);
    const subReads = readsBelow(reads, sub.name);
    if (
      p.fixed !== undefined &&
      sub.dependencies.length === 0 &&
      !hasOwn.call(dest, GLOBAL_KEY) &&
      hasOwn.call(chart.values, sub.name) &&
      dest[sub.name] === chart.values[sub.name]
    ) {
      // The dependency's table is its parent's default, and no globals come down: a function of the charts alone.
      setKey(dest, sub.name, fromDefaults(p, p.fixed, sub, dest[sub.name] as GoMap, subPrefix, merge, subReads));
      continue;
    }
    // Its `global` is always set, and its chart's values merged into it: it changes.
    const dvmap = ownedChild(p, dest, sub.name);
    coalesceGlobals(p, dvmap, dest, subPrefix);
    setKey(dest, sub.name, coalesce(p, sub, dvmap, subPrefix, merge, subReads));
  }
  return dest;
}

/**
 * What coalesceDeps makes of `sub`'s table when that is `given`, a table of its parent's prepared values,
 * and the parent has no `global`: made once per prepared chart with the warnings it printed, which are
 * printed again at the same point. The table is no pass's own (a pass that changes it copies it first).
 */
function fromDefaults(
  p: Pass,
  fixed: FixedTables,
  sub: CoalesceChart,
  given: GoMap,
  prefix: string,
  merge: boolean,
  reads: ReadPaths | undefined,
): GoMap {
  const id = `${prefix}\0${sub.name}`;
  let byId = fixed.fromDefaults.get(given);
  let made = byId?.get(id);
  if (made === undefined || made.defaults !== sub.values || made.merge !== merge || made.reads !== reads) {
    const warnings: string[] = [];
    const q = newPass((w) => warnings.push(w), p.keys, fixed);
    let values: GoMap;
    try {
      const dvmap = copyOf(q, given);
      coalesceGlobals(q, dvmap, newMap(), prefix);
      values = coalesce(q, sub, dvmap, prefix, merge, reads);
    } finally {
      for (const w of warnings) p.warn(w);
    }
    made = { defaults: sub.values, merge, reads, values, warnings };
    if (q.shares) {
      p.shares = true;
      return values;
    }
    if (byId === undefined) fixed.fromDefaults.set(given, (byId = new Map()));
    byId.set(id, made);
    return values;
  }
  for (const w of made.warnings) p.warn(w);
  return made.values;
}

/** coalesceGlobals: copies the parent's `global` into a dependency's table; the parent's globals win. `dest` and `src` are the pass's own. */
function coalesceGlobals(p: Pass, dest: GoMap, src: GoMap, prefix: string): void {
  const { warn } = p;
  let dg: GoMap;
  const destglob = getKey(dest, GLOBAL_KEY);
  if (destglob === undefined) dg = fresh(p);
  else if (isMap(destglob)) dg = destglob;
  else {
    printf(warn, 138, `warning: skipping globals because destination ${GLOBAL_KEY} is not a table.`);
    return;
  }
  const srcglob = getKey(src, GLOBAL_KEY);
  let keys: string[];
  if (srcglob === undefined) keys = [];
  else if (isMap(srcglob)) keys = sortedKeys(srcglob);
  else {
    printf(warn, 145, `warning: skipping globals because source ${GLOBAL_KEY} is not a table.`);
    return;
  }
  if (keys.length > 0) {
    if (!p.owned.has(dg)) dg = copyOf(p, dg);
    // Below here Helm shares maps between the parent's globals and the copies it makes of them, and changes
    // them through either place: they are made the pass's own first, so that each change shows in both places.
    const sg = ownedChild(p, src, GLOBAL_KEY);
    ownAllBelow(p, sg);
    for (const key of keys) {
      const val = sg[key];
      if (isMap(val)) {
        // Helm's copyMap is shallow: nested maps stay shared with the parent's globals.
        const vv = copyOf(p, val);
        p.shares = true;
        const destv = getKey(dg, key);
        if (destv === undefined) {
          setKey(dg, key, vv);
        } else if (!isMap(destv)) {
          printf(warn, 161, `Conflict: cannot merge map onto non-map for ${goQuote(key)}. Skipping.`);
        } else {
          coalesceTablesFullKey(p, vv, destv, concatPrefix(prefix, key), true);
          setKey(dg, key, vv);
        }
      } else if (isMap(getKey(dg, key))) {
        printf(warn, 175, `key ${key} is table. Skipping`);
      } else {
        // A list is now at two places, as in Helm.
        if (typeof val === 'object' && val !== null) p.shares = true;
        setKey(dg, key, val);
      }
    }
  }
  setKey(dest, GLOBAL_KEY, dg);
}

const NO_READS: ReadPaths = new Map();

/** Is `key` the table of one of `c`'s dependencies? (A loop: a closure per key cost more than the few names.) */
function isDependency(c: CoalesceChart, key: string): boolean {
  const deps = c.dependencies;
  for (let i = 0; i < deps.length; i++) if (deps[i].name === key) return true;
  return false;
}

/** The paths read below `key`: all of them when `key` itself is read whole (or when every path is read). */
function readsBelow(reads: ReadPaths | undefined, key: string): ReadPaths | undefined {
  if (reads === undefined) return undefined;
  const below = reads.get(key);
  return below === null ? undefined : (below ?? NO_READS);
}

/** coalesceValues (Go's, per chart): the chart's own values under `v` (the pass's own), which has priority. */
function coalesceChartValues(
  p: Pass,
  c: CoalesceChart,
  v: GoMap,
  prefix: string,
  merge: boolean,
  reads: ReadPaths | undefined,
): void {
  const subPrefix = concatPrefix(prefix, c.name);
  // Helm deep-copies c.Values so that coalescing never alters the chart; here nothing of it is changed (copy-on-write).
  const vc = c.values;
  // Plain own-property reads and writes below: every map here has no prototype (the hooks of getKey/setKey are for templates).
  const keys = keysOf(p, vc, true);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const val = vc[key];
    if (reads !== undefined && !reads.has(key) && key !== GLOBAL_KEY && !isDependency(c, key)) {
      // Nothing reads this key's table: only the warnings coalescing it would print.
      if (hasOwn.call(v, key)) {
        const value = v[key];
        if (isMap(value)) {
          if (!isMap(val)) {
            if (val !== null) printf(p.warn, 237, `warning: skipped value for ${subPrefix}.${key}: Not a table.`);
          } else warnTables(p, value, val, concatPrefix(subPrefix, key), merge, true);
        }
      }
      continue;
    }
    if (hasOwn.call(v, key)) {
      const value = v[key];
      if (value === null && !merge) {
        // A user null removes the chart's key (coalescing only).
        delete v[key];
      } else if (isMap(value)) {
        if (!isMap(val)) {
          if (val !== null) printf(p.warn, 237, `warning: skipped value for ${subPrefix}.${key}: Not a table.`);
        } else {
          // A dependency's table keeps its nulls here; the dependency's own pass deletes them.
          const childMerge = merge || isDependency(c, key);
          const merged = coalesceTablesFullKey(p, value, val, concatPrefix(subPrefix, key), childMerge, true);
          if (merged !== value) v[key] = merged;
        }
      }
    } else {
      v[key] = val;
    }
  }
}

/** CoalesceTables: merges `src` into `dst` (dst wins), nulls in dst deleting; changes `dst` and the maps in it. */
export function coalesceTables(dst: GoMap, src: GoMap, warn: Warn): GoMap {
  return coalesceTablesFullKey(tablesPass(dst, warn), dst, src, '', false);
}

/** MergeTables: as coalesceTables, keeping nulls. */
export function mergeTables(dst: GoMap, src: GoMap, warn: Warn): GoMap {
  return coalesceTablesFullKey(tablesPass(dst, warn), dst, src, '', true);
}

/** A pass that owns every map of `dst`: Helm's CoalesceTables changes them in place. */
function tablesPass(dst: GoMap, warn: Warn): Pass {
  const p = newPass(warn);
  const own = (m: GoMap): void => {
    if (p.owned.has(m)) return;
    p.owned.add(m);
    for (const k of Object.keys(m)) if (isMap(m[k])) own(m[k] as GoMap);
  };
  own(dst);
  return p;
}

/**
 * coalesceTablesFullKey: `src` merged into `dst` (dst wins). Returns `dst` when it
 * is the pass's own (changed in place) or when nothing had to change, else a copy
 * of it with the changes, which the caller puts in dst's place.
 */
function coalesceTablesFullKey(
  p: Pass,
  dst: GoMap,
  src: GoMap,
  prefix: string,
  merge: boolean,
  /** `src` is a table of the chart's values (see keysOf). */
  chartTable = false,
): GoMap {
  // A table merged with itself (a chart's table that an earlier pass put in place as it is): no key is missing and no
  // value conflicts, so nothing is printed; merging keeps everything, coalescing only drops the nulls.
  if (dst === src) return merge ? dst : withoutNulls(p, dst, chartTable);
  let out = dst;
  let own = p.owned.has(dst);
  const keys = keysOf(p, src, chartTable);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const val = src[key];
    const present = hasOwn.call(out, key);
    const dv = present ? out[key] : undefined;
    if (present && !merge && dv === null) {
      if (!own) {
        out = copyOf(p, dst);
        own = true;
      }
      delete out[key];
    } else if (!present) {
      if (!own) {
        out = copyOf(p, dst);
        own = true;
      }
      out[key] = val;
    } else if (isMap(val)) {
      if (isMap(dv)) {
        const merged = coalesceTablesFullKey(p, dv, val, concatPrefix(prefix, key), merge, chartTable);
        if (merged !== dv) {
          if (!own) {
            out = copyOf(p, dst);
            own = true;
          }
          out[key] = merged;
        }
      } else warnNotTable(p, prefix, key, val);
    } else if (isMap(dv) && val !== null) {
      warnTableDestination(p, prefix, key, val);
    }
  }
  return out;
}

/** coalesce.go:298, a table in `src` where `dst` holds something else: `dst` wins. */
function warnNotTable(p: Pass, prefix: string, key: string, val: GoValue): void {
  printf(
    p.warn,
    298,
    `warning: cannot overwrite table with non table for ${concatPrefix(prefix, key)} (${formatV(val)})`,
  );
}

/** coalesce.go:301, a non-table in `src` where `dst` holds a table: `dst` wins. */
function warnTableDestination(p: Pass, prefix: string, key: string, val: GoValue): void {
  printf(
    p.warn,
    301,
    `warning: destination for ${concatPrefix(prefix, key)} is a table. Ignoring non-table value (${formatV(val)})`,
  );
}

/**
 * The warnings coalesceTablesFullKey prints for the same tables, in the same order, without
 * merging: a key is read once, and merging it changes no other key, so what decides each
 * warning is the same in `dst` as in the table the merge makes of it.
 */
function warnTables(p: Pass, dst: GoMap, src: GoMap, prefix: string, merge: boolean, chartTable: boolean): void {
  // Merged with itself (see coalesceTablesFullKey): nothing is printed.
  if (dst === src) return;
  const keys = keysOf(p, src, chartTable);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!hasOwn.call(dst, key)) continue;
    const dv = dst[key];
    if (dv === null && !merge) continue;
    const val = src[key];
    if (isMap(val)) {
      if (isMap(dv)) warnTables(p, dv, val, concatPrefix(prefix, key), merge, chartTable);
      else warnNotTable(p, prefix, key, val);
    } else if (isMap(dv) && val !== null) {
      warnTableDestination(p, prefix, key, val);
    }
  }
}

/**
 * `m` without its null values, in it and in the maps below it (not in lists): `m` itself when it has none,
 * else a copy. `m` is a chart's table (a pass never merges a table of its own into itself), so it is never changed.
 */
function withoutNulls(p: Pass, m: GoMap, chartTable: boolean): GoMap {
  const fixed = chartTable ? p.fixed : undefined;
  if (fixed !== undefined) return fixedWithoutNulls(fixed, m);
  let out = m;
  const keys = Object.keys(m);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const x = m[key];
    if (x === null) {
      if (out === m) out = copyOf(p, m);
      delete out[key];
    } else if (isMap(x)) {
      const y = withoutNulls(p, x, chartTable);
      if (y !== x) {
        if (out === m) out = copyOf(p, m);
        out[key] = y;
      }
    }
  }
  return out;
}

/**
 * withoutNulls of a table that never changes (FixedTables): the table itself when it holds no null, else
 * its copy without them, made once. The copy is no pass's own, so a pass that changes it copies it first,
 * as it does a chart's table; it is a tree like the chart's values, so it sits at one place of a result.
 */
function fixedWithoutNulls(fixed: FixedTables, m: GoMap): GoMap {
  if (fixed.nullFree.has(m)) return m;
  let out = fixed.withoutNulls.get(m);
  if (out !== undefined) return out;
  out = m;
  const keys = Object.keys(m);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const x = m[key];
    if (x === null) {
      if (out === m) out = plainCopy(m);
      delete out[key];
    } else if (isMap(x)) {
      const y = fixedWithoutNulls(fixed, x);
      if (y !== x) {
        if (out === m) out = plainCopy(m);
        out[key] = y;
      }
    }
  }
  if (out === m) fixed.nullFree.add(m);
  else fixed.withoutNulls.set(m, out);
  return out;
}
