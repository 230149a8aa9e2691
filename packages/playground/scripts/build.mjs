/**
 * Builds the playground into dist/: index.html, assets/style.css, assets/main.js (the
 * page), assets/worker.js (the render worker) and assets/chunks/ (what either loads on
 * first use: the values checks, the CLI's hints, handlebars for NOTES). Every URL is relative, so dist/
 * opens from any static host. The render code comes from the workspace's TypeScript
 * sources, as the tests use them. Prints the gzipped size of the first load.
 *
 * Usage: node scripts/build.mjs [outDir]   (default: packages/playground/dist)
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(pkg, '../..');

/** Leaves `import(spec)` as it is: spec is a file built next to the importer. */
function lazyEntry(spec) {
  const filter = new RegExp(`^${spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
  return {
    name: `lazy ${spec}`,
    setup(build) {
      build.onResolve({ filter }, () => ({ path: spec, external: true }));
    },
  };
}

/**
 * Builds the site into outDir (emptied first) and returns what a first visit loads:
 * each file with its gzipped size (the page, its stylesheet, both entry scripts and the
 * chunks they import statically).
 */
export async function buildSite(outDir = join(pkg, 'dist')) {
  rmSync(outDir, { recursive: true, force: true });
  const assets = join(outDir, 'assets');
  mkdirSync(assets, { recursive: true });
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome111', 'firefox113', 'safari16.4'],
    minify: true,
    legalComments: 'linked',
    outdir: assets,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: root,
    alias: {
      '@polyaxon-render/values': join(root, 'packages/values/src/index.ts'),
      '@polyaxon-render/templates': join(root, 'packages/templates/src/index.ts'),
      'polyaxon-render': join(root, 'packages/core/src/index.ts'),
    },
  };
  const result = await esbuild.build({
    ...common,
    entryPoints: { main: join(pkg, 'src/main.ts'), worker: join(pkg, 'src/worker.ts') },
    splitting: true,
    // The values checks are a build of their own: in a shared chunk, esbuild would put the
    // schema (which every module importing the values package reaches) in the first load.
    plugins: [lazyEntry('./checks.js'), lazyEntry('./hints.js')],
  });
  // Share nothing with the worker's chunks: loaded once, on the first check and the first failure.
  await esbuild.build({
    ...common,
    entryPoints: { checks: join(pkg, 'src/checks.ts'), hints: join(pkg, 'src/hints.ts') },
    splitting: true,
  });
  copyFileSync(join(pkg, 'src/index.html'), join(outDir, 'index.html'));
  copyFileSync(join(pkg, 'src/style.css'), join(assets, 'style.css'));

  // A first visit: index.html, style.css, and the two entries with their static imports.
  const outputs = result.metafile.outputs;
  const first = new Set();
  const visit = (file) => {
    if (first.has(file) || !outputs[file]) return;
    first.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  for (const name of ['main.js', 'worker.js']) visit(relative(root, join(assets, name)));
  const files = [join(outDir, 'index.html'), join(assets, 'style.css'), ...[...first].map((f) => join(root, f))];
  const firstLoad = files.map((f) => ({
    file: relative(outDir, f),
    gzip: gzipSync(readFileSync(f), { level: 9 }).length,
  }));
  return { outDir, firstLoad, firstLoadGzip: firstLoad.reduce((n, f) => n + f.gzip, 0), metafile: result.metafile };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outDir, firstLoad, firstLoadGzip } = await buildSite(process.argv[2] ? resolve(process.argv[2]) : undefined);
  for (const f of firstLoad) console.log(`${(f.gzip / 1024).toFixed(1).padStart(7)} KB gz  ${f.file}`);
  console.log(
    `${(firstLoadGzip / 1024).toFixed(1).padStart(7)} KB gz  first load (${relative(process.cwd(), outDir) || '.'})`,
  );
}
