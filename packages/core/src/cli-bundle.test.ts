/**
 * The CLI bundle (scripts/bundle-cli.mjs: minified, lazy yaml/handlebars behind
 * Proxies, node:crypto in place of the portable sha256 and random bytes) must
 * print what the sources print. Bundles the TypeScript sources the same way the
 * build does, then runs every golden case through the bundle's runCli, keeping
 * nothing between renders as the real CLI does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
  listDeepCases,
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
    // Plain block YAML is read without the yaml package (values yaml-fast.ts); a flow map needs it.
    expect(await runCli(['-f', '-'], io)).toBe(0);
    expect(loaded()).toEqual(['cli.cjs']);
    expect(await runCli(['-f', '-'], { ...io, readStdin: () => 'a: {b: 1}\n' })).toBe(0);
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
  it("bin/polyaxon-render.js sets V8's flags without a word on stderr, whatever NODE_OPTIONS tells Node", () => {
    // Users' NODE_OPTIONS: each must leave the run exactly as without it (Node's own experimental warnings aside).
    const run = (nodeOptions: string) =>
      spawnSync(process.execPath, [join(tmp, 'bin/polyaxon-render.js'), '--seed', '3', '-f', '-'], {
        input: 'ingress:\n  enabled: true\n',
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...process.env, NODE_OPTIONS: nodeOptions },
      });
    const expected = run('');
    expect(expected.status, expected.stderr).toBe(0);
    expect(expected.stdout).toMatch(/^# Source: polyaxon\/templates\/ing\.yaml$/m);
    const seedWarning = expected.stderr;
    for (const nodeOptions of [
      '--no-deprecation',
      '--throw-deprecation',
      '--pending-deprecation',
      '--trace-deprecation --pending-deprecation',
      '--throw-deprecation --pending-deprecation',
      '--frozen-intrinsics',
      '--disallow-code-generation-from-strings',
    ]) {
      const r = run(nodeOptions);
      expect(r.status, `${nodeOptions}: ${r.stderr}`).toBe(0);
      expect(r.stdout === expected.stdout, `${nodeOptions}: stdout differs`).toBe(true);
      const ours = r.stderr.split('\n').filter((l) => !/ExperimentalWarning|--trace-warnings/.test(l));
      expect(ours.join('\n'), nodeOptions).toBe(seedWarning);
    }
    // --notes too: its handlebars template is precompiled, so no function is built from a string.
    const notes = (nodeOptions: string) =>
      spawnSync(process.execPath, [join(tmp, 'bin/polyaxon-render.js'), '--notes'], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: nodeOptions },
      });
    const plain = notes('');
    const strict = notes('--disallow-code-generation-from-strings');
    expect(strict.status, strict.stderr).toBe(0);
    expect(strict.stdout).toBe(plain.stdout);
    expect(plain.stdout).toMatch(/^Polyaxon is currently running:/);
  });
  it('bin/polyaxon-render.js uses a code cache only when its checksum proves it intact: random bit flips never change a run', () => {
    const run = () =>
      spawnSync(process.execPath, [join(tmp, 'bin/polyaxon-render.js'), '--seed', '9', '-f', '-', '--notes'], {
        input: 'serviceType: NodePort\ningress: {enabled: false}\n',
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
    const files = ['cli.cjs', 'cli-lazy-yaml.cjs', 'cli-lazy-handlebars.cjs'].map((f) => join(outdir, `${f}.v8-cache`));
    for (const f of files) rmSync(f, { force: true });
    const expected = run();
    expect(expected.status, expected.stderr).toBe(0);
    expect(expected.stdout).toMatch(/NodePort|nodePort/);
    const plain = spawnSync(process.execPath, [join(tmp, 'bin/polyaxon-render.js'), '--seed', '9'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    for (const f of files) expect(existsSync(f), f).toBe(true);
    // A fixed seed for the flips, so that a failure can be replayed.
    let seed = 0x5eed;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (const f of files) {
      for (let i = 0; i < 4; i++) {
        const bytes = readFileSync(f);
        // One flip in the header (format tag or checksum), the others anywhere.
        const at = i === 0 ? random(100) : random(bytes.length);
        const bit = random(8);
        bytes[at] ^= 1 << bit;
        writeFileSync(f, bytes);
        const r = run();
        const where = `${f} byte ${at} bit ${bit}`;
        expect(r.status, `${where}: ${r.stderr}`).toBe(0);
        expect(r.stdout === expected.stdout, `${where}: stdout differs`).toBe(true);
        // Thrown away and rebuilt: the next run has an intact cache again.
        expect(readFileSync(f).equals(bytes), `${where}: the damaged cache was kept`).toBe(false);
      }
    }
    // No temporary files left behind.
    expect(readdirSync(outdir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const again = spawnSync(process.execPath, [join(tmp, 'bin/polyaxon-render.js'), '--seed', '9'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(again.stdout === plain.stdout).toBe(true);
  });
  /** Runs a golden case through the real bin (`input` on its standard input) and holds it to helm's result. */
  function expectBinRun(c: GoldenCase, input?: Buffer): void {
    const args = c.notes ? [...c.args, '--notes'] : c.args;
    const r = spawnSync(process.execPath, [join(tmp, 'bin/polyaxon-render.js'), ...args], {
      cwd: c.dir,
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (c.expectedExit !== 0) {
      expect(r.stdout).toBe('');
      expect(r.status).toBe(c.ours?.exit ?? 1);
      expect(r.stderr.split('\n').filter((l) => l.startsWith('Error:'))[0]).toBe(c.error!.split('\n')[0]);
      return;
    }
    expect(r.status, r.stderr).toBe(0);
    const cmp = compareOutputs(
      c.mask ? maskRandom(c.expected!) : c.expected!,
      c.mask ? maskRandom(r.stdout) : r.stdout,
    );
    if (!cmp.identical) expect.fail(`${c.name}: ${cmp.report}`);
  }
  // Values nested near Helm's 10000 levels: the bin renders them on a thread with a larger stack.
  for (const c of listDeepCases()) it(`${c.name} (through the bin)`, () => expectBinRun(c), 240_000);
  // Standard input as the bin reads it (the cases above read the case's file in its place): read
  // once for the nesting check and once for the run, it must give the run what helm's read gave.
  for (const c of cases.filter((x) => x.stdin !== undefined && !x.outputDir))
    it(
      `${c.name} (through the bin, standard input)`,
      () => expectBinRun(c, readFileSync(join(c.dir, c.stdin!))),
      60_000,
    );
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
