/**
 * The render path runs unchanged in a browser (issue 9): nothing the package
 * entry reaches may import a Node built-in. Two checks: a static scan of the
 * values and templates sources and of every core module the entry reaches, and
 * a real browser bundle of the entry (esbuild refuses `node:` imports there).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const alias = {
  '@polyaxon-render/values': join(root, 'packages/values/src/index.ts'),
  '@polyaxon-render/templates': join(root, 'packages/templates/src/index.ts'),
};
/** Modules that are the CLI's Node side, not part of what the entry exports. */
const nodeSide = new Set(['packages/core/src/bin.ts', 'packages/core/src/cli-main.ts']);

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Module specifiers of static imports, re-exports, dynamic imports and requires. */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1]);
  return out;
}

function nodeImports(source: string): string[] {
  return specifiers(source).filter((s) => s.startsWith('node:') || builtins.has(s));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

async function browserBundle(entry: { file?: string; contents?: string }) {
  return esbuild.build({
    ...(entry.file
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents!, resolveDir: root, loader: 'ts' as const } }),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
    alias,
  });
}

describe('no Node built-ins on the render path', () => {
  it('finds the imports it looks for', () => {
    const sample = `import { a } from 'node:fs';\nexport * from "path";\nconst c = await import('node:crypto');\nconst u = require('util');\nimport './x.js';\nimport y from 'yaml';`;
    expect(nodeImports(sample)).toEqual(['node:fs', 'path', 'node:crypto', 'util']);
  });

  it.each(['packages/values/src', 'packages/templates/src'])('%s imports no Node built-in', (dir) => {
    const offenders = sourceFiles(join(root, dir)).flatMap((f) =>
      nodeImports(readFileSync(f, 'utf8')).map((s) => `${relative(root, f)}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('core modules reached from the package entry import no Node built-in', async () => {
    const r = await browserBundle({ file: join(root, 'packages/core/src/index.ts') });
    const coreModules = Object.keys(r.metafile.inputs).filter((p) => p.startsWith('packages/core/src/'));
    expect(coreModules).toContain('packages/core/src/render.ts');
    const offenders = coreModules
      .filter((p) => !nodeSide.has(p))
      .flatMap((p) => nodeImports(readFileSync(join(root, p), 'utf8')).map((s) => `${p}: ${s}`));
    expect(offenders).toEqual([]);
    expect(Object.keys(r.metafile.inputs).filter((p) => nodeSide.has(p))).toEqual([]);
  });

  it('the package entry bundles for a browser', async () => {
    const r = await browserBundle({ file: join(root, 'packages/core/src/index.ts') });
    expect(Object.keys(r.metafile.inputs).filter((p) => p.startsWith('node:'))).toEqual([]);
    expect(r.outputFiles[0].contents.length).toBeGreaterThan(0);
  });

  it('a browser bundle refuses a Node built-in (the check can fail)', async () => {
    await expect(
      browserBundle({ contents: `import { readFileSync } from 'node:fs'; export const f = readFileSync;` }),
    ).rejects.toThrow(/node:fs/);
  });
});
