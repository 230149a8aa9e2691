/**
 * Builds what the published `polyaxon-render` package offers to `import` and
 * `require` (dist/lib) and its types (dist/types), from tsc's output. Runs after
 * tsc in this package's `build` script; tarball-install.test.ts installs the
 * packed result in an empty project and uses it.
 *
 * Why bundle: `polyaxon-render` is the one package users install. Its sibling
 * workspace packages (@polyaxon-render/values, @polyaxon-render/templates) are
 * bundled into it, so that it installs alone with only registry dependencies
 * (`yaml`, `handlebars`), and versions of the three can never disagree.
 * @noble/hashes is bundled too: it is ESM-only, and the CommonJS entry must load
 * on Node versions without require() of ES modules (before 20.19).
 *
 * - dist/lib/index.js (ESM) and dist/lib/index.cjs (CommonJS): the library.
 * - dist/lib/cdk8s.js / cdk8s.cjs: `polyaxon-render/cdk8s`. It loads the library
 *   through ./index.js / ./index.cjs instead of carrying a second copy of it, and
 *   `cdk8s` / `constructs` stay external (optional peer dependencies).
 * - dist/types/esm and dist/types/cjs: tsc's declarations of the package and of
 *   the bundled siblings, only the files reachable from the entry points, with
 *   `@polyaxon-render/*` specifiers made relative. The cjs copy carries a
 *   package.json of type commonjs, so that TypeScript types a `require` as
 *   CommonJS (two copies of the same text, not two APIs).
 * Neither is minified: stack traces in users' programs stay readable.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkg, 'dist');
const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const requireHere = createRequire(join(pkg, 'package.json'));

/** The workspace packages bundled into polyaxon-render: name → their dist/ directory. */
const bundledSiblings = {
  '@polyaxon-render/values': dirname(requireHere.resolve('@polyaxon-render/values')),
  '@polyaxon-render/templates': dirname(requireHere.resolve('@polyaxon-render/templates')),
};

/**
 * Registry packages bundled in (a package a sibling starts to import must be added here or to
 * the dependencies of polyaxon-render; the build fails until it is).
 */
const bundledPackages = ['@noble/hashes'];

/** Loaded from the user's node_modules: the package's dependencies and peer dependencies. */
const external = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];

/** The entry points: subpath → tsc's output in dist/. */
const entries = { index: join(dist, 'index.js'), cdk8s: join(dist, 'cdk8s.js') };

/** cdk8s.js imports the library as './index.js': keep it a reference to the library entry. */
function libraryReference(extension) {
  return {
    name: 'library-reference',
    setup(build) {
      build.onResolve({ filter: /^\.\/index\.js$/ }, (args) =>
        args.importer === entries.cdk8s ? { path: `./index${extension}`, external: true } : undefined,
      );
    },
  };
}

async function bundle() {
  const out = join(dist, 'lib');
  rmSync(out, { recursive: true, force: true });
  const banner = [
    '/*',
    ` * ${manifest.name} ${manifest.version}, Apache-2.0 (see LICENSE). Bundles @polyaxon-render/values and`,
    ' * @polyaxon-render/templates (Apache-2.0) and @noble/hashes (MIT, see LICENSE-noble-hashes).',
    ' */',
  ].join('\n');
  const common = {
    bundle: true,
    // The render path runs in browsers too: nothing here may assume Node.
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    external,
    banner: { js: banner },
    legalComments: 'inline',
    logLevel: 'warning',
    absWorkingDir: pkg,
  };
  // ES modules: code reached only through a dynamic import() goes to a chunk of its own
  // (dist/lib/chunks/), so that it and the packages it imports load on first use, as in the
  // sources; without splitting, esbuild would hoist its external imports to the entry's top.
  const { metafile } = await esbuild.build({
    ...common,
    metafile: true,
    entryPoints: entries,
    outdir: out,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [libraryReference('.js')],
  });
  // CommonJS: one file per entry (esbuild keeps a dynamic import's requires inside it).
  for (const [name, entry] of Object.entries(entries)) {
    await esbuild.build({
      ...common,
      entryPoints: [entry],
      outfile: join(out, `${name}.cjs`),
      format: 'cjs',
      plugins: [libraryReference('.cjs')],
    });
  }
  for (const input of Object.keys(metafile.inputs)) {
    // The package of an input: after its last node_modules/ (pnpm nests them in .pnpm/).
    const name = /^.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
    if (name !== undefined && !bundledPackages.includes(name)) {
      throw new Error(
        `bundle-lib: ${name} would be bundled (${input}): add it to the dependencies of ${manifest.name}`,
      );
    }
  }
  const templatesRequire = createRequire(requireHere.resolve('@polyaxon-render/templates'));
  const noble = dirname(templatesRequire.resolve('@noble/hashes/sha2.js'));
  cpSync(join(noble, 'LICENSE'), join(out, 'LICENSE-noble-hashes'));
}

/** Module specifiers of a declaration file (`from '...'`, `import('...')`). */
function specifiers(text) {
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((m) => m[1]);
}

/**
 * Copies the declarations reachable from the entry points into `out`: the package's
 * own at the top, each bundled sibling's under vendor/<name>/, with sibling
 * specifiers rewritten to relative paths. Fails on a bare specifier that the
 * installed package could not resolve.
 */
function copyDeclarations(out) {
  rmSync(out, { recursive: true, force: true });
  const roots = [{ dir: dist, target: out }];
  for (const [name, dir] of Object.entries(bundledSiblings)) {
    roots.push({ name, dir, target: join(out, 'vendor', name.split('/')[1]) });
  }
  const place = (file) => {
    for (const root of roots.slice(1)) {
      if (file.startsWith(root.dir + sep)) return join(root.target, relative(root.dir, file));
    }
    return join(out, relative(dist, file));
  };
  const allowed = new Set(external);
  const queue = Object.values(entries).map((f) => f.replace(/\.js$/, '.d.ts'));
  const seen = new Set();
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`bundle-lib: ${file} is missing (run tsc first)`);
    const target = place(file);
    let text = readFileSync(file, 'utf8');
    for (const spec of new Set(specifiers(text))) {
      let resolved;
      if (spec.startsWith('.')) {
        resolved = join(dirname(file), spec.replace(/\.js$/, '.d.ts'));
      } else if (bundledSiblings[spec]) {
        resolved = join(bundledSiblings[spec], 'index.d.ts');
        let rel = relative(dirname(target), place(resolved)).split(sep).join(posix.sep);
        if (!rel.startsWith('.')) rel = `./${rel}`;
        text = text.replaceAll(`'${spec}'`, `'${rel.replace(/\.d\.ts$/, '.js')}'`);
      } else if (!allowed.has(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])) {
        throw new Error(`bundle-lib: ${file} imports ${spec}, which polyaxon-render does not depend on`);
      }
      if (resolved) queue.push(resolved);
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return seen.size;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle();
  const types = join(dist, 'types');
  rmSync(types, { recursive: true, force: true });
  copyDeclarations(join(types, 'esm'));
  cpSync(join(types, 'esm'), join(types, 'cjs'), { recursive: true });
  writeFileSync(join(types, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
}
