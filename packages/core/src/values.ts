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
  dockerRegistryDefaults,
  loadValuesYaml,
  MAX_VALUES_DEPTH,
  mergeUserValues,
  polyaxonDefaults,
  polyaxonDependencies,
  postgresqlDefaults,
  rabbitmqHaDefaults,
  redisDefaults,
  prepareChart,
  type PreparedChart,
  type GoMap,
} from '@polyaxon-render/values';

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
   * Receives the user's merged values (files and flags, before the chart's defaults), e.g. to
   * validate them without reading the files twice. Not called when they cannot be read.
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

let tree: PreparedChart | undefined;

/**
 * The chart tree with its defaults, prepared for coalescing (prepareChart) once, on
 * first use. Coalescing never changes them, but the coalesced values share their
 * tables: a template's `set` changes them for the rest of its render, and the
 * engine undoes it when the render ends.
 */
function valuesTree(): PreparedChart {
  return (tree ??= prepareChart({
    name: 'polyaxon',
    defaults: polyaxonDefaults(),
    dependencies: polyaxonDependencies.map((d) => ({
      name: d.Name,
      condition: d.Condition,
      tags: d.Tags ? [...d.Tags] : undefined,
      // No subchart declares dependencies: Helm then skips condition, tag and merge processing for it (no second round of warnings).
      chart: { name: d.Name, defaults: defaultsByName[d.Name]() },
    })),
  }));
}

/**
 * Runs a render's templates (`run`) marked on the prepared chart: values they may change
 * for a while with `set` are never learnt from by a render that starts meanwhile
 * (PreparedChart.templatesRunning).
 */
export function whileTemplatesRun<T>(run: () => T): T {
  const prepared = valuesTree();
  prepared.templatesRunning++;
  try {
    return run();
  } finally {
    prepared.templatesRunning--;
  }
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

/** Coalesced values and the warnings coalescing printed, which a cache replays. */
export interface Coalesced {
  readonly values: GoMap;
  readonly enabled: ReadonlySet<string>;
  readonly warnings: readonly string[];
}

/**
 * Where a renderer keeps coalesced values between its renders (renderer.ts):
 * coalescing is a pure function of the user's values and value options, and a
 * watch loop or an editor passes the same ones again and again. Every render of
 * the same input then gets the same values objects; templates may change them
 * with `set`, and the engine undoes every such change when the render ends.
 */
export interface ValuesCache {
  get(key: string): Coalesced | undefined;
  set(key: string, value: Coalesced): void;
}

/** `owned`: the user's values were made for this render alone (see computeValues): no copy. */
function coalesce(user: GoMap, owned: boolean): Coalesced {
  const warnings: string[] = [];
  const { values, enabled } = computeValues(valuesTree(), user, (m) => warnings.push(m), owned);
  return { values, enabled, warnings };
}

/**
 * A text that is equal for two user-value trees exactly when coalescing them gives
 * equal results (float64 and int64 apart, key order kept). It reads raw JavaScript
 * data as toGoValue would convert it (undefined entries dropped, undefined list
 * items nil) so that a renderer can find its result before converting anything;
 * undefined for what toGoValue would refuse or that is nested too deep.
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
 * The key of render(values, options)'s coalesced values in a ValuesCache: the
 * values and every value option. Undefined (not cached) with --set-file (files are
 * read through a callback) or an onUserValues hook, and for values valuesKey refuses.
 */
function inputKey(raw: unknown, input: ValuesInput): string | undefined {
  if (input.setFile?.length || input.onUserValues) return undefined;
  let values: string | undefined;
  try {
    values = raw === undefined ? 'none' : valuesKey(raw);
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
 * map (or gives undefined for none); otherwise as computeReleaseValues. With a
 * cache, an input seen before is neither read nor coalesced again.
 */
export function releaseValues(
  raw: unknown,
  toBase: (raw: unknown) => GoMap | undefined,
  input: ValuesInput,
  warn: (message: string) => void,
  beforeCoalesce: () => void,
  cache?: ValuesCache,
): { values: GoMap; enabled: ReadonlySet<string> } {
  const found = cache === undefined ? undefined : inputKey(raw, input);
  let coalesced = found === undefined ? undefined : cache!.get(found);
  if (coalesced === undefined) {
    const base = toBase(raw);
    const user = userValues(base, input);
    beforeCoalesce();
    // Without a cache the render keeps nothing: its user values (decoded files, flags, a copy of render's values)
    // were made for it, and `set` changes are undone when it ends, so coalescing needs no copy of them.
    coalesced = coalesce(user, cache === undefined);
    // Kept under the key of the data as read, so a getter that changes between reads cannot mismatch.
    const key = found === undefined ? undefined : inputKey(base, input);
    if (key !== undefined) cache!.set(key, coalesced);
  } else {
    beforeCoalesce();
  }
  for (const w of coalesced.warnings) warn(w);
  return { values: coalesced.values, enabled: coalesced.enabled };
}
