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
const v8 = require('node:v8');
// A one-shot render finishes before optimized code would pay for compiling it;
// TurboFan's compile jobs cost more time and ~10 MB of memory than they save here.
v8.setFlagsFromString('--no-opt');
// Keep the young generation at its first size: a render's garbage is short-lived,
// and growing it to 2 × 2 MB costs resident memory, not time.
v8.setFlagsFromString('--semi-space-growth-factor=1');

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const dist = path.join(__dirname, '..', 'dist');

/** Requires for the bundle: its lazy parts load through the cache too, anything else is Node's. */
function bundleRequire(id) {
  return id.startsWith('./cli-lazy-') ? load(id.slice(2)) : require(id);
}

/** Loads one CommonJS file of dist/ with a code cache. */
function load(name) {
  const file = path.join(dist, name);
  const cacheFile = `${file}.v8-cache`;
  const source = fs.readFileSync(file, 'utf8');
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
  load('cli.cjs')
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  // Built by tsc alone: run the unbundled modules.
  import('../dist/bin.js');
}
