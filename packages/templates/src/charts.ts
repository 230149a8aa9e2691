/**
 * The chart tree as Helm loads it: polyaxon with its four dependencies under
 * charts/, each with its Chart.yaml identity and its ported templates. The
 * identity (generated from Chart.yaml) and the values defaults live in
 * @polyaxon-render/values; core joins the two.
 */
import { chartMetadata, polyaxonDependencies } from '@polyaxon-render/values';
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

/** A chart node from its generated Chart.yaml metadata (@polyaxon-render/values) and its ported templates. */
function chartNode(
  name: string,
  templates: readonly ChartTemplate[],
  dependencies: ChartNode['dependencies'] = [],
): ChartNode {
  const meta = chartMetadata[name];
  return {
    name: meta.Name,
    version: meta.Version,
    appVersion: meta.AppVersion,
    description: meta.Description,
    templates,
    dependencies,
  };
}

export const postgresqlChart = chartNode('postgresql', postgresqlTemplates);
export const rabbitmqHaChart = chartNode('rabbitmq-ha', rabbitmqHaTemplates);
export const redisChart = chartNode('redis', redisTemplates);
export const dockerRegistryChart = chartNode('docker-registry', dockerRegistryTemplates);

const subcharts: Readonly<Record<string, ChartNode>> = {
  postgresql: postgresqlChart,
  'rabbitmq-ha': rabbitmqHaChart,
  redis: redisChart,
  'docker-registry': dockerRegistryChart,
};

/** polyaxon with its requirements.yaml entries, in file order. */
export const polyaxonChart: ChartNode = chartNode(
  'polyaxon',
  polyaxonTemplates,
  polyaxonDependencies.map((d) => ({ condition: d.Condition, chart: subcharts[d.Name] })),
);
