/**
 * The chart tree as Helm loads it: polyaxon with its four dependencies under
 * charts/, each with its Chart.yaml identity and its ported templates. Values
 * defaults live in @polyaxon-render/values; core joins the two.
 */
import type { ChartTemplate } from './context.js';
import { polyaxonTemplates } from './polyaxon/chart.js';
import { postgresqlTemplates } from './charts/postgresql/chart.js';
import { rabbitmqHaTemplates } from './charts/rabbitmq-ha/chart.js';
import { redisTemplates } from './charts/redis/chart.js';
import { dockerRegistryTemplates } from './charts/docker-registry/chart.js';

export interface ChartNode {
  /** Chart.yaml name, also the key of its values in the parent. */
  readonly name: string;
  readonly version: string;
  /** Chart.yaml appVersion ("" when the chart has none). */
  readonly appVersion: string;
  readonly description: string;
  readonly templates: readonly ChartTemplate[];
  /** requirements.yaml entries, in file order. */
  readonly dependencies: readonly { readonly condition?: string; readonly chart: ChartNode }[];
}

const leaf = (name: string, version: string, appVersion: string, description: string, templates: readonly ChartTemplate[]): ChartNode => ({
  name,
  version,
  appVersion,
  description,
  templates,
  dependencies: [],
});

export const postgresqlChart = leaf(
  'postgresql',
  '0.8.7',
  '',
  'Object-relational database management system (ORDBMS) with an emphasis on extensibility and on standards-compliance.',
  postgresqlTemplates,
);
export const rabbitmqHaChart = leaf(
  'rabbitmq-ha',
  '1.27.1',
  '3.7.12',
  'Highly available RabbitMQ cluster, the open source message broker software that implements the Advanced Message Queuing Protocol (AMQP).',
  rabbitmqHaTemplates,
);
export const redisChart = leaf(
  'redis',
  '7.0.0',
  '4.0.14',
  'Open source, advanced key-value store. It is often referred to as a data structure server since keys can contain strings, hashes, lists, sets and sorted sets.',
  redisTemplates,
);
export const dockerRegistryChart = leaf('docker-registry', '1.7.1', '2.6.2', 'A Helm chart for Docker Registry', dockerRegistryTemplates);

export const polyaxonChart: ChartNode = {
  name: 'polyaxon',
  version: '0.5.5',
  appVersion: '',
  description:
    'An enterprise-grade open source platform for building, training, and monitoring large scale deep learning applications.',
  templates: polyaxonTemplates,
  dependencies: [
    { condition: 'postgresql.enabled', chart: postgresqlChart },
    { condition: 'rabbitmq-ha.enabled', chart: rabbitmqHaChart },
    { condition: 'redis.enabled', chart: redisChart },
    { condition: 'docker-registry.enabled', chart: dockerRegistryChart },
  ],
};
