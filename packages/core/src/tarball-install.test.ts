/**
 * The packages as a stranger gets them (issue 19): `pnpm -r pack`, then plain
 * `npm install` of the polyaxon-render tarball alone into an empty project in a
 * temporary directory, outside the workspace, and everything the README promises
 * tried there: the CLI through npx, `import`, `require`, the types under
 * `nodenext` and `bundler`, and `polyaxon-render/cdk8s` with the real cdk8s.
 *
 * It packs what `pnpm run build` left in dist/ (CI builds in `pnpm install`).
 * Registry packages (yaml, handlebars, cdk8s, constructs) come from npm's cache
 * (`--offline`); only when one is not cached yet does npm ask the registry
 * (`--prefer-offline`).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
const repoBin = join(root, 'packages/core/bin/polyaxon-render.js');
const tsc = join(root, 'node_modules/.bin/tsc');

/** The example: `polyaxon-render px -n polyaxon --seed 3`, as CLI arguments and as render() options. */
const exampleArgs = ['px', '-n', 'polyaxon', '--seed', '3'];
const exampleOptions = `{ releaseName: 'px', namespace: 'polyaxon', seed: 3 }`;

/**
 * The environment of the commands run here, without what `pnpm test` adds for its own
 * children (npm would read pnpm's settings as its own and warn about them).
 */
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) =>
      !/^npm_(package_|lifecycle_|command$|execpath$|node_execpath$|config_(user_agent|verify_deps_before_run)$)/i.test(
        k,
      ),
  ),
);

function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ENOENT') {
    throw new Error(`${command} ${args.join(' ')}: ${r.error.message}`);
  }
  return { status: r.status, stdout: String(r.stdout), stderr: `${r.error?.message ?? ''}${String(r.stderr)}` };
}

function ok(command: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const r = run(command, args, options);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** `npm install` from npm's cache; from the registry only for what the cache lacks. */
function npmInstall(cwd: string, specs: readonly string[]): void {
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', ...specs];
  const offline = run('npm', [...args, '--offline'], { cwd });
  if (offline.status === 0) return;
  if (!/ENOTCACHED/.test(offline.stderr)) throw new Error(`npm install --offline failed:\n${offline.stderr}`);
  ok('npm', [...args, '--prefer-offline'], { cwd });
}

/** Files in a tarball (`tar` is on every CI machine that runs this). */
const tarballFiles = (file: string) => ok('tar', ['-tzf', file]).split('\n').filter(Boolean);

/** The workspace packages that are published: every package of packages/ not marked private. */
const published = readdirSync(join(root, 'packages'))
  .map(
    (dir) =>
      JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as {
        name: string;
        private?: boolean;
      },
  )
  .filter((m) => m.private !== true)
  .map((m) => m.name);

let tmp: string;
let consumer: string;
let tarballs: string[];
let repoOutput: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'polyaxon-render-install-'));
  const packed = join(tmp, 'tarballs');
  const filters = published.flatMap((name) => ['--filter', name]);
  const pack = ['-r', ...filters, 'pack', '--pack-destination', packed];
  // pnpm as CI installs it, or through npx where it is not on PATH.
  if (run('pnpm', ['--version']).status === 0) ok('pnpm', pack, { cwd: root });
  else ok('npx', ['--yes', 'pnpm@10', ...pack], { cwd: root });
  tarballs = readdirSync(packed)
    .filter((f) => f.endsWith('.tgz'))
    .map((f) => join(packed, f));
  consumer = join(tmp, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const main = tarballs.find((f) => /[/\\]polyaxon-render-\d[^/\\]*\.tgz$/.test(f));
  if (!main) throw new Error(`no polyaxon-render tarball among ${tarballs.join(', ')}`);
  // The polyaxon-render tarball alone: its registry dependencies are all it may need.
  npmInstall(consumer, [main]);
  repoOutput = ok(process.execPath, [repoBin, ...exampleArgs]);
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Runs a file written into the consumer project with Node. */
function runInConsumer(name: string, text: string): string {
  writeFileSync(join(consumer, name), text);
  return ok(process.execPath, [name], { cwd: consumer });
}

/** Type-checks files of the consumer project with the workspace's TypeScript; returns tsc's complaints. */
function typecheck(name: string, compilerOptions: Record<string, unknown>, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) writeFileSync(join(consumer, file), text);
  const options = { strict: true, noEmit: true, types: [], lib: ['es2022'], skipLibCheck: false, ...compilerOptions };
  writeFileSync(join(consumer, name), JSON.stringify({ compilerOptions: options, files: Object.keys(files) }));
  const r = run(tsc, ['-p', name], { cwd: consumer });
  return `${r.stdout}${r.stderr}`.trim() + (r.status === 0 ? '' : `\n(exit ${r.status})`);
}

/** A TypeScript consumer: the values are typed (a misspelt key is an error), render returns text. */
const typedUse = (importLine: string) =>
  [
    importLine,
    `const values: PolyaxonValues = { ingress: { enabled: true }, api: { replicas: 2 } };`,
    `export const yaml: string = render(values, ${exampleOptions});`,
    `// @ts-expect-error: misspelt key`,
    `export const typo: PolyaxonValues = { ingres: { enabled: true } };`,
    '',
  ].join('\n');

describe('the packed tarballs', () => {
  it('are the three packages, each with LICENSE and README, without code caches or tests', () => {
    expect(published.sort()).toEqual(['@polyaxon-render/templates', '@polyaxon-render/values', 'polyaxon-render']);
    expect(tarballs.map((f) => f.replace(/^.*[/\\]/, '')).sort()).toEqual([
      'polyaxon-render-0.1.0.tgz',
      'polyaxon-render-templates-0.1.0.tgz',
      'polyaxon-render-values-0.1.0.tgz',
    ]);
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(license).toContain('Apache License\n                           Version 2.0, January 2004');
    for (const tarball of tarballs) {
      const files = tarballFiles(tarball);
      expect(files, tarball).toContain('package/LICENSE');
      expect(files, tarball).toContain('package/README.md');
      expect(ok('tar', ['-xzOf', tarball, 'package/LICENSE']), tarball).toBe(license);
      const leftovers = files.filter((f) =>
        /\.v8-cache$|\.test\.|[/\\]testing[/\\]|\.tsbuildinfo$|[/\\]src[/\\]/.test(f),
      );
      expect(leftovers, tarball).toEqual([]);
      const manifest = JSON.parse(ok('tar', ['-xzOf', tarball, 'package/package.json'])) as Record<string, unknown>;
      expect(manifest.license).toBe('Apache-2.0');
      expect(manifest.engines).toEqual({ node: '>=20' });
      // pnpm pack turns workspace ranges into versions.
      expect(JSON.stringify(manifest)).not.toContain('workspace:');
    }
  });
});

describe('installed from the polyaxon-render tarball alone', () => {
  it('has no @polyaxon-render packages installed: polyaxon-render carries them', () => {
    expect(readdirSync(join(consumer, 'node_modules'))).not.toContain('@polyaxon-render');
  });

  it('npx polyaxon-render --version', () => {
    // `--no --`: run the installed bin, never download one.
    const out = ok('npx', ['--no', '--', 'polyaxon-render', '--version'], { cwd: consumer });
    expect(out).toMatch(/^polyaxon-render 0\.1\.0\nchart polyaxon 0\.5\.5 /);
  });

  it('npx polyaxon-render px -n polyaxon --seed 3 prints what the repository CLI prints', () => {
    const out = ok('npx', ['--no', '--', 'polyaxon-render', ...exampleArgs], { cwd: consumer });
    expect(out.length).toBeGreaterThan(10_000);
    expect(out).toBe(repoOutput);
  });

  it('import { render } prints the same', () => {
    const out = runInConsumer(
      'esm.mjs',
      `import { render } from 'polyaxon-render';\nprocess.stdout.write(render(undefined, ${exampleOptions}));\n`,
    );
    expect(out).toBe(repoOutput);
  });

  it('require("polyaxon-render").render prints the same', () => {
    const out = runInConsumer(
      'cjs.cjs',
      `const { render } = require('polyaxon-render');\nprocess.stdout.write(render(undefined, ${exampleOptions}));\n`,
    );
    expect(out).toBe(repoOutput);
  });

  it('types: render and PolyaxonValues under moduleResolution nodenext (ESM and CommonJS files)', () => {
    const use = typedUse(`import { render, type PolyaxonValues } from 'polyaxon-render';`);
    const out = typecheck(
      'tsconfig.nodenext.json',
      { module: 'nodenext', moduleResolution: 'nodenext' },
      { 'use-esm.mts': use, 'use-cjs.cts': use },
    );
    expect(out).toBe('');
  });

  it('types: render and PolyaxonValues under moduleResolution bundler', () => {
    const use = typedUse(`import { render, type PolyaxonValues } from 'polyaxon-render';`);
    const out = typecheck(
      'tsconfig.bundler.json',
      { module: 'esnext', moduleResolution: 'bundler' },
      { 'use-bundler.ts': use },
    );
    expect(out).toBe('');
  });

  it('a type error in a consumer is reported (the checks above can fail)', () => {
    const out = typecheck(
      'tsconfig.broken.json',
      { module: 'nodenext', moduleResolution: 'nodenext' },
      { 'broken.mts': `import { render } from 'polyaxon-render';\nexport const n: number = render();\n` },
    );
    expect(out).toMatch(/TS2322/);
  });

  describe('with cdk8s@2 and constructs@10 installed', () => {
    beforeAll(() => npmInstall(consumer, ['cdk8s@~2.70.0', 'constructs@^10.0.0']), 240_000);

    it('new PolyaxonChart(...) then app.synthYaml() gives the objects the CLI prints, in order', () => {
      const program = [
        `import { App } from 'cdk8s';`,
        `import { PolyaxonChart } from 'polyaxon-render/cdk8s';`,
        `const app = new App();`,
        `new PolyaxonChart(app, 'polyaxon', ${exampleOptions});`,
        `process.stdout.write(app.synthYaml());`,
        '',
      ].join('\n');
      const esm = runInConsumer('cdk8s.mjs', program);
      const synthesized = parseAllDocuments(esm).map(
        (d) => d.toJS() as { apiVersion: string; kind: string; metadata: { name: string } },
      );
      // PolyaxonChart modernizes by default: the CLI's --modernize prints the same objects.
      const printed = JSON.parse(ok(process.execPath, [repoBin, ...exampleArgs, '--modernize', '-o', 'json'])) as {
        apiVersion: string;
        kind: string;
        name: string;
      }[];
      expect(synthesized.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`)).toEqual(
        printed.map((d) => `${d.apiVersion} ${d.kind} ${d.name}`),
      );
      // The CommonJS entry of the subpath works too.
      const cjs = runInConsumer(
        'cdk8s.cjs',
        program.replace(/^import \{ (\w+) \} from '([^']+)';$/gm, `const { $1 } = require('$2');`),
      );
      expect(cjs).toBe(esm);
    });

    it('types: PolyaxonChart and its props under nodenext', () => {
      const out = typecheck(
        'tsconfig.cdk8s.json',
        { module: 'nodenext', moduleResolution: 'nodenext' },
        {
          'use-cdk8s.mts': [
            `import { App, ApiObject, JsonPatch } from 'cdk8s';`,
            `import { PolyaxonChart, type PolyaxonChartProps } from 'polyaxon-render/cdk8s';`,
            `const props: PolyaxonChartProps = { releaseName: 'px', namespace: 'polyaxon', values: { ingress: { enabled: true } } };`,
            `const chart = new PolyaxonChart(new App(), 'polyaxon', props);`,
            `const api = chart.findObject('Deployment', 'px-polyaxon-api');`,
            `if (api) ApiObject.of(api).addJsonPatch(JsonPatch.replace('/spec/replicas', 3));`,
            `// @ts-expect-error: the props are readonly`,
            `props.seed = 3;`,
            '',
          ].join('\n'),
        },
      );
      expect(out).toBe('');
    });
  });
});
