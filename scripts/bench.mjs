#!/usr/bin/env node
/**
 * `pnpm bench`: polyaxon-render against a real `helm template`, in one run on
 * this machine (issue 9). Prints medians and the ratios the issue sets:
 *
 *   1. render() in-process over 48 generated values files (scripts/bench-corpus.mjs),
 *      a new release name each call, vs one `helm template -f` process over the
 *      same files: helm wall / median render ≥ 100 (issue 18); render() no slower
 *      than linear in the values (100 → 400 persistence.data volumes, 1,000 →
 *      4,000 ingress annotations). The chart defaults and a renderer rendering
 *      the same files again are shown for information.
 *   2. the CLI as a whole process vs helm: wall time ≤ helm's, peak RSS ≤ helm's.
 *   3. the minified+gzipped size of a browser bundle of render().
 *
 * Processes run interleaved (helm, ours, helm, ours, …) so that load from other
 * work on the machine falls on both alike. Wall time is measured around each
 * process, peak RSS by /usr/bin/time (%M).
 *
 * Env: HELM and REF_CHART (default: .reference/bin/helm and .reference/polyaxon, see
 * docs/reference.md; without them only polyaxon-render is measured). Flags: --runs N (processes per command, default
 * 31), --calls N (timed render() calls per set of values, at most; default 200),
 * --compare BIN (another build's bin/polyaxon-render.js, e.g. of a git worktree:
 * its rows run interleaved with the others, for a before/after on a busy machine),
 * --large-runs N (runs per large input, default 3; 0 leaves the large inputs out),
 * --large-only (only the large inputs, scripts/bench-large.mjs).
 * Needs a build (`pnpm install` or `pnpm build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { benchLargeInputs } from './bench-large.mjs';
import { helmPath, missingReference, refChartPath } from './reference/paths.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const helm = helmPath;
const refChart = refChartPath;
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = option('runs', 31);
const calls = option('calls', 200);
const compareIndex = process.argv.indexOf('--compare');
const compareBin = compareIndex >= 0 ? resolve(process.argv[compareIndex + 1]) : undefined;

const coreDist = join(root, 'packages/core/dist/index.js');
const bin = join(root, 'packages/core/bin/polyaxon-render.js');
if (!existsSync(coreDist)) {
  console.error('bench: no build found; run `pnpm install` (or `pnpm build`) first');
  process.exit(2);
}
const missingHelm = missingReference();
const haveHelm = missingHelm.length === 0;
const timeBin = '/usr/bin/time';
const haveTime = existsSync(timeBin);

const largeRuns = option('large-runs', 3);
if (process.argv.includes('--large-only')) {
  if (!haveHelm) {
    console.error(`bench: the large inputs are measured against helm; missing ${missingHelm.join('; and ')}`);
    process.exit(2);
  }
  const rows = benchLargeInputs({ helm, refChart, bin, runs: largeRuns || 3 });
  console.log(`Large inputs at most helm's wall and RSS: ${rows.filter((r) => r.pass).length} of ${rows.length}`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'polyaxon-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x < 10 ? x.toFixed(3) : x.toFixed(1)} ms`;
const mib = (kb) => `${(kb / 1024).toFixed(1)} MiB`;
const out = (s = '') => console.log(s);

// ---------------------------------------------------------------- processes

/** Runs argv once; returns wall ms, peak RSS in KiB and user+system CPU ms (NaN without /usr/bin/time). */
function runOnce(argv, env) {
  const rssFile = join(work, 'rss');
  const cmd = haveTime ? [timeBin, '-f', '%M %U %S', '-o', rssFile, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench: ${argv.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const [rss, user, sys] = haveTime
    ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
    : [NaN, NaN, NaN];
  return { wall, rss, cpu: (user + sys) * 1000 };
}

/** Interleaved runs of several commands; medians per command. */
function measureProcesses(commands) {
  for (const c of commands) runOnce(c.argv, c.env); // warm the page cache (and our code cache)
  const samples = commands.map(() => ({ wall: [], rss: [], cpu: [] }));
  for (let i = 0; i < runs; i++) {
    commands.forEach((c, k) => {
      const s = runOnce(c.argv, c.env);
      for (const f of ['wall', 'rss', 'cpu']) samples[k][f].push(s[f]);
    });
  }
  return samples.map((s) => ({
    wall: median(s.wall),
    rss: median(s.rss),
    cpu: median(s.cpu),
    minWall: Math.min(...s.wall),
  }));
}

const valuesFile = join(work, 'values.yaml');
writeFileSync(
  valuesFile,
  [
    'ingress:',
    '  enabled: true',
    '  annotations:',
    '    kubernetes.io/ingress.class: nginx',
    'persistence:',
    '  data:',
    '    data1:',
    '      mountPath: /data/1',
    '      existingClaim: data-1',
    '',
  ].join('\n'),
);

const node = process.execPath;
function withoutExtraCerts() {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}
const commands = [
  { name: 'node -e 0 (Node start alone)', argv: [node, '-e', '0'] },
  ...(haveHelm ? [{ name: 'helm template', argv: [helm, 'template', refChart], helm: true }] : []),
  { name: 'polyaxon-render', argv: [node, bin], ours: true },
  ...(haveHelm
    ? [
        {
          name: 'helm template -f values.yaml',
          argv: [helm, 'template', refChart, '-f', valuesFile],
          helm: true,
          file: true,
        },
      ]
    : []),
  { name: 'polyaxon-render -f values.yaml', argv: [node, bin, '-f', valuesFile], ours: true, file: true },
  // NODE_EXTRA_CA_CERTS makes every Node process read and parse that file of certificates at start,
  // before any of its code runs (here: a system bundle of ~220 KB, most of `node -e 0`). The targets
  // are measured in the environment as it is; these rows only show what that costs.
  ...(process.env.NODE_EXTRA_CA_CERTS
    ? [
        { name: 'node -e 0 without extra CA certs', argv: [node, '-e', '0'], env: withoutExtraCerts(), info: true },
        { name: 'polyaxon-render without them', argv: [node, bin], env: withoutExtraCerts(), info: true },
      ]
    : []),
  ...(compareBin
    ? [
        { name: 'compared build', argv: [node, compareBin], compared: true },
        {
          name: 'compared build -f values.yaml',
          argv: [node, compareBin, '-f', valuesFile],
          compared: true,
          file: true,
        },
      ]
    : []),
];

out(`polyaxon-render bench — ${new Date().toISOString()}`);
out(
  `node ${process.version}, ${process.platform}/${process.arch}, ${(await import('node:os')).cpus().length} CPUs, load ${(
    await import('node:os')
  )
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
if (!haveHelm) out(`measuring polyaxon-render only; missing ${missingHelm.join('; and ')} (docs/reference.md)`);
if (!haveTime) out(`${timeBin} is missing: peak RSS is not measured`);
if (process.env.NODE_EXTRA_CA_CERTS) {
  out(
    `NODE_EXTRA_CA_CERTS=${process.env.NODE_EXTRA_CA_CERTS} is set: every Node process parses it at start (the last two rows run without it, for information; the targets use the environment as it is)`,
  );
}
out();
if (compareBin) out(`compared build: ${compareBin}`);
out(
  `Processes (median of ${runs} interleaved runs each; wall incl. process start; CPU = user+sys, 10 ms steps; + = wall over node -e 0):`,
);
const proc = measureProcesses(commands);
commands.forEach((c, k) => {
  const p = proc[k];
  const extra = haveTime ? `CPU ${ms(p.cpu).padStart(8)}  peak RSS ${mib(p.rss)}` : 'peak RSS n/a';
  // Over Node's start in the same environment.
  const b = c.env ? commands.findIndex((x) => x.env && x.argv[1] === '-e') : 0;
  const over = k === b ? ''.padStart(10) : `+${ms(p.wall - proc[b].wall)}`.padStart(10);
  out(`  ${c.name.padEnd(32)} wall ${ms(p.wall).padStart(8)} (min ${ms(p.minWall).padStart(8)}) ${over}  ${extra}`);
});

// ---------------------------------------------------------------- in-process

const { render, createRenderer } = await import(coreDist);
const { benchCorpus } = await import('./bench-corpus.mjs');

/**
 * Median ms per render() call for each set of values. After a warm-up (long
 * enough for the JIT to settle), the sets take turns, a few calls at a time, so
 * that a busy spell on the machine does not land on one set only. A slow set
 * gets fewer calls (at least 20) so that the run stays short.
 */
function timeRenders(sets, n) {
  const perCall = sets.map((v) => {
    const until = performance.now() + 1000;
    let i = 0;
    for (; performance.now() < until || i < 10; i++) render(v);
    return 1000 / i;
  });
  const budget = perCall.map((t) => Math.max(20, Math.min(n, Math.round(3000 / t))));
  const times = sets.map(() => []);
  for (let round = 0; times.some((t, k) => t.length < budget[k]); round++) {
    sets.forEach((v, k) => {
      for (let i = 0; i < 5 && times[k].length < budget[k]; i++) {
        const t0 = performance.now();
        render(v);
        times[k].push(performance.now() - t0);
      }
    });
  }
  return times.map(median);
}

const volumes = (n) => {
  const data = {};
  for (let i = 0; i < n; i++) {
    data[`data-${i}`] =
      i % 2
        ? { mountPath: `/data/${i}`, existingClaim: `claim-${i}` }
        : { mountPath: `/data/${i}`, hostPath: `/mnt/data/${i}`, readOnly: true };
  }
  return { persistence: { data } };
};
const annotations = (n) => {
  const a = {};
  for (let i = 0; i < n; i++) a[`example.com/annotation-${i}`] = `value number ${i}`;
  return { ingress: { enabled: true, annotations: a } };
};

out();
out(`render() in-process (median of up to ${calls} calls per row after warm-up, rows interleaved):`);
const [tDefaults, tVol1, tVol4, tAnn1, tAnn4] = timeRenders(
  [undefined, volumes(100), volumes(400), annotations(1000), annotations(4000)],
  calls,
);
out(`  ${'chart defaults'.padEnd(35)} ${ms(tDefaults).padStart(9)}   ${render(undefined).length} bytes out`);
const scaling = [];
for (const [label, n, t1, t4] of [
  ['persistence.data volumes', 100, tVol1, tVol4],
  ['ingress annotations', 1000, tAnn1, tAnn4],
]) {
  // What the items add over the defaults, for n and 4n items: ×4 when linear,
  // ≈ ×4.8 for n·log n (sorting keys, as Go does), ×16 when quadratic.
  const growth = (t4 - tDefaults) / (t1 - tDefaults);
  scaling.push({ label, n, growth });
  out(`  ${`${n} ${label}`.padEnd(35)} ${ms(t1).padStart(9)}   ${(t1 / tDefaults).toFixed(2)}× defaults`);
  out(
    `  ${`${4 * n} ${label}`.padEnd(35)} ${ms(t4).padStart(9)}   ${(t4 / tDefaults).toFixed(2)}× defaults; the items cost ×${growth.toFixed(2)} of ${n}'s`,
  );
}

/**
 * The same, but nothing a previous call computed can be reused: every call has a
 * release name and a top-level value of its own, so the values are coalesced and
 * every template runs (what a library user pays for values never rendered before).
 */
let freshCall = 0;
const fresh = (v) => [{ ...(v ?? {}), benchCall: ++freshCall }, { releaseName: `bench-${freshCall}` }];
function timeFreshRenders(sets, n) {
  for (const v of sets) for (let i = 0; i < 20; i++) render(...fresh(v));
  const times = sets.map(() => []);
  for (let round = 0; times.some((t) => t.length < n); round++) {
    sets.forEach((v, k) => {
      for (let i = 0; i < 3 && times[k].length < n; i++) {
        const args = fresh(v);
        const t0 = performance.now();
        render(...args);
        times[k].push(performance.now() - t0);
      }
    });
  }
  return times.map(median);
}

out();
out(`render() of values never rendered before (median of ${Math.min(calls, 60)} calls per row, nothing reused):`);
// 400 and 1,600 volumes here: from scratch, 100 volumes add less than the run-to-run noise of the defaults.
const [fDefaults, fVol1, fVol4, fAnn1, fAnn4] = timeFreshRenders(
  [undefined, volumes(400), volumes(1600), annotations(1000), annotations(4000)],
  Math.min(calls, 60),
);
out(`  ${'chart defaults'.padEnd(35)} ${ms(fDefaults).padStart(9)}`);
for (const [label, n, t1, t4] of [
  ['persistence.data volumes', 400, fVol1, fVol4],
  ['ingress annotations', 1000, fAnn1, fAnn4],
]) {
  const growth = (t4 - fDefaults) / (t1 - fDefaults);
  scaling.push({ label: `${label} (nothing reused)`, n, growth });
  out(`  ${`${n} ${label}`.padEnd(35)} ${ms(t1).padStart(9)}   ${(t1 / fDefaults).toFixed(2)}× defaults`);
  out(
    `  ${`${4 * n} ${label}`.padEnd(35)} ${ms(t4).padStart(9)}   ${(t4 / fDefaults).toFixed(2)}× defaults; the items cost ×${growth.toFixed(2)} of ${n}'s`,
  );
}

// ---------------------------------------------------------------- distinct values files

/**
 * What CI bots, review tools and cdk8s apps do: render values never rendered
 * before. A corpus of generated values files (scripts/bench-corpus.mjs: features
 * on and off across the five charts), each rendered from its text (YAML loading
 * included, as helm reads a file) with a new release name every call; render()
 * keeps nothing between calls. The median per render is set against one
 * `helm template -f <file>` process over the same files, measured in this run.
 */
const corpus = benchCorpus(48);
let corpusCall = 0;
const corpusArgs = (f) => [undefined, { valueFiles: [f], releaseName: `bench-${++corpusCall}` }];
/** One round: every file of the corpus rendered once; the wall time of each call is added to `times`. */
function corpusRound(renderFn, times) {
  for (const f of corpus) {
    const args = corpusArgs(f);
    const t0 = performance.now();
    renderFn(...args);
    times.push(performance.now() - t0);
  }
}
const corpusRounds = Math.max(3, Math.round(calls / 20));
out();
out(
  `render() over ${corpus.length} generated values files, a new release name each call (median of ${corpusRounds * corpus.length} calls):`,
);
// Warm-up (untimed): the JIT settles before the timed rounds.
for (let r = 0; r < 10; r++) corpusRound(render, []);
const renderTimes = [];
const walls = [];
let helmFiles;
if (haveHelm) {
  helmFiles = corpus.map((f) => {
    const path = join(work, f.name);
    writeFileSync(path, f.text);
    return path;
  });
  runOnce([helm, 'template', refChart, '-f', helmFiles[0]]);
}
// helm's processes and render()'s rounds take turns, so that the machine's pace, which drifts over a
// run (other work, a shared host), falls on both sides of the ratio alike.
const turns = Math.max(corpusRounds, haveHelm ? runs : 0);
for (let i = 0; i < turns; i++) {
  if (i < corpusRounds) corpusRound(render, renderTimes);
  if (haveHelm && i < runs) {
    walls.push(
      runOnce([helm, 'template', refChart, '-f', helmFiles[i % helmFiles.length], '--name-template', `bench-${i}`])
        .wall,
    );
  }
}
const tCorpus = median(renderTimes);
out(`  ${'render() (keeps nothing)'.padEnd(35)} ${ms(tCorpus).padStart(9)}`);
// The same files again through one renderer: after the first round every input is one it kept.
const renderer = createRenderer();
for (let r = 0; r < 10; r++) corpusRound(renderer.render, []);
const rendererTimes = [];
for (let r = 0; r < corpusRounds; r++) corpusRound(renderer.render, rendererTimes);
const tCorpusRenderer = median(rendererTimes);
out(
  `  ${'createRenderer().render (info)'.padEnd(35)} ${ms(tCorpusRenderer).padStart(9)}   the same files again: coalesced values kept (${(renderer.cacheBytes / 1024).toFixed(0)} KiB)`,
);
let helmCorpus;
if (haveHelm) {
  helmCorpus = median(walls);
  out(
    `  ${'helm template -f <file> (process)'.padEnd(35)} ${ms(helmCorpus).padStart(9)}   median of ${runs} runs over the same files, taking turns with render()'s rounds`,
  );
} else {
  out('  helm template: not measured (set HELM and REF_CHART to compare)');
}

// ---------------------------------------------------------------- browser bundle

out();
let bundleLine;
try {
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    stdin: {
      contents: `export { render, renderDocuments } from ${JSON.stringify(coreDist)};`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const js = r.outputFiles[0].contents;
  const gz = gzipSync(js, { level: 9 }).length;
  const inputs = Object.keys(r.metafile.inputs);
  const nodeOnly = inputs.filter((p) => p.startsWith('node:'));
  bundleLine = `Browser bundle of render() (esbuild, platform=browser, minified): ${js.length} bytes, ${gz} bytes gzipped; ${inputs.length} modules, Node built-ins: ${nodeOnly.length ? nodeOnly.join(' ') : 'none'}`;
} catch (e) {
  bundleLine = `Browser bundle of render() FAILED (a Node built-in on the render path?): ${String(e.message).split('\n').slice(0, 4).join(' | ')}`;
}
out(bundleLine);

// ---------------------------------------------------------------- large inputs

out();
const large = haveHelm && largeRuns > 0 ? benchLargeInputs({ helm, refChart, bin, runs: largeRuns, out }) : [];

// ---------------------------------------------------------------- verdict

out();
out('Targets (issues 9 and 18):');
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const ours = proc[commands.findIndex((c) => c.ours && !c.file)];
if (haveHelm) {
  const h = proc[commands.findIndex((c) => c.helm && !c.file)];
  const distinct = helmCorpus / tCorpus;
  out(
    `  helm -f wall / render() of distinct values files ${distinct.toFixed(0).padStart(4)}×   (≥ 100)   ${verdict(distinct >= 100)}   ${ms(tCorpus)} vs ${ms(helmCorpus)}`,
  );
  out(`  helm wall / render() of the chart defaults (info)  ${(h.wall / tDefaults).toFixed(0)}×`);
  out(`  helm wall / render() of values never rendered before (info)  ${(h.wall / fDefaults).toFixed(0)}×`);
  out(
    `  CLI wall / helm wall        ${(ours.wall / h.wall).toFixed(2).padStart(6)}    (≤ 1)     ${verdict(ours.wall <= h.wall)}   ${ms(ours.wall)} vs ${ms(h.wall)}`,
  );
  if (haveTime)
    out(
      `  CLI RSS / helm RSS          ${(ours.rss / h.rss).toFixed(2).padStart(6)}    (≤ 1)     ${verdict(ours.rss <= h.rss)}   ${mib(ours.rss)} vs ${mib(h.rss)}`,
    );
  const hf = proc[commands.findIndex((c) => c.helm && c.file)];
  const of = proc[commands.findIndex((c) => c.ours && c.file)];
  out(
    `  with -f values.yaml (info)  wall ${(of.wall / hf.wall).toFixed(2)}, RSS ${haveTime ? (of.rss / hf.rss).toFixed(2) : 'n/a'} of helm's`,
  );
} else {
  out(`  (no helm: ratios not computed) CLI wall ${ms(ours.wall)}, render() ${ms(tDefaults)}`);
}
// Linear is ×4 and n·log n ≈ ×4.8; 5.5 leaves room for timing noise, quadratic work shows as ~16.
for (const s of scaling)
  out(
    `  ${`${s.label}, ×4 items`.padEnd(52)} ×${s.growth.toFixed(2).padEnd(5)} (linear 4, n·log n ≈ 4.8; ≤ 5.5)  ${verdict(s.growth <= 5.5)}`,
  );
if (large.length > 0) {
  out("Targets (issue 17): each large input at most helm's wall time and peak RSS");
  for (const r of large)
    out(`  ${r.name.padEnd(46)} wall ×${r.wallRatio.toFixed(2)}  RSS ×${r.rssRatio.toFixed(2)}   ${verdict(r.pass)}`);
}
