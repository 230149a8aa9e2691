#!/usr/bin/env node
// Regenerates golden cases from the real Helm v3.17.3 and the reference chart (docs/reference.md):
//
//   [HELM=/path/to/helm] [REF_CHART=/path/to/polyaxon] node scripts/update-fixtures.mjs [case ...]
//
// HELM and REF_CHART default to what scripts/reference/get-helm.sh and assemble-reference.sh put
// in .reference/ (scripts/reference/paths.mjs).
//
// A case is a folder fixtures/cases/<name>/ with case.json:
//   { "args": ["[release]", "--set", "a=b", "-f", "values.yaml", ...], "stdin": "file-fed-to-stdin" (optional),
//     "mask": true (optional: random secrets left unpinned, compared masked),
//     "outputDir": true (optional: args hold `--output-dir <relative dir>`; helm runs in a scratch copy of the
//                        case folder and every file it writes is stored under tree/, by path relative to the folder),
//     "notes": true (optional: the golden is the post-install NOTES, rendered by helm-notes.sh; we run with --notes),
//     "ours": { "exit": 2, "stderr": "Error: ...\n" } (optional: our exact exit code and stderr, checked by the harness) }
// Helm runs with the case folder as its working directory. It writes expected.yaml (stdout) on success,
// or error.txt (stderr) on failure, plus exit.txt (the exit code) in both cases.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { helmNotesScript, helmPath, refChartPath, requireReference } from './reference/paths.mjs';

requireReference('update-fixtures');
const helm = helmPath;
const chart = refChartPath;
const notesScript = helmNotesScript;

const outputs = ['expected.yaml', 'error.txt', 'exit.txt', 'tree'];

/** Every file under a folder, as slash paths relative to it. */
function listFiles(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

const root = resolve(import.meta.dirname, '..', 'fixtures', 'cases');
const names = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(root).sort();
let n = 0;
for (const name of names) {
  const dir = join(root, name);
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
  for (const f of outputs) rmSync(join(dir, f), { recursive: true, force: true });
  const args = [...spec.args];
  // helm template [NAME] CHART [flags]: the chart goes after the release name when there is one.
  const hasName = args.length > 0 && !args[0].startsWith('-');
  const helmArgs = hasName
    ? ['template', args[0], resolve(chart), ...args.slice(1)]
    : ['template', resolve(chart), ...args];
  const input = spec.stdin ? readFileSync(join(dir, spec.stdin)) : undefined;
  const env = { ...process.env, HELM_DEBUG: '' };
  // --output-dir cases run in a scratch copy, so what helm writes is exactly what is new there.
  const cwd = spec.outputDir ? mkdtempSync(join(tmpdir(), `golden-${name}-`)) : dir;
  if (spec.outputDir) cpSync(dir, cwd, { recursive: true });
  const before = new Set(spec.outputDir ? listFiles(cwd) : []);
  const r = spec.notes
    ? spawnSync('bash', [notesScript, helm, resolve(chart), ...args], { cwd, input, encoding: 'buffer', env })
    : spawnSync(helm, helmArgs, { cwd, input, encoding: 'buffer', env });
  if (r.status === 0) writeFileSync(join(dir, 'expected.yaml'), r.stdout);
  else writeFileSync(join(dir, 'error.txt'), r.stderr);
  writeFileSync(join(dir, 'exit.txt'), `${r.status}\n`);
  if (spec.outputDir) {
    // On failure helm may leave files behind; we never write on failure, so only a success's tree is kept.
    if (r.status === 0) {
      for (const f of listFiles(cwd)) {
        if (before.has(f)) continue;
        const to = join(dir, 'tree', f);
        mkdirSync(dirname(to), { recursive: true });
        writeFileSync(to, readFileSync(join(cwd, f)));
      }
    }
    rmSync(cwd, { recursive: true, force: true });
  }
  n++;
}
console.log(`update-fixtures: ${n} case(s) regenerated with ${helm}`);
