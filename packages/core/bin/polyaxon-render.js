#!/usr/bin/env node
'use strict';
/*
 * The `polyaxon-render` executable. CommonJS (bin/package.json) because an ES
 * module entry costs Node a few milliseconds and megabytes more to start.
 *
 * It runs dist/cli.cjs, the CLI bundled into one file by scripts/bundle-cli.mjs,
 * compiled with a V8 code cache kept next to it (dist/*.v8-cache): Node 20 has
 * no compile cache of its own (module.enableCompileCache is Node 22), and
 * compiling the bundle's functions is a large part of a cold run. A cache is
 * (re)written when missing or refused (another Node version, a rebuilt file).
 */
/*
 * Node's own modules come with a code cache that V8 refuses once any V8 flag
 * differs from its default (the cache is stamped with a hash of the flags), and
 * then compiles them from source: node:crypto would take ~11 ms to load instead
 * of ~3. So every one this file and the bundle use (node:crypto for sha256 and
 * random bytes) is loaded before the flags change. (Switching the flags back for
 * a lazy load is no better: a young-generation GC in that window grows it for
 * good, +2 MB resident.)
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
require('node:crypto');

/**
 * V8 tuned for a one-shot render of ordinary values:
 * - no TurboFan: a render finishes before optimized code would pay for compiling
 *   it; with it a run took ~20 ms longer and ~7 MB more memory;
 * - a young generation kept at its first size: a render's garbage is short-lived,
 *   and growing it to 2 × 2 MB costs resident memory, not time.
 * Undone (the defaults) when an input is large (cli-main.ts forLargeInput).
 */
const tuning = ['--no-opt', '--semi-space-growth-factor=1'];
const defaults = ['--opt', '--semi-space-growth-factor=2'];
const setFlags = v8FlagSetter();
for (const f of tuning) setFlags(f);

/**
 * V8's setFlagsFromString. node:v8 loads Node's heap-snapshot helpers and its
 * streams with it, 2-3 ms of a run that is ~30 ms of our own; Node's internal v8
 * binding has the same function and costs nothing to reach. process.binding is
 * deprecated (DEP0111) but kept by Node for compatibility; its one-time warning for
 * 'v8' is silenced for this call only (Node reads noDeprecation when it warns), so
 * nothing reaches stderr. Wherever the binding is gone or differs, node:v8 it is.
 */
function v8FlagSetter() {
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    const binding = typeof process.binding === 'function' ? process.binding('v8') : undefined;
    if (binding && typeof binding.setFlagsFromString === 'function') return (f) => binding.setFlagsFromString(f);
  } catch {
    // not offered by this Node
  } finally {
    process.noDeprecation = quiet;
  }
  const v8 = require('node:v8');
  return (f) => v8.setFlagsFromString(f);
}

const dist = path.join(__dirname, '..', 'dist');

/** Requires for the bundle: its lazy parts load through the cache too, anything else is Node's. */
function bundleRequire(id) {
  return id.startsWith('./cli-lazy-') ? load(id.slice(2)) : require(id);
}

/** Loads one CommonJS file of dist/ with a code cache. */
function load(name) {
  const file = path.join(dist, name);
  const cacheFile = `${file}.v8-cache`;
  // The bundles are ASCII (esbuild escapes the rest; scripts/bundle-cli.mjs checks): read as
  // latin1, which skips UTF-8 decoding and gives V8 a one-byte string.
  const source = fs.readFileSync(file, 'latin1');
  // V8 checks a cache's length of source, not its text: stamp it with the file's size and mtime.
  const stat = fs.statSync(file);
  const stamp = Buffer.from(`${stat.size}:${stat.mtimeMs}\n`);
  let cachedData;
  try {
    const c = fs.readFileSync(cacheFile);
    if (c.subarray(0, stamp.length).equals(stamp)) cachedData = c.subarray(stamp.length);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // At exit the cache also holds the functions this run compiled, not just the top level.
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(tmp, Buffer.concat([stamp, script.createCachedData()]));
        fs.renameSync(tmp, cacheFile);
      } catch {
        // A read-only install: run without a cache.
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, bundleRequire, module, file, dist);
  return module.exports;
}

if (fs.existsSync(path.join(dist, 'cli.cjs'))) {
  const onLargeInput = () => {
    for (const f of defaults) setFlags(f);
  };
  load('cli.cjs')
    .main(process.argv.slice(2), { onLargeInput })
    .then((code) => {
      process.exitCode = code;
    });
} else {
  // Built by tsc alone: run the unbundled modules.
  import('../dist/bin.js');
}
