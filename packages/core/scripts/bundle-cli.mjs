/**
 * Bundles the CLI (dist/cli-main.js and everything it imports) into
 * dist/cli.cjs, one file, so that starting it reads one file instead of ~150
 * modules. Runs after tsc in this package's `build` script; cli-bundle.test.ts
 * bundles the TypeScript sources the same way (bundleCli) and runs the golden
 * cases through the result.
 *
 * - CommonJS, not ESM: bin/polyaxon-render.js compiles it with vm.Script and a
 *   V8 code cache (Node 20 offers no code cache for ES modules).
 * - Libraries only some runs need (YAML parsing for `-f` files and the manifest
 *   fallback parse; handlebars for --notes) are separate files, cli-lazy-*.cjs,
 *   loaded synchronously on first use through a small stand-in module (the render
 *   path is synchronous, so a dynamic import() would not do).
 * - The render path's portable crypto is swapped for node:crypto (node-crypto.mjs).
 * - After bundling, the CLI is run with a values file, on the chart defaults and
 *   with --notes, so each file's code cache is written with the functions a
 *   render compiles. A file's cache is written by the first run that loads the
 *   file, so the values-file run comes first: it compiles what a default run
 *   does and the values-file reader besides (a default-run cache left that to
 *   be compiled on every `-f` run, ~6 ms; it costs a default run little).
 *   These caches serve this checkout only: package.json's `files` leaves
 *   `*.v8-cache` out of the package (a user's Node writes its own on first run).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const requireHere = createRequire(join(pkg, 'package.json'));

/** Loaded on first use only; keep in step with the imports of the packages. */
export const lazyModules = ['yaml', 'handlebars'];

/**
 * The stand-in for a lazy module: every export is a Proxy that loads the real
 * module on first call, construction or property read.
 */
function standIn(name) {
  const real = requireHere(name);
  const lines = [
    `let m;`,
    `const load = () => (m ??= require('./cli-lazy-${name}.cjs'));`,
    `const pick = (k) => (k === null ? load() : load()[k]);`,
    // A function target lets the Proxy be called and constructed; `instanceof` works through `get`.
    `const fn = (k) => new Proxy(function () {}, { apply: (_, t, a) => Reflect.apply(pick(k), t, a), construct: (_, a) => Reflect.construct(pick(k), a), get: (_, p) => pick(k)[p] });`,
    `const obj = (k) => new Proxy({}, { get: (_, p) => pick(k)[p], set: (_, p, v) => ((pick(k)[p] = v), true), has: (_, p) => p in pick(k) });`,
  ];
  const wrap = (v, k) => (typeof v === 'function' ? `fn(${k})` : `obj(${k})`);
  lines.push(`export default ${wrap(real, 'null')};`);
  for (const key of Object.keys(real)) {
    if (key === 'default' || !/^[A-Za-z_$][\w$]*$/.test(key)) continue;
    // A constant cannot be deferred; importing one fails the build ("No matching export").
    if (typeof real[key] !== 'function' && (typeof real[key] !== 'object' || real[key] === null)) continue;
    lines.push(`export const ${key} = ${wrap(real[key], JSON.stringify(key))};`);
  }
  return lines.join('\n');
}

function lazyPlugin(outdir) {
  return {
    name: 'lazy-modules',
    setup(build) {
      const filter = new RegExp(`^(${lazyModules.join('|')})$`);
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy' }));
      build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
        contents: standIn(args.path),
        loader: 'js',
        resolveDir: outdir,
      }));
    },
  };
}

/**
 * The render path hashes and draws random bytes with portable code (@noble/hashes,
 * Web Crypto) so that it runs in a browser. On Node the CLI uses node:crypto for
 * both instead: a JavaScript sha256 runs slowly before the JIT warms up, and Web
 * Crypto loads more of Node than randomFillSync does. Same algorithms, same bytes.
 */
const nodeCrypto = join(pkg, 'scripts', 'node-crypto.mjs');
const nodeCryptoPlugin = {
  name: 'node-crypto',
  setup(build) {
    build.onResolve({ filter: /^@noble\/hashes\/sha2(\.js)?$/ }, () => ({ path: nodeCrypto }));
    // The templates' hex-of-text hash, whole: encoding and hex printing run natively too.
    build.onResolve({ filter: /^\.\/sha256-text\.js$/ }, (args) =>
      args.importer.includes(`${sep}runtime${sep}`) ? { path: nodeCrypto } : undefined,
    );
  },
};

/**
 * Writes cli.cjs and cli-lazy-*.cjs into `outdir`.
 * @param {{ entry: string, outdir: string, alias?: Record<string, string>, minify?: boolean }} options
 *   minify: false keeps names readable (for a CPU profile).
 */
export async function bundleCli({ entry, outdir, alias, minify = true }) {
  for (const f of readdirSync(outdir)) if (/^cli(-lazy-.*)?\.cjs(\.v8-cache)?$/.test(f)) rmSync(join(outdir, f));
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: pkg,
  };
  // The schemas --verify and --modernize check against (megabytes of validators): their own file,
  // read on first use. verify's import of them goes by a name no bundler follows (so a browser
  // bundle leaves them out); here it becomes a require of that file (the bin runs the bundle in
  // vm.Script, where import() is not available).
  const schemasPlugin = {
    name: 'lazy-schemas',
    setup(build) {
      build.onLoad({ filter: /[\\/]modernize[\\/]verify\.(js|ts)$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const contents = source.replace(
          'import(SCHEMAS_MODULE)',
          "Promise.resolve().then(() => require('./cli-lazy-schemas.cjs'))",
        );
        if (contents === source) throw new Error(`bundle-cli: no import(SCHEMAS_MODULE) in ${args.path}`);
        return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
  const main = await esbuild.build({
    ...common,
    entryPoints: [entry],
    outfile: join(outdir, 'cli.cjs'),
    external: ['./cli-lazy-*'],
    alias,
    plugins: [lazyPlugin(outdir), nodeCryptoPlugin, schemasPlugin],
    inject: [nodeCrypto],
    define: { 'globalThis.crypto.getRandomValues': '__nodeGetRandomValues' },
    metafile: true,
  });
  await esbuild.build({
    ...common,
    entryPoints: [join(dirname(entry), 'modernize', `schemas${entry.endsWith('.ts') ? '.ts' : '.js'}`)],
    outfile: join(outdir, 'cli-lazy-schemas.cjs'),
  });
  // The validators' patterns run on re2-wasm, which reads re2.wasm from the folder of its code:
  // in the bundle that is outdir, so the file goes there (loading ~2,000 modules from node_modules
  // instead costs most of a second).
  const validate = createRequire(requireHere.resolve('kubernetes-models')).resolve('@kubernetes-models/validate');
  const re2 = createRequire(validate).resolve('re2-wasm');
  copyFileSync(join(dirname(re2), '..', 'wasm', 're2.wasm'), join(outdir, 're2.wasm'));
  for (const name of lazyModules) {
    await esbuild.build({
      ...common,
      stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: pkg, loader: 'js' },
      outfile: join(outdir, `cli-lazy-${name}.cjs`),
    });
  }
  // bin/polyaxon-render.js reads the bundles as latin1: they must be ASCII (esbuild's default
  // charset escapes non-ASCII in code; unminified bundles, for profiles only, keep it in comments).
  for (const f of minify ? readdirSync(outdir) : []) {
    // eslint-disable-next-line no-control-regex -- any byte past ASCII, NUL included in the range
    if (/^cli(-lazy-.*)?\.cjs$/.test(f) && /[^\x00-\x7f]/.test(readFileSync(join(outdir, f), 'latin1'))) {
      throw new Error(`bundle-cli: ${f} is not ASCII; bin/polyaxon-render.js reads it as latin1`);
    }
  }
  // A lazy module that slipped into the main bundle (imported by another path) defeats the point.
  const inputs = Object.keys(main.metafile.inputs);
  for (const name of lazyModules) {
    const leaked = inputs.filter((p) => p.includes(`/node_modules/${name}/`));
    if (leaked.length)
      throw new Error(`bundle-cli: ${name} is bundled into cli.cjs (${leaked[0]}); import it by its bare name`);
  }
}

/** Runs the installed CLI a few ways; bin/polyaxon-render.js writes a file's code cache when it has none. */
function warmCodeCaches() {
  const bin = join(pkg, 'bin', 'polyaxon-render.js');
  const tmp = mkdtempSync(join(tmpdir(), 'bundle-cli-'));
  try {
    // Values of the usual kinds: nested maps, a list, strings, numbers, booleans.
    const valuesFile = join(tmp, 'values.yaml');
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
        'nodeSelector:',
        '  disk: ssd',
        'tolerations:',
        '- key: gpu',
        '  operator: Exists',
        'api:',
        '  replicas: 2',
        '',
      ].join('\n'),
    );
    const runs = [
      { args: ['-f', valuesFile], input: '' },
      { args: [], input: '' },
      { args: ['-f', '-'], input: 'ingress:\n  enabled: true\n' },
      { args: ['--notes'], input: '' },
      // The schemas' file (--modernize, --verify).
      { args: ['--modernize'], input: '' },
    ];
    for (const { args, input } of runs) {
      const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0) throw new Error(`bundle-cli: polyaxon-render ${args.join(' ')} failed:\n${r.stderr}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(pkg, 'dist');
  await bundleCli({ entry: join(dist, 'cli-main.js'), outdir: dist });
  warmCodeCaches();
}
