/**
 * User values → the coalesced `.Values` the templates see, in Helm's order
 * (pkg/cli/values/options.go MergeValues, then install.go): `-f` files merged in
 * order, then --set-json, --set, --set-string, --set-file, --set-literal (by flag
 * kind, not by position on the command line), then the release name is checked,
 * then conditions decide the subcharts and user values are coalesced over the
 * chart defaults.
 */
import {
  computeValues,
  copyKeepingShares,
  dockerRegistryDefaults,
  loadValuesYaml,
  MAX_VALUES_DEPTH,
  mergeUserValues,
  polyaxonDefaults,
  polyaxonDependencies,
  postgresqlDefaults,
  rabbitmqHaDefaults,
  redisDefaults,
  type ChartValuesNode,
  type GoMap,
  type GoValue,
  setKey,
} from '@polyaxon-render/values';
import { keep } from '@polyaxon-render/templates';

export interface ValuesInput {
  /** `-f` files, in order, merged over the `values` argument of render(). */
  readonly valueFiles?: readonly { readonly name: string; readonly text: string }[];
  /** `--set` strings. */
  readonly set?: readonly string[];
  /** `--set-string` strings. */
  readonly setString?: readonly string[];
  /** `--set-json` strings. */
  readonly setJson?: readonly string[];
  /** `--set-literal` strings. */
  readonly setLiteral?: readonly string[];
  /** `--set-file` strings (key=path); needs `readFile`. */
  readonly setFile?: readonly string[];
  /** Reads a `--set-file` path. @default none (--set-file is refused) */
  readonly readFile?: (path: string) => string;
  /**
   * Receives the user's merged values (files and flags, before the chart's defaults) and the
   * `valueFiles` as decoded, in order, e.g. to validate them without reading the files twice
   * (validateUserValues's `decoded`). Not called when they cannot be read.
   * @default none
   */
  readonly onUserValues?: (values: GoMap, files: readonly GoMap[]) => void;
}

const defaultsByName: Record<string, () => GoMap> = {
  postgresql: postgresqlDefaults,
  'rabbitmq-ha': rabbitmqHaDefaults,
  redis: redisDefaults,
  'docker-registry': dockerRegistryDefaults,
};

let tree: ChartValuesNode | undefined;

/**
 * The chart tree with its defaults, built once on first use. Coalescing never
 * changes them, but the coalesced values share their tables: a template's `set`
 * changes them for the rest of its render, and the render scope undoes it.
 */
function valuesTree(): ChartValuesNode {
  return (tree ??= {
    name: 'polyaxon',
    defaults: polyaxonDefaults(),
    dependencies: polyaxonDependencies.map((d) => ({
      name: d.Name,
      condition: d.Condition,
      tags: d.Tags ? [...d.Tags] : undefined,
      // No subchart declares dependencies: Helm then skips condition, tag and merge processing for it (no second round of warnings).
      chart: { name: d.Name, defaults: defaultsByName[d.Name]() },
    })),
  });
}

/** MergeValues: the user's values before any chart default is applied. */
export function userValues(base: GoMap | undefined, input: ValuesInput): GoMap {
  const decoded = (input.valueFiles ?? []).map((f) => loadValuesYaml(f.text, f.name));
  const user = mergeUserValues({
    files: base ? [base, ...decoded] : decoded,
    setJSON: input.setJson,
    set: input.set,
    setString: input.setString,
    setFile: input.setFile,
    setLiteral: input.setLiteral,
    readFile: input.readFile,
  });
  input.onUserValues?.(user, decoded);
  return user;
}

export function computeReleaseValues(
  base: GoMap | undefined,
  input: ValuesInput,
  warn: (message: string) => void,
  beforeCoalesce: () => void,
): { values: GoMap; enabled: ReadonlySet<string> } {
  return releaseValues(base, (b) => b as GoMap | undefined, input, warn, beforeCoalesce);
}

interface Coalesced {
  readonly values: GoMap;
  readonly enabled: ReadonlySet<string>;
  readonly warnings: readonly string[];
}

/**
 * Coalescing is a pure function of the user's values; a watch loop or an editor
 * renders the same values again and again, so recent results are kept (keyed by
 * a serialization that tells float64 from int64 and keeps key order), and Helm's
 * warnings are replayed. Every render of the same values gets the same objects —
 * that is what lets the templates' memo (templates runtime/memo.ts) recognise
 * them; templates may change values with `set`, and the engine's render scope
 * undoes every such change when the render ends.
 */
const recentCoalesced = new Map<string, Coalesced>();
const maxCoalesced = 8;

/** Drops the kept results, so that the next render computes new values objects (and so misses every memo): for tests. */
export function forgetValues(): void {
  recentCoalesced.clear();
  recentInputs.clear();
  interned = new Map();
}

function coalesce(user: GoMap, knownKey?: string): Coalesced {
  if (!keep.betweenRenders) {
    const warnings: string[] = [];
    // One render per process: the user's values were made for it (decoded files, flags, a copy of render's
    // values), and `set` changes are undone when the render ends, so they need no copy.
    const { values, enabled } = computeValues(valuesTree(), user, (m) => warnings.push(m), true);
    return { values, enabled, warnings };
  }
  // Values nested past the depth limit have no key: they are coalesced every time.
  const key = knownKey ?? valuesKey(user);
  let hit = key === undefined ? undefined : recentCoalesced.get(key);
  if (hit === undefined) {
    const warnings: string[] = [];
    const { values, enabled } = computeValues(valuesTree(), user, (m) => warnings.push(m));
    // Interning replaces tables in place, and the coalesced values share tables with the chart defaults (which
    // every render reads): it gets its own copy, shared where Helm's values share.
    hit = { values: intern(copyKeepingShares(values)), enabled, warnings };
    if (key !== undefined) remember(recentCoalesced, key, hit);
  }
  return hit;
}

/**
 * The maps and lists of the last coalesced values, by content (valuesKey). New
 * values reuse the objects of tables whose content did not change, so that the
 * templates' memo — which compares objects, not contents — finds the templates
 * that read only unchanged tables (templates runtime/memo.ts, values
 * read-tracker.ts), and toYaml finds texts it printed before.
 */
let interned = new Map<string, (GoMap | GoValue[])[]>();
/** Past these sizes a values tree is not interned (its keys would cost more than the reuse saves). */
const maxInternNodes = 20_000;
const maxInternDepth = 32;

/**
 * Replaces, in place, each table of `values` by the table of the same content
 * from the last values — an object no template can tell from the new one. Tables
 * of equal content within one tree (the many empty `{}`) stay distinct objects
 * (`set` on one must not show in another): the n-th table of a content takes the
 * last tree's n-th table of that content, in the same walk order.
 */
function intern(values: GoMap): GoMap {
  const previous = interned;
  const next = new Map<string, (GoMap | GoValue[])[]>();
  const taken = new Map<string, number>();
  let nodes = 0;
  let tooBig = false;
  /** The table to keep for `x` (of content key `k`): the last tree's counterpart if there is one. */
  const counterpart = (k: string, x: GoMap | GoValue[]): GoMap | GoValue[] => {
    const n = taken.get(k) ?? 0;
    taken.set(k, n + 1);
    const kept = previous.get(k)?.[n] ?? x;
    const list = next.get(k);
    if (list === undefined) next.set(k, [kept]);
    else list.push(kept);
    return kept;
  };
  const visit = (v: GoMap | GoValue[], depth: number): string => {
    if (++nodes > maxInternNodes || depth > maxInternDepth) tooBig = true;
    if (tooBig) return '';
    let key: string;
    if (Array.isArray(v)) {
      key = '[';
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x !== null && typeof x === 'object') {
          const k = visit(x, depth + 1);
          if (!tooBig) v[i] = counterpart(k, x);
          key += `${k},`;
        } else {
          key += `${valuesKey(x)},`;
        }
      }
      key += ']';
    } else {
      key = '{';
      for (const name of Object.keys(v)) {
        const x = v[name];
        if (x !== null && typeof x === 'object') {
          const k = visit(x, depth + 1);
          if (!tooBig) {
            const kept = counterpart(k, x);
            if (kept !== x) setKey(v, name, kept);
          }
          key += `${JSON.stringify(name)}:${k},`;
        } else {
          key += `${JSON.stringify(name)}:${valuesKey(x)},`;
        }
      }
      key += '}';
    }
    return key;
  };
  const rootKey = visit(values, 0);
  if (tooBig) {
    // Tables already swapped are equal in content: the tree stays right, only not fully shared.
    interned = new Map();
    return values;
  }
  const root = counterpart(rootKey, values) as GoMap;
  interned = next;
  return root;
}

/**
 * A text that is equal for two user-value trees exactly when coalescing them gives
 * equal results (float64 and int64 apart, key order kept). It reads raw JavaScript
 * data as toGoValue would convert it (undefined entries dropped, undefined list
 * items nil) so that render(values) can find its result before converting
 * anything; undefined for what toGoValue would refuse or that is nested too deep.
 */
export function valuesKey(v: unknown, depth = 0): string | undefined {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Object.is(v, -0) ? 'f-0' : `f${v}`;
    case 'bigint':
      return `i${v}`;
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      break;
    default:
      return undefined;
  }
  if (depth >= MAX_VALUES_DEPTH) return undefined;
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      const k = valuesKey(v[i], depth + 1);
      if (k === undefined) return undefined;
      out += `${k},`;
    }
    return out + ']';
  }
  if (Object.prototype.toString.call(v) !== '[object Object]') return undefined;
  let out = '{';
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    if (x === undefined) continue;
    const kx = valuesKey(x, depth + 1);
    if (kx === undefined) return undefined;
    out += `${JSON.stringify(k)}:${kx},`;
  }
  return out + '}';
}

/**
 * render(values, options) → coalesced values, without converting or merging
 * anything when the same values and value options were rendered recently: a watch
 * loop or an editor passes the same data again and again, and reading it into the
 * Go model and merging it cost more than the rest of a render. Not used with
 * --set-file (files are read through a callback) or an onUserValues hook.
 */
const recentInputs = new Map<string, Coalesced>();

function inputKey(raw: unknown, input: ValuesInput, known?: string): string | undefined {
  if (input.setFile?.length || input.onUserValues) return undefined;
  let values: string | undefined = known;
  try {
    values ??= raw === undefined ? 'none' : valuesKey(raw);
  } catch {
    // A getter that throws: toGoValue reports it.
    return undefined;
  }
  if (values === undefined) return undefined;
  const files = (input.valueFiles ?? []).map((f) => [f.name, f.text]);
  // A values key holds no NUL (JSON escapes it inside strings), so it can end the key's first part as it is.
  return `${values}\0${JSON.stringify([files, input.set ?? [], input.setString ?? [], input.setJson ?? [], input.setLiteral ?? []])}`;
}

/**
 * The coalesced values for render(): `toBase` reads the `values` argument into a
 * map (or gives undefined for none); otherwise as computeReleaseValues.
 */
export function releaseValues(
  raw: unknown,
  toBase: (raw: unknown) => GoMap | undefined,
  input: ValuesInput,
  warn: (message: string) => void,
  beforeCoalesce: () => void,
): { values: GoMap; enabled: ReadonlySet<string> } {
  const keeping = keep.betweenRenders;
  const hit = keeping ? recentInputs.get(inputKey(raw, input) ?? '') : undefined;
  if (hit !== undefined) {
    beforeCoalesce();
    for (const w of hit.warnings) warn(w);
    return { values: hit.values, enabled: hit.enabled };
  }
  const base = toBase(raw);
  const user = userValues(base, input);
  beforeCoalesce();
  // Kept under the key of the data as read, so a getter that changes between reads cannot mismatch.
  const baseKey = keeping && base !== undefined ? valuesKey(base) : undefined;
  // Without files or flags the user's values are a copy of `base`: its key is theirs.
  const plain =
    !input.valueFiles?.length &&
    ![input.set, input.setString, input.setJson, input.setLiteral, input.setFile].some((f) => f?.length);
  const coalesced = coalesce(user, plain ? baseKey : undefined);
  const key = keeping ? inputKey(base, input, baseKey) : undefined;
  if (key !== undefined) remember(recentInputs, key, coalesced);
  for (const w of coalesced.warnings) warn(w);
  return { values: coalesced.values, enabled: coalesced.enabled };
}

function remember(m: Map<string, Coalesced>, key: string, c: Coalesced): void {
  if (m.size >= maxCoalesced) m.delete(m.keys().next().value!);
  m.set(key, c);
}
