#!/usr/bin/env node
/**
 * The bench's distinct-render loop alone, for a profiler: render() over the
 * generated corpus (scripts/bench-corpus.mjs), a new release name each call,
 * nothing kept between calls. Run it under `node --cpu-prof` or
 * `valgrind --tool=callgrind node ...` to see where a distinct render spends
 * its time. Args: [rounds over the 48 files, default 20] [core dist dir,
 * default packages/core/dist]. Prints the median wall ms per render and the
 * mean CPU ms per render (the steadier figure on a busy machine).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCorpus } from './bench-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 20);
const dist = resolve(process.argv[3] ?? join(root, 'packages/core/dist'));
const { render } = await import(join(dist, 'index.js'));
const corpus = benchCorpus(48);
let call = 0;
const times = [];
// Warm-up round (untimed): the JIT settles before the timed rounds.
for (const f of corpus) render(undefined, { valueFiles: [f], releaseName: `profile-${++call}` });
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  for (const f of corpus) {
    const t0 = performance.now();
    render(undefined, { valueFiles: [f], releaseName: `profile-${++call}` });
    times.push(performance.now() - t0);
  }
}
const cpu = process.cpuUsage(cpu0);
times.sort((a, b) => a - b);
// CPU time (user + system, all threads: GC included) is less disturbed by other load on the machine than wall time.
const cpuPerRender = (cpu.user + cpu.system) / 1000 / times.length;
console.log(
  `${times.length} renders, median wall ${times[times.length >> 1].toFixed(3)} ms, CPU ${cpuPerRender.toFixed(3)} ms per render`,
);
