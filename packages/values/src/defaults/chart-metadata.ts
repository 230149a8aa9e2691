// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/gen-defaults.mjs <reference chart dir>
// Source: Chart.yaml of the charts polyaxon 0.5.5, postgresql 0.8.7, redis 7.0.0, rabbitmq-ha 1.27.1, docker-registry 1.7.1,
// and requirements.yaml of polyaxon.

/** A maintainer as templates see it: Helm's chart.Maintainer. */
export interface ChartMaintainer {
  readonly Name: string;
  readonly Email: string;
  readonly URL: string;
}

/**
 * A dependency as listed in requirements.yaml: Helm's chart.Dependency, without `Enabled`,
 * which Helm decides per render (processDependencyEnabled: conditions and tags against the
 * values; disabled dependencies are then dropped from .Chart.Dependencies).
 */
export interface ChartDependency {
  readonly Name: string;
  readonly Version: string;
  readonly Repository: string;
  readonly Condition: string;
  /** A nil slice in Go when the file has no tags. */
  readonly Tags: readonly string[] | null;
  /** A nil slice in Go when the file has no import-values. */
  readonly ImportValues: readonly unknown[] | null;
  readonly Alias: string;
}

/**
 * What `.Chart` holds: Helm's chart.Metadata, plus the IsRoot flag the engine adds
 * (pkg/engine/engine.go, recAllTpls). Field names are the Go ones; Helm 3 has no `Engine`
 * field, so Chart.yaml's `engine` is dropped. Fields missing from Chart.yaml keep Go's zero
 * values: "" for strings, false, and null for nil slices and maps.
 */
export interface ChartMetadata {
  readonly Name: string;
  readonly Home: string;
  readonly Sources: readonly string[] | null;
  readonly Version: string;
  readonly Description: string;
  readonly Keywords: readonly string[] | null;
  readonly Maintainers: readonly ChartMaintainer[] | null;
  readonly Icon: string;
  /** "v1" when Chart.yaml has none: Helm's loader takes such a chart for a Helm 2 chart. */
  readonly APIVersion: string;
  readonly Condition: string;
  readonly Tags: string;
  readonly AppVersion: string;
  readonly Deprecated: boolean;
  readonly Annotations: Readonly<Record<string, string>> | null;
  readonly KubeVersion: string;
  readonly Dependencies: readonly ChartDependency[] | null;
  readonly Type: string;
  /** True for polyaxon, false for the subcharts as rendered inside it. */
  readonly IsRoot: boolean;
}

/** polyaxon's requirements.yaml, in its order (the order Helm processes the dependencies in). */
export const polyaxonDependencies: readonly ChartDependency[] = deepFreeze([
  {
    Name: 'postgresql',
    Version: '0.8.7',
    Repository: 'https://kubernetes-charts.storage.googleapis.com/',
    Condition: 'postgresql.enabled',
    Tags: null,
    ImportValues: null,
    Alias: '',
  },
  {
    Name: 'rabbitmq-ha',
    Version: '1.27.1',
    Repository: 'https://kubernetes-charts.storage.googleapis.com/',
    Condition: 'rabbitmq-ha.enabled',
    Tags: null,
    ImportValues: null,
    Alias: '',
  },
  {
    Name: 'redis',
    Version: '7.0.0',
    Repository: 'https://kubernetes-charts.storage.googleapis.com/',
    Condition: 'redis.enabled',
    Tags: null,
    ImportValues: null,
    Alias: '',
  },
  {
    Name: 'docker-registry',
    Version: '1.7.1',
    Repository: 'https://kubernetes-charts.storage.googleapis.com/',
    Condition: 'docker-registry.enabled',
    Tags: null,
    ImportValues: null,
    Alias: '',
  },
]);

/** The polyaxon chart's Chart.yaml as `.Chart`. */
export const polyaxonChart: ChartMetadata = deepFreeze({
  Name: 'polyaxon',
  Home: 'https://polyaxon.com',
  Sources: ['https://github.com/polyaxon'],
  Version: '0.5.5',
  Description: 'An enterprise-grade open source platform for building, training, and monitoring large scale deep learning applications.',
  Keywords: ['deep learning', 'a.i.', 'machine learning', 'infrastructure'],
  Maintainers: [
    {
      Name: 'Polyaxon',
      Email: 'contact@polyaxon.com',
      URL: 'polyaxon.com',
    },
  ],
  Icon: 'https://polyaxon.com/img/icon.png',
  APIVersion: 'v1',
  Condition: '',
  Tags: '',
  AppVersion: '',
  Deprecated: false,
  Annotations: null,
  KubeVersion: '',
  Dependencies: polyaxonDependencies,
  Type: '',
  IsRoot: true,
});

/** The postgresql chart's Chart.yaml as `.Chart`. */
export const postgresqlChart: ChartMetadata = deepFreeze({
  Name: 'postgresql',
  Home: 'https://www.postgresql.org/',
  Sources: ['https://github.com/kubernetes/charts', 'https://github.com/docker-library/postgres'],
  Version: '0.8.7',
  Description: 'Object-relational database management system (ORDBMS) with an emphasis on extensibility and on standards-compliance.',
  Keywords: ['postgresql', 'postgres', 'database', 'sql'],
  Maintainers: [
    {
      Name: 'swordbeta',
      Email: '',
      URL: '',
    },
    {
      Name: 'databus23',
      Email: '',
      URL: '',
    },
  ],
  Icon: 'https://www.postgresql.org/media/img/about/press/elephant.png',
  APIVersion: 'v1',
  Condition: '',
  Tags: '',
  AppVersion: '',
  Deprecated: false,
  Annotations: null,
  KubeVersion: '',
  Dependencies: null,
  Type: '',
  IsRoot: false,
});

/** The redis chart's Chart.yaml as `.Chart`. */
export const redisChart: ChartMetadata = deepFreeze({
  Name: 'redis',
  Home: 'http://redis.io/',
  Sources: ['https://github.com/bitnami/bitnami-docker-redis'],
  Version: '7.0.0',
  Description: 'Open source, advanced key-value store. It is often referred to as a data structure server since keys can contain strings, hashes, lists, sets and sorted sets.',
  Keywords: ['redis', 'keyvalue', 'database'],
  Maintainers: [
    {
      Name: 'Bitnami',
      Email: 'containers@bitnami.com',
      URL: '',
    },
    {
      Name: 'desaintmartin',
      Email: 'cedric@desaintmartin.fr',
      URL: '',
    },
  ],
  Icon: 'https://bitnami.com/assets/stacks/redis/img/redis-stack-220x234.png',
  APIVersion: 'v1',
  Condition: '',
  Tags: '',
  AppVersion: '4.0.14',
  Deprecated: false,
  Annotations: null,
  KubeVersion: '',
  Dependencies: null,
  Type: '',
  IsRoot: false,
});

/** The rabbitmq-ha chart's Chart.yaml as `.Chart`. */
export const rabbitmqHaChart: ChartMetadata = deepFreeze({
  Name: 'rabbitmq-ha',
  Home: 'https://www.rabbitmq.com',
  Sources: ['https://github.com/rabbitmq/rabbitmq', 'https://github.com/docker-library/rabbitmq'],
  Version: '1.27.1',
  Description: 'Highly available RabbitMQ cluster, the open source message broker software that implements the Advanced Message Queuing Protocol (AMQP).',
  Keywords: ['rabbitmq', 'message queue', 'AMQP', 'AMQPS', 'MQTT', 'STOMP'],
  Maintainers: [
    {
      Name: 'steven-sheehy',
      Email: 'ssheehy@firescope.com',
      URL: '',
    },
  ],
  Icon: 'https://bitnami.com/assets/stacks/rabbitmq/img/rabbitmq-stack-220x234.png',
  APIVersion: 'v1',
  Condition: '',
  Tags: '',
  AppVersion: '3.7.12',
  Deprecated: false,
  Annotations: null,
  KubeVersion: '',
  Dependencies: null,
  Type: '',
  IsRoot: false,
});

/** The docker-registry chart's Chart.yaml as `.Chart`. */
export const dockerRegistryChart: ChartMetadata = deepFreeze({
  Name: 'docker-registry',
  Home: 'https://hub.docker.com/_/registry/',
  Sources: ['https://github.com/docker/distribution-library-image'],
  Version: '1.7.1',
  Description: 'A Helm chart for Docker Registry',
  Keywords: null,
  Maintainers: [
    {
      Name: 'jpds',
      Email: 'jpds@protonmail.com',
      URL: '',
    },
    {
      Name: 'rendhalver',
      Email: 'pete.brown@powerhrg.com',
      URL: '',
    },
  ],
  Icon: 'https://hub.docker.com/public/images/logos/mini-logo.svg',
  APIVersion: 'v1',
  Condition: '',
  Tags: '',
  AppVersion: '2.6.2',
  Deprecated: false,
  Annotations: null,
  KubeVersion: '',
  Dependencies: null,
  Type: '',
  IsRoot: false,
});

/** Chart metadata by chart name. */
export const chartMetadata: Readonly<Record<string, ChartMetadata>> = Object.freeze({
  polyaxon: polyaxonChart,
  postgresql: postgresqlChart,
  redis: redisChart,
  'rabbitmq-ha': rabbitmqHaChart,
  'docker-registry': dockerRegistryChart,
});

/** Freezes the data so templates cannot change the shared chart metadata. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
