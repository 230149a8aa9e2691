/**
 * The naming rule of index.ts, checked: every file under a chart's `templates/` folder is the port
 * of the chart file with the same path (a rendered template the chart lists, or one of its `_`
 * partials), so a reader finds a port from its chart path and nothing else hides among them.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dockerRegistryChart, polyaxonChart, postgresqlChart, rabbitmqHaChart, redisChart } from './charts.js';

const src = fileURLToPath(new URL('.', import.meta.url));

/** The non-test .ts files under `dir`, as paths relative to it. */
function ports(dir: string): string[] {
  return readdirSync(src + dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.replaceAll('\\', '/'))
    .sort();
}

const charts = [
  { dir: 'polyaxon/', chart: polyaxonChart },
  { dir: 'charts/postgresql/', chart: postgresqlChart },
  { dir: 'charts/rabbitmq-ha/', chart: rabbitmqHaChart },
  { dir: 'charts/redis/', chart: redisChart },
  { dir: 'charts/docker-registry/', chart: dockerRegistryChart },
];

describe('a port lives where its chart path says', () => {
  it.each(charts)('$dir', ({ dir, chart }) => {
    const rendered = chart.templates.map((t) => t.path.replace(/\.(yaml|txt)$/, '.ts'));
    for (const file of ports(dir + 'templates')) {
      const path = 'templates/' + file;
      // A chart's partials: _helpers.tpl, and the parent chart's templates/partials/_*.tpl.
      const partial = /^templates\/(partials\/)?_[^/]+\.ts$/.test(path);
      expect(partial || rendered.includes(path), `${dir}${path} is no chart file's port`).toBe(true);
    }
    // Each rendered template's port is where its path says (NOTES.txt → NOTES.ts included).
    const files = ports(dir + 'templates').map((f) => 'templates/' + f);
    for (const path of rendered) expect(files, `${dir}${path}`).toContain(path);
  });
});
