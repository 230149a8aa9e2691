/**
 * Where the maintenance scripts (fixtures:update, bench, the fuzzers, the probe updaters) find the
 * reference: Helm v3.17.3 and the assembled Polyaxon chart (docs/reference.md). HELM and REF_CHART
 * in the environment win; without them, the places get-helm.sh and assemble-reference.sh use by
 * default, inside this checkout's git-ignored .reference/ folder.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** HELM, else .reference/bin/helm (scripts/reference/get-helm.sh). */
export const helmPath = resolve(process.env.HELM ?? join(repo, '.reference/bin/helm'));
/** REF_CHART, else .reference/polyaxon (scripts/reference/assemble-reference.sh). */
export const refChartPath = resolve(process.env.REF_CHART ?? join(repo, '.reference/polyaxon'));
/** The script that renders a chart's NOTES with Helm (HELM_NOTES to use another). */
export const helmNotesScript = resolve(process.env.HELM_NOTES ?? join(repo, 'scripts/reference/helm-notes.sh'));

/** What of the reference is missing, each with how to get it (empty when all is there). */
export function missingReference({ helm = true, chart = true } = {}) {
  const missing = [];
  if (helm && !existsSync(helmPath))
    missing.push(`Helm v3.17.3: no ${helmPath}; set HELM to a helm binary, or run scripts/reference/get-helm.sh`);
  if (chart && !existsSync(join(refChartPath, 'Chart.yaml')))
    missing.push(
      `the reference chart: no Chart.yaml in ${refChartPath}; set REF_CHART, or run scripts/reference/assemble-reference.sh`,
    );
  return missing;
}

/** Exits with code 2, saying what is missing and how to get it, unless the reference is there. */
export function requireReference(script, needs) {
  const missing = missingReference(needs);
  if (missing.length === 0) return;
  console.error(`${script}: missing\n  - ${missing.join('\n  - ')}\n(see docs/reference.md)`);
  process.exit(2);
}
