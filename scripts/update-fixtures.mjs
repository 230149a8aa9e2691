#!/usr/bin/env node
// Regenerates golden cases from the real Helm v3.17.3 and the reference chart
// (see ../shared/reference/README.md):
//
//   HELM=/path/to/helm REF_CHART=/path/to/polyaxon node scripts/update-fixtures.mjs [case ...]
//
// A case is a folder fixtures/cases/<name>/ with case.json:
//   { "args": ["[release]", "--set", "a=b", "-f", "values.yaml", ...], "stdin": "file-fed-to-stdin" (optional),
//     "mask": true (optional: random secrets left unpinned, compared masked) }
// Helm runs with the case folder as its working directory. It writes expected.yaml (stdout) on success,
// or error.txt (stderr) on failure, plus exit.txt (the exit code) in both cases.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const helm = process.env.HELM ?? `${process.env.HOME}/.cache/polyaxon-reference/bin/helm`;
const chart = process.env.REF_CHART;
const missing = [];
if (!existsSync(helm)) missing.push(`HELM (no helm at ${helm}; run ../shared/reference/get-helm.sh)`);
if (!chart || !existsSync(join(chart, 'Chart.yaml'))) missing.push('REF_CHART (the assembled reference chart; run ../shared/reference/assemble-reference.sh)');
if (missing.length) {
  console.error(`update-fixtures: set ${missing.join(' and ')}`);
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..', 'fixtures', 'cases');
const names = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(root).sort();
let n = 0;
for (const name of names) {
  const dir = join(root, name);
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
  const args = [...spec.args];
  // helm template [NAME] CHART [flags]: the chart goes after the release name when there is one.
  const hasName = args.length > 0 && !args[0].startsWith('-');
  const helmArgs = hasName ? ['template', args[0], resolve(chart), ...args.slice(1)] : ['template', resolve(chart), ...args];
  const input = spec.stdin ? readFileSync(join(dir, spec.stdin)) : undefined;
  const r = spawnSync(helm, helmArgs, { cwd: dir, input, encoding: 'buffer', env: { ...process.env, HELM_DEBUG: '' } });
  for (const f of ['expected.yaml', 'error.txt', 'exit.txt']) rmSync(join(dir, f), { force: true });
  if (r.status === 0) writeFileSync(join(dir, 'expected.yaml'), r.stdout);
  else writeFileSync(join(dir, 'error.txt'), r.stderr);
  writeFileSync(join(dir, 'exit.txt'), `${r.status}\n`);
  n++;
}
console.log(`update-fixtures: ${n} case(s) regenerated with ${helm}`);
