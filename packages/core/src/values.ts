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
  mergeUserValues,
  polyaxonDefaults,
  polyaxonDependencies,
  postgresqlDefaults,
  rabbitmqHaDefaults,
  redisDefaults,
  type ChartValuesNode,
  type GoMap,
  type GoValue,
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
  readonly onUserValues?: (values: GoMap) => void;
}

const defaultsByName: Record<string, () => GoMap> = {
  postgresql: postgresqlDefaults,
  'rabbitmq-ha': rabbitmqHaDefaults,
  redis: redisDefaults,
  'docker-registry': dockerRegistryDefaults,
};

let tree: ChartValuesNode | undefined;

/**
 * The chart tree with its defaults, built once on first use: coalescing deep-copies
 * chart values before it merges (as Helm does), so the defaults are never modified.
 */
function valuesTree(): ChartValuesNode {
  return (tree ??= {
    name: 'polyaxon',
    defaults: polyaxonDefaults(),
    dependencies: polyaxonDependencies.map((d) => ({
      name: d.Name,
      condition: d.Condition,
      tags: d.Tags ? [...d.Tags] : undefined,
      chart: { name: d.Name, defaults: defaultsByName[d.Name](), dependencies: [] },
    })),
  });
}

/** MergeValues: the user's values before any chart default is applied. */
export function userValues(base: GoMap | undefined, input: ValuesInput): GoMap {
  const files = (input.valueFiles ?? []).map((f) => loadValuesYaml(f.text, f.name));
  if (base) files.unshift(base);
  return mergeUserValues({
    files,
    setJSON: input.setJson,
    set: input.set,
    setString: input.setString,
    setFile: input.setFile,
    setLiteral: input.setLiteral,
    readFile: input.readFile,
  });
}

export function computeReleaseValues(
  base: GoMap | undefined,
  input: ValuesInput,
  warn: (message: string) => void,
  beforeCoalesce: () => void,
): { values: GoMap; enabled: ReadonlySet<string> } {
  const user = userValues(base, input);
  input.onUserValues?.(user);
  beforeCoalesce();
  return coalescedFor(user, warn);
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
}

function coalescedFor(user: GoMap, warn: (message: string) => void): { values: GoMap; enabled: ReadonlySet<string> } {
  const key = valuesKey(user);
  let hit = recentCoalesced.get(key);
  if (hit === undefined) {
    const warnings: string[] = [];
    const { values, enabled } = computeValues(valuesTree(), user, (m) => warnings.push(m));
    hit = { values, enabled, warnings };
    if (recentCoalesced.size >= maxCoalesced) recentCoalesced.delete(recentCoalesced.keys().next().value!);
    recentCoalesced.set(key, hit);
  }
  for (const w of hit.warnings) warn(w);
  return { values: hit.values, enabled: hit.enabled };
}

/** A text that is equal for two user-value trees exactly when coalescing them gives equal results. */
function valuesKey(v: GoValue | undefined): string {
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
  }
  if (Array.isArray(v)) return `[${v.map(valuesKey).join(',')}]`;
  let out = '{';
  for (const k of Object.keys(v)) out += `${JSON.stringify(k)}:${valuesKey(v[k])},`;
  return out + '}';
}
