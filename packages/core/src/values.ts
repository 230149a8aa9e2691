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
  beforeCoalesce();
  return computeValues(valuesTree(), user, warn);
}
