/**
 * Large inputs (issue 17): polyaxon-render against `helm template` on values of
 * megabytes, each class of input through `-f` files, stdin and `--set`, run
 * interleaved (helm, ours, helm, ours, …) so that other load on the machine falls
 * on both alike. Wall time around each process, peak RSS from /usr/bin/time.
 * The target: wall time and peak memory each at most Helm's.
 *
 * Used by scripts/bench.mjs (`pnpm bench`, or `pnpm bench --large-only`); alone:
 *   node scripts/bench-large.mjs [--large-runs N]     (HELM and REF_CHART as for the bench)
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `n` lines of `indent`key: "value", ~60 bytes each (200,000 make a 12 MB file). */
function keys(indent, n) {
  const lines = [];
  for (let i = 0; i < n; i++)
    lines.push(`${indent}key-${String(i).padStart(6, '0')}.example.com/annotation: "value ${i} text"`);
  return lines.join('\n') + '\n';
}

/** The input classes: each writes its files into `dir` and gives the arguments (and stdin) of a run. */
export function largeInputs(dir) {
  const file = (name, text) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const big = 'x'.repeat(5 * 1024 * 1024);
  const unknown = file('unknown-200k.yaml', `junk:\n${keys('  ', 200_000)}`);
  const list = Array.from({ length: 100_000 }, (_, i) => `- item-${i}`).join('\n') + '\n';
  // --set: a list literal in one argument (Linux takes at most 128 KiB per argument, and Helm refuses list
  // indexes past 65536, so 100,000 items cannot come through --set): 20,000 items.
  const setArgs = ['--set', `junk={${Array.from({ length: 20_000 }, (_, i) => i).join(',')}}`];
  return [
    { name: '200k keys under an unknown key (-f, 11 MB)', args: ['-f', unknown] },
    { name: '200k keys under an unknown key (stdin)', args: ['-f', '-'], stdin: unknown },
    {
      name: '200k keys under ingress.annotations (-f)',
      args: ['-f', file('annotations-200k.yaml', `ingress:\n  annotations:\n${keys('    ', 200_000)}`)],
    },
    {
      name: '5 MB string under nodeSelector (-f)',
      args: ['-f', file('string-selector.yaml', `nodeSelector:\n  big: ${big}\n`)],
    },
    { name: '5 MB string under an unused key (-f)', args: ['-f', file('string-unused.yaml', `junk: ${big}\n`)] },
    { name: '100k-item list under an unknown key (-f)', args: ['-f', file('list-100k.yaml', `junk:\n${list}`)] },
    { name: '20k-item list (--set junk={…})', args: setArgs },
  ];
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One process: wall ms and peak RSS KiB (NaN without /usr/bin/time). */
function runOnce(argv, stdinFile, work) {
  const timeBin = '/usr/bin/time';
  const rssFile = join(work, 'rss-large');
  const cmd = existsSync(timeBin) ? [timeBin, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const input = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: [input, 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (typeof input === 'number') closeSync(input);
  if (r.status !== 0)
    throw new Error(`bench-large: ${argv.slice(0, 4).join(' ')} … failed (${r.status}):\n${r.stderr}`);
  const rss = existsSync(timeBin) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
  return { wall, rss };
}

/**
 * Measures every input class: `runs` interleaved runs each of helm and ours.
 * Returns one row per class: medians, ratios (ours / helm) and the verdict.
 */
export function benchLargeInputs({ helm, refChart, bin, runs = 3, out = console.log }) {
  const work = mkdtempSync(join(tmpdir(), 'polyaxon-bench-large-'));
  try {
    const rows = [];
    out(`Large inputs (median of ${runs} interleaved runs each; the target: wall and peak RSS each at most helm's):`);
    for (const input of largeInputs(work)) {
      const helmArgv = [helm, 'template', 'px', refChart, ...input.args];
      const oursArgv = [process.execPath, bin, 'px', ...input.args];
      runOnce(oursArgv, input.stdin, work); // writes the code cache, warms the page cache
      const h = { wall: [], rss: [] };
      const o = { wall: [], rss: [] };
      for (let i = 0; i < runs; i++) {
        for (const [argv, into] of [
          [helmArgv, h],
          [oursArgv, o],
        ]) {
          const s = runOnce(argv, input.stdin, work);
          into.wall.push(s.wall);
          into.rss.push(s.rss);
        }
      }
      const row = {
        name: input.name,
        helm: { wall: median(h.wall), rss: median(h.rss) },
        ours: { wall: median(o.wall), rss: median(o.rss) },
      };
      row.wallRatio = row.ours.wall / row.helm.wall;
      row.rssRatio = row.ours.rss / row.helm.rss;
      row.pass = row.wallRatio <= 1 && !(row.rssRatio > 1);
      rows.push(row);
      const s = (x) => `${(x / 1000).toFixed(2)} s`;
      const m = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
      out(
        `  ${row.name.padEnd(44)} helm ${s(row.helm.wall).padStart(8)} ${m(row.helm.rss).padStart(8)}   ours ${s(row.ours.wall).padStart(8)} ${m(row.ours.rss).padStart(8)}   wall ×${row.wallRatio.toFixed(2)} RSS ×${row.rssRatio.toFixed(2)}  ${row.pass ? 'PASS' : 'FAIL'}`,
      );
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
