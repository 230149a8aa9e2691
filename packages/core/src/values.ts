/**
 * User values → the coalesced `.Values` the templates see, in Helm's order
 * (pkg/cli/values/options.go MergeValues, then install.go): `-f` files merged in
 * order, then --set-json, --set, --set-string, --set-file, --set-literal (by flag
 * kind, not by position on the command line), then the release name is checked,
 * then conditions decide the subcharts and user values are coalesced over the
 * chart defaults.
 */
import {
  RenderError,
  computeValues,
  dockerRegistryDefaults,
  loadValuesYaml,
  mergeMaps,
  newMap,
  parseSet,
  parseSetFile,
  parseSetJSON,
  parseSetLiteral,
  parseSetString,
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

/** The chart tree with fresh defaults (coalescing must never touch shared data). */
function valuesTree(): ChartValuesNode {
  return {
    name: 'polyaxon',
    defaults: polyaxonDefaults(),
    dependencies: polyaxonDependencies.map((d) => ({
      name: d.Name,
      condition: d.Condition,
      tags: d.Tags ? [...d.Tags] : undefined,
      chart: { name: d.Name, defaults: defaultsByName[d.Name](), dependencies: [] },
    })),
  };
}

function flagError(flag: string, e: unknown, arg: string): never {
  if (e instanceof RenderError) {
    // options.go wraps strvals errors: "failed parsing --set data: <err>"
    const msg = flag === '--set-json' ? `failed parsing --set-json data ${arg}` : `failed parsing ${flag} data: ${e.message}`;
    throw new RenderError('set', msg, { flag });
  }
  throw e;
}

/** MergeValues: the user's values before any chart default is applied. */
export function mergeUserValues(base: GoMap | undefined, input: ValuesInput): GoMap {
  let user: GoMap = base ?? newMap();
  for (const f of input.valueFiles ?? []) user = mergeMaps(user, loadValuesYaml(f.text, f.name));
  const apply = (flag: string, list: readonly string[] | undefined, parse: (s: string, into: GoMap) => unknown) => {
    for (const s of list ?? []) {
      try {
        parse(s, user);
      } catch (e) {
        flagError(flag, e, s);
      }
    }
  };
  apply('--set-json', input.setJson, parseSetJSON);
  apply('--set', input.set, parseSet);
  apply('--set-string', input.setString, parseSetString);
  apply('--set-file', input.setFile, (s, into) => {
    if (!input.readFile) throw new RenderError('usage', '--set-file needs a readFile option');
    return parseSetFile(s, into, input.readFile);
  });
  apply('--set-literal', input.setLiteral, parseSetLiteral);
  return user;
}

export function computeReleaseValues(
  base: GoMap | undefined,
  input: ValuesInput,
  warn: (message: string) => void,
  beforeCoalesce: () => void,
): { values: GoMap; enabled: ReadonlySet<string> } {
  const user = mergeUserValues(base, input);
  beforeCoalesce();
  return computeValues(valuesTree(), user, warn);
}
