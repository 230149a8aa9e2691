#!/usr/bin/env node
'use strict';
/*
 * The `polyaxon-render` executable. CommonJS (bin/package.json) because an ES
 * module entry costs Node a few milliseconds and megabytes more to start.
 *
 * It runs dist/cli.cjs, the CLI bundled into one file by scripts/bundle-cli.mjs,
 * with compiled code kept between runs: compiling the bundle's functions is a
 * large part of a cold run. Node 22+ keeps it itself (module.enableCompileCache,
 * whose entries carry a checksum Node verifies); on Node 20 this file keeps a
 * V8 code cache next to each file (dist/*.v8-cache), and uses one only after
 * proving its bytes intact (see loadWithCodeCache). Nothing here may change what
 * runs: a cache that is damaged, stale or refused is thrown away and rebuilt.
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
const crypto = require('node:crypto');
const Module = require('node:module');

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
 * Runs `fn` with deprecation warnings off, where Node lets us turn them off.
 * `--no-deprecation` makes process.noDeprecation read-only (and true already):
 * assigning it then throws in strict code, so the assignment is tried, not assumed.
 */
function withoutDeprecationWarnings(fn) {
  let restore = () => {};
  try {
    const before = process.noDeprecation;
    process.noDeprecation = true;
    restore = () => {
      process.noDeprecation = before;
    };
  } catch {
    // read-only: warnings are already off (or Node decides; fn's caller copes with a throw)
  }
  try {
    return fn();
  } finally {
    try {
      restore();
    } catch {
      // as above
    }
  }
}

/**
 * V8's setFlagsFromString. node:v8 loads Node's heap-snapshot helpers and its
 * streams with it, 2-3 ms of a run that is ~30 ms of our own; Node's internal v8
 * binding has the same function and costs nothing to reach. process.binding is
 * deprecated (DEP0111, reported under --pending-deprecation) but kept by Node for
 * compatibility; its warning is silenced for this call only (Node reads
 * noDeprecation when it warns), so nothing reaches stderr; with
 * --throw-deprecation and warnings on, the warning is thrown, and caught here.
 * Wherever the binding is gone, refused or differs, node:v8 it is.
 */
function v8FlagSetter() {
  try {
    const binding = withoutDeprecationWarnings(() =>
      typeof process.binding === 'function' ? process.binding('v8') : undefined,
    );
    if (binding && typeof binding.setFlagsFromString === 'function') return (f) => binding.setFlagsFromString(f);
  } catch {
    // not offered by this Node, or refused (a permission model, a thrown deprecation)
  }
  const v8 = require('node:v8');
  return (f) => v8.setFlagsFromString(f);
}

const dist = path.join(__dirname, '..', 'dist');

/** Node 22+: Node's own compile cache (in its default folder, or NODE_COMPILE_CACHE's). */
function enableNodeCompileCache() {
  if (typeof Module.enableCompileCache !== 'function') return false;
  try {
    const status = Module.enableCompileCache().status;
    const known = Module.constants.compileCacheStatus;
    // FAILED (an unwritable folder) or DISABLED (NODE_DISABLE_COMPILE_CACHE): our own cache instead.
    return status === known.ENABLED || status === known.ALREADY_ENABLED;
  } catch {
    return false;
  }
}

/** What a cache file starts with: a format tag and the sha256 of the source and the cache. */
const CACHE_TAG = 'polyaxon-render-v8-cache/1 sha256:';
const HEADER_LENGTH = CACHE_TAG.length + 64 + 1;

/** The checksum stored with a cache: over the source (which the cache belongs to) and every byte of the cache. */
function cacheDigest(source, data) {
  return crypto.createHash('sha256').update(source, 'latin1').update(data).digest('hex');
}

/**
 * The cache of `source` in `cacheFile`, or undefined when there is none or it is
 * not proven intact. V8 verifies little of a code cache (the source's length,
 * its version and flags) and runs what it holds: a flipped bit has printed wrong
 * manifests and crashed V8. So a cache is handed to V8 only when the sha256
 * stored with it matches the source and the cache bytes; anything else is
 * deleted here and rebuilt at exit.
 */
function readCodeCache(cacheFile, source) {
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return undefined; // no cache yet
  }
  const header = bytes.subarray(0, HEADER_LENGTH).toString('latin1');
  const data = bytes.subarray(HEADER_LENGTH);
  if (
    bytes.length > HEADER_LENGTH &&
    header.startsWith(CACHE_TAG) &&
    header.endsWith('\n') &&
    header.slice(CACHE_TAG.length, -1) === cacheDigest(source, data)
  )
    return data;
  try {
    fs.unlinkSync(cacheFile);
  } catch {
    // read-only: it stays refused on every run
  }
  return undefined;
}

/** Writes a cache through a temporary file and a rename (readers never see half a file); never leaves the temporary file behind. */
function writeCodeCache(cacheFile, source, data) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${CACHE_TAG}${cacheDigest(source, data)}\n`, 'latin1'), data]));
    fs.renameSync(tmp, cacheFile);
  } catch {
    // A read-only install, a full disk: run without a cache.
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never written
    }
  }
}

/** Requires for the bundle: its lazy parts load through the cache too, anything else is Node's. */
function bundleRequire(id) {
  return id.startsWith('./cli-lazy-') ? loadWithCodeCache(id.slice(2)) : require(id);
}

/** Loads one CommonJS file of dist/ with a proven V8 code cache (Node 20). */
function loadWithCodeCache(name) {
  const file = path.join(dist, name);
  const cacheFile = `${file}.v8-cache`;
  // The bundles are ASCII (esbuild escapes the rest; scripts/bundle-cli.mjs checks): read as
  // latin1, which skips UTF-8 decoding and gives V8 a one-byte string.
  const source = fs.readFileSync(file, 'latin1');
  const cachedData = readCodeCache(cacheFile, source);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // At exit the cache also holds the functions this run compiled, not just the top level.
    process.once('exit', () => writeCodeCache(cacheFile, source, script.createCachedData()));
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, bundleRequire, module, file, dist);
  return module.exports;
}

if (fs.existsSync(path.join(dist, 'cli.cjs'))) {
  const onLargeInput = () => {
    for (const f of defaults) setFlags(f);
  };
  const bundle = path.join(dist, 'cli.cjs');
  const cli = enableNodeCompileCache() ? require(bundle) : loadWithCodeCache('cli.cjs');
  cli.main(process.argv.slice(2), { onLargeInput, bundle }).then((code) => {
    process.exitCode = code;
  });
} else {
  // Built by tsc alone: run the unbundled modules.
  import('../dist/bin.js');
}
