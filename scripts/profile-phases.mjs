#!/usr/bin/env node
/**
 * Where a distinct render spends its time, phase by phase: the bench's corpus
 * (scripts/bench-corpus.mjs), a new release name each call, through the same
 * functions render() calls — values (files read, coalesced), templates, heads
 * (documents split and their heads read) and printing — each timed on its own.
 * For comparing two checkouts on a busy machine, give both roots: their rows
 * run interleaved, round by round, so load falls on both alike.
 *
 * Usage: node scripts/profile-phases.mjs [--rounds N] [ROOT ...]
 * (ROOT: a checkout with a build, default this one). Prints the median ms per
 * render of each phase and of their sum.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchCorpus } from './bench-corpus.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const r = args.indexOf('--rounds');
const rounds = r >= 0 ? Number(args.splice(r, 2)[1]) : 20;
const roots = args.length > 0 ? args.map((a) => resolve(a)) : [here];

const load = (root, path) => import(pathToFileURL(join(root, path)).href);
async function pipeline(root) {
  const core = 'packages/core/dist';
  const [
    { releaseValues },
    { renderTemplates, printOrder },
    { sortManifests, printManifests },
    { capabilities },
    templates,
  ] = await Promise.all([
    load(root, `${core}/values.js`),
    load(root, `${core}/engine.js`),
    load(root, `${core}/manifests.js`),
    load(root, `${core}/capabilities.js`),
    load(root, 'packages/templates/dist/index.js'),
  ]);
  let call = 0;
  /** One render, phase by phase; adds each phase's ms to `into` when given. */
  return (file, into) => {
    const t0 = performance.now();
    const { values, enabled } = releaseValues(
      undefined,
      () => undefined,
      { valueFiles: [file] },
      () => {},
      () => {},
    );
    const t1 = performance.now();
    const files = renderTemplates({
      chart: templates.polyaxonChart,
      values,
      enabled,
      release: {
        Name: `profile-${++call}`,
        Namespace: 'default',
        Service: 'Helm',
        IsInstall: true,
        IsUpgrade: false,
        Revision: 1,
      },
      capabilities: capabilities(),
      random: templates.newCryptoRandom(),
    });
    const t2 = performance.now();
    // (A checkout from before the engine knew each plan's print order computes it here.)
    const sorted = printOrder
      ? sortManifests(files, printOrder(templates.polyaxonChart, enabled))
      : sortManifests(files);
    const t3 = performance.now();
    printManifests(sorted, {});
    const t4 = performance.now();
    if (into) {
      into.values.push(t1 - t0);
      into.templates.push(t2 - t1);
      into.heads.push(t3 - t2);
      into.print.push(t4 - t3);
      into.total.push(t4 - t0);
    }
  };
}

const corpus = benchCorpus(48);
const runs = await Promise.all(roots.map(pipeline));
const samples = roots.map(() => ({ values: [], templates: [], heads: [], print: [], total: [] }));
// Warm-up (untimed): the JIT settles before the timed rounds.
for (let i = 0; i < 5; i++) for (const run of runs) for (const f of corpus) run(f);
for (let round = 0; round < rounds; round++) runs.forEach((run, k) => corpus.forEach((f) => run(f, samples[k])));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};
roots.forEach((root, k) => {
  const s = samples[k];
  const cols = Object.entries(s).map(([name, xs]) => `${name} ${median(xs).toFixed(3)}`);
  console.log(`${cols.join('  ')}  ms (median of ${s.total.length})  ${root}`);
});
