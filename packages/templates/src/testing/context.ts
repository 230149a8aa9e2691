/**
 * Render contexts for unit tests of single templates and partials: one chart's
 * defaults with a few values set on top, and the `.Release`, `.Chart`,
 * `.Capabilities` and `.Template` the engine would give that chart. Test-only:
 * packages/templates/tsconfig.json keeps this folder out of the build.
 */
import {
  dockerRegistryDefaults,
  newMap,
  polyaxonDefaults,
  postgresqlDefaults,
  rabbitmqHaDefaults,
  redisDefaults,
  setKey,
  toGoValue,
  type GoMap,
} from '@polyaxon-render/values';
import { polyaxonChart, type ChartNode } from '../charts.js';
import type { RenderContext } from '../context.js';
import { seededRandom, type RandomSource } from '../runtime/sprig.js';

export type TestChart = 'polyaxon' | 'postgresql' | 'redis' | 'rabbitmq-ha' | 'docker-registry';

const defaults: Readonly<Record<TestChart, () => GoMap>> = {
  polyaxon: polyaxonDefaults,
  postgresql: postgresqlDefaults,
  redis: redisDefaults,
  'rabbitmq-ha': rabbitmqHaDefaults,
  'docker-registry': dockerRegistryDefaults,
};

export interface TestContextOptions {
  /**
   * Whose template runs: its defaults, `.Chart` and template path.
   * @default 'polyaxon'
   */
  readonly chart?: TestChart;
  /**
   * Values set on top of the chart's defaults, by dotted path (`'ingress.hosts'`),
   * each replacing what was there (no coalescing, so `null` stays an explicit nil);
   * missing tables on the way are created, and `undefined` deletes the key.
   * @default {}
   */
  readonly values?: Readonly<Record<string, unknown>>;
  /**
   * Start from an empty values table instead of the chart's defaults.
   * @default false
   */
  readonly noDefaults?: boolean;
  /** @default 'rel' */
  readonly release?: string;
  /** @default 'default' */
  readonly namespace?: string;
  /**
   * `.Capabilities.KubeVersion.Version`, `v<major>.<minor>.<patch>`; Major and Minor are read from it.
   * @default 'v1.32.0' (Helm's default)
   */
  readonly kubeVersion?: string;
  /**
   * The template's file name under the chart's templates/ folder.
   * @default 'x.yaml'
   */
  readonly template?: string;
  /**
   * Where randAlphaNum draws from.
   * @default seededRandom(1)
   */
  readonly random?: RandomSource;
}

function chartNode(name: TestChart): ChartNode {
  if (name === 'polyaxon') return polyaxonChart;
  return polyaxonChart.dependencies.find((d) => d.chart.name === name)!.chart;
}

/** Sets each dotted path of `values` in `table`, creating tables on the way. */
function setPaths(table: GoMap, values: Readonly<Record<string, unknown>>): void {
  for (const [path, v] of Object.entries(values)) {
    const keys = path.split('.');
    let m = table;
    for (const k of keys.slice(0, -1)) {
      const next = m[k];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) setKey(m, k, newMap());
      m = m[k] as GoMap;
    }
    const last = keys[keys.length - 1]!;
    if (v === undefined) delete m[last];
    else setKey(m, last, toGoValue(v));
  }
}

/** A context for rendering one template of `options.chart` (polyaxon by default) outside the engine. */
export function testContext(options: TestContextOptions = {}): RenderContext {
  const name = options.chart ?? 'polyaxon';
  const chart = chartNode(name);
  const values = options.noDefaults ? newMap() : defaults[name]();
  setPaths(values, options.values ?? {});
  const kubeVersion = options.kubeVersion ?? 'v1.32.0';
  const [major = '', minor = ''] = kubeVersion.replace(/^v/, '').split('.');
  const isRoot = chart === polyaxonChart;
  const basePath = isRoot ? 'polyaxon/templates' : `polyaxon/charts/${name}/templates`;
  return {
    Values: values,
    Release: {
      Name: options.release ?? 'rel',
      Namespace: options.namespace ?? 'default',
      Service: 'Helm',
      IsInstall: true,
      IsUpgrade: false,
      Revision: 1,
    },
    Chart: {
      Name: chart.name,
      Version: chart.version,
      AppVersion: chart.appVersion,
      Description: chart.description,
      IsRoot: isRoot,
    },
    Capabilities: {
      KubeVersion: { Version: kubeVersion, Major: major, Minor: minor, GitVersion: kubeVersion },
      APIVersions: [],
    },
    Template: { Name: `${basePath}/${options.template ?? 'x.yaml'}`, BasePath: basePath },
    random: options.random ?? seededRandom(1),
  };
}
