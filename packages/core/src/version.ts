/** The tool's version and the chart versions it renders (read from the built-in chart tree). */
import { polyaxonChart, type ChartNode } from '@polyaxon-render/templates';

export const toolVersion = '0.1.0';

/** The Polyaxon chart version built in (also what helm's `--version` must ask for). */
export const chartVersion = polyaxonChart.version;

const describe = (c: ChartNode) => `${c.name} ${c.version}${c.appVersion ? ` (app ${c.appVersion})` : ''}`;

/** One line: the chart, its dependencies with their app versions, and the Helm it follows. */
export function chartVersions(): string {
  const deps = polyaxonChart.dependencies.map((d) => describe(d.chart)).join(', ');
  return `chart ${describe(polyaxonChart)} with ${deps}; Helm v3.17.3 semantics`;
}
