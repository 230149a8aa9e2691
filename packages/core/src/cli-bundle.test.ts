/**
 * The CLI bundle (scripts/bundle-cli.mjs: minified, lazy yaml/handlebars behind
 * Proxies, node:crypto in place of the portable sha256 and random bytes) must
 * print what the sources print. Bundles the TypeScript sources the same way the
 * build does, then runs every golden case through the bundle's runCli, keeping
 * nothing between renders as the real CLI does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareOutputs,
  firstDiff,
  helmText,
  listCases,
  maskRandom,
  type GoldenCase,
} from '../../../fixtures/harness.js';
import type { CliIO } from './cli.js';

type RunCli = (argv: readonly string[], io: CliIO) => Promise<number>;
type BundleCli = (options: { entry: string; outdir: string; alias?: Record<string, string> }) => Promise<void>;

const root = resolve(import.meta.dirname, '../../..');
const cases = listCases();
let tmp: string;
let outdir: string;
let runCli: RunCli;
/** The bundle's readers (cli-main.ts), so that their RenderErrors are the bundle's. */
let readers: { goBytesToString: (b: Uint8Array) => string; valuesFileText: (b: Uint8Array, name: string) => string };

beforeAll(async () => {
  // A package layout (bin/ next to dist/) so that the real bin can run the bundle.
  tmp = mkdtempSync(join(tmpdir(), 'cli-bundle-test-'));
  outdir = join(tmp, 'dist');
  mkdirSync(outdir);
  cpSync(join(root, 'packages/core/bin'), join(tmp, 'bin'), { recursive: true });
  const script = pathToFileURL(join(root, 'packages/core/scripts/bundle-cli.mjs')).href;
  const { bundleCli } = (await import(script)) as { bundleCli: BundleCli };
  await bundleCli({
    entry: join(root, 'packages/core/src/cli-main.ts'),
    outdir,
    alias: {
      '@polyaxon-render/values': join(root, 'packages/values/src/index.ts'),
      '@polyaxon-render/templates': join(root, 'packages/templates/src/index.ts'),
    },
  });
  const bundle = createRequire(join(outdir, 'cli.cjs'))('./cli.cjs') as {
    runCli: RunCli;
  } & typeof readers;
  runCli = bundle.runCli;
  readers = bundle;
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** As the golden harness's runCase, with the bundle's runCli. */
async function runBundled(c: GoldenCase) {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const key = (p: string) => posix.normalize(p.split(sep).join('/')).replace(/^\.\//, '');
  const code = await runCli(c.notes ? [...c.args, '--notes'] : c.args, {
    readFile: (p) => readers.goBytesToString(readFileSync(resolve(c.dir, p))),
    readValuesFile: (p) => readers.valuesFileText(readFileSync(resolve(c.dir, p)), p),
    readStdin: () => (c.stdin ? readers.valuesFileText(readFileSync(join(c.dir, c.stdin)), '-') : ''),
    writeFile: (p, data, append) => {
      const k = key(p);
      files.set(k, append ? (files.get(k) ?? '') + data : data);
    },
    fileExists: (p) => files.has(key(p)),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr, files };
}

describe('the CLI bundle prints what helm printed', () => {
  it('has golden cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it('loads yaml and handlebars only when a run needs them', async () => {
    const req = createRequire(join(outdir, 'cli.cjs'));
    const loaded = () =>
      Object.keys(req.cache)
        .filter((p) => p.startsWith(outdir))
        .map((p) => p.slice(outdir.length + 1))
        .sort();
    expect(loaded()).toEqual(['cli.cjs']);
    const io = {
      readFile: () => '',
      readStdin: () => 'a: 1\n',
      writeFile: () => {},
      fileExists: () => false,
      stdout: () => {},
      stderr: () => {},
    };
    expect(await runCli([], io)).toBe(0);
    expect(loaded()).toEqual(['cli.cjs']);
    expect(await runCli(['-f', '-'], io)).toBe(0);
    expect(loaded()).toEqual(['cli-lazy-yaml.cjs', 'cli.cjs']);
    expect(await runCli(['--notes'], io)).toBe(0);
    expect(loaded()).toEqual(['cli-lazy-handlebars.cjs', 'cli-lazy-yaml.cjs', 'cli.cjs']);
  });
  it('has no dynamic import() (bin/polyaxon-render.js runs it with vm.Script, which has no module loader)', () => {
    expect(readFileSync(join(outdir, 'cli.cjs'), 'utf8')).not.toMatch(/\bimport\(/);
  });
  it('bin/polyaxon-render.js runs the bundle, writes its code cache, then uses it', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(tmp, 'bin/polyaxon-render.js'), ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
    const cache = join(outdir, 'cli.cjs.v8-cache');
    expect(existsSync(cache)).toBe(false);
    const first = run('--seed', '5', '--set', 'ingress.enabled=true');
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(cache)).toBe(true);
    const cached = readFileSync(cache);
    const second = run('--seed', '5', '--set', 'ingress.enabled=true');
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toMatch(/^# Source: polyaxon\/templates\/ing\.yaml$/m);
    // Accepted, so not rewritten.
    expect(readFileSync(cache).equals(cached)).toBe(true);
    const bad = run('--no-such-flag');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown flag: --no-such-flag/);
  });
  it("bin/polyaxon-render.js sets V8's flags without a word on stderr, even when Node is told to report deprecations", () => {
    for (const nodeFlags of [
      [],
      ['--pending-deprecation'],
      ['--throw-deprecation'],
      ['--trace-deprecation', '--pending-deprecation'],
    ]) {
      const r = spawnSync(process.execPath, [...nodeFlags, join(tmp, 'bin/polyaxon-render.js')], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^# Source: polyaxon\/templates\/api-deployment\.yaml$/m);
    }
  });
  for (const c of cases) {
    it(c.name, async () => {
      const r = await runBundled(c);
      if (c.expectedExit !== 0) {
        expect(r.stdout, `helm failed with: ${c.error}`).toBe('');
        expect(r.code, `helm failed with: ${c.error}\nours said: ${r.stderr}`).not.toBe(0);
        if (c.ours?.exit !== undefined) expect(r.code).toBe(c.ours.exit);
        // Helm's text, once our own warning/hint lines are set aside.
        if (c.ours?.stderr !== undefined) expect(helmText(r.stderr)).toBe(c.ours.stderr);
        return;
      }
      expect(r.code, `the bundle failed where helm succeeded: ${r.stderr}`).toBe(0);
      if (c.ours?.stderr !== undefined) expect(r.stderr).toBe(c.ours.stderr);
      const exp = c.mask ? maskRandom(c.expected!) : c.expected!;
      const act = c.mask ? maskRandom(r.stdout) : r.stdout;
      if (c.outputDir || c.notes) {
        if (exp !== act) expect.fail(`${c.name}: stdout differs at ${firstDiff(exp, act)}`);
      } else {
        const cmp = compareOutputs(exp, act);
        if (!cmp.identical) expect.fail(`${c.name}: ${cmp.report}`);
      }
      for (const [path, text] of c.tree ?? []) {
        const e = c.mask ? maskRandom(text) : text;
        const a = c.mask ? maskRandom(r.files.get(path) ?? '') : (r.files.get(path) ?? '');
        if (e !== a) expect.fail(`${c.name}: ${path}: ${compareOutputs(e, a).report}`);
      }
    });
  }
});
