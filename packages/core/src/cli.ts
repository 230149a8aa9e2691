/**
 * `polyaxon-render [NAME] [flags]`: `helm template` for the built-in Polyaxon
 * 0.5.5 chart. Everything is rendered in memory first, so a failure prints
 * nothing on stdout and writes no files. Exit codes: 0 ok, 1 render or input
 * error, 2 usage error.
 */
import { RenderError } from '@polyaxon-render/values';
import { flagSpecs } from './cli-flags.js';
import { parseArgs, type ParsedArgs } from './parse-args.js';
import { render, renderDocuments, type RenderOptions } from './render.js';
import { chartVersions, toolVersion } from './version.js';

/** What the CLI needs from its environment; the bin passes Node's, tests pass fakes. */
export interface CliIO {
  /** Reads a file given on the command line (relative to the working directory). */
  readFile(path: string): string;
  /** Reads all of standard input (for `-f -`). */
  readStdin(): string;
  /** Creates or appends to a file, making parent folders (for --output-dir). */
  writeFile(path: string, data: string, append: boolean): void;
  fileExists(path: string): boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Seconds since the epoch, for --generate-name. */
  now(): number;
}

function one(p: ParsedArgs, name: string): string | undefined {
  const v = p.flags.get(name);
  return v === undefined ? undefined : v[v.length - 1];
}
const all = (p: ParsedArgs, name: string): string[] => p.flags.get(name) ?? [];
const bool = (p: ParsedArgs, name: string): boolean => one(p, name) === 'true';

export function helpText(): string {
  const rows = flagSpecs
    .filter((f) => !f.ignored)
    .map((f) => {
      const left = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.kind === 'bool' ? '' : f.kind === 'string' ? ' string' : ' strings'}`;
      return `  ${left.padEnd(30)} ${f.help}`;
    });
  const ignored = flagSpecs.filter((f) => f.ignored).map((f) => `--${f.name}`);
  return [
    'polyaxon-render: `helm template` for the Polyaxon 0.5.5 chart, without helm.',
    '',
    'Usage:',
    '  polyaxon-render [NAME] [flags]',
    '',
    'Prints the manifests `helm template NAME polyaxon/polyaxon --version 0.5.5 [flags]` would print',
    `(${chartVersions()}), byte for byte.`,
    '',
    'Flags:',
    ...rows,
    '',
    `Accepted for compatibility with helm and ignored: ${ignored.join(' ')}`,
    '',
    'Exit codes: 0 success, 1 render or input error, 2 usage error.',
    '',
  ].join('\n');
}

/** Runs the CLI; returns the exit code. Never throws for user mistakes. */
export function runCli(argv: readonly string[], io: CliIO): number {
  try {
    return run(argv, io);
  } catch (e) {
    if (e instanceof RenderError) {
      io.stderr(`Error: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}

function run(argv: readonly string[], io: CliIO): number {
  const p = parseArgs(argv);
  if (bool(p, 'help')) {
    io.stdout(helpText());
    return 0;
  }
  if (bool(p, 'version')) {
    io.stdout(`polyaxon-render ${toolVersion} (${chartVersions()})\n`);
    return 0;
  }
  const generate = bool(p, 'generate-name');
  const nameTemplate = one(p, 'name-template');
  const positionals = [...p.positionals];
  let releaseName: string;
  if (generate || nameTemplate) {
    if (positionals.length > 0) chartArgument(positionals.shift()!, io);
    releaseName = nameTemplate ? nameFromTemplate(nameTemplate) : `polyaxon-${io.now()}`;
  } else {
    releaseName = positionals.shift() ?? 'release-name';
  }
  if (positionals.length > 0) chartArgument(positionals.shift()!, io);
  if (positionals.length > 0) {
    throw new RenderError('usage', `expected at most two arguments, unexpected arguments: ${positionals.join(', ')}`);
  }

  const output = one(p, 'output') ?? 'yaml';
  if (output !== 'yaml' && output !== 'json') throw new RenderError('usage', `invalid --output "${output}": use yaml or json`);
  const seedText = one(p, 'seed');
  let seed: number | undefined;
  if (seedText !== undefined) {
    if (!/^[0-9]+$/.test(seedText)) throw new RenderError('usage', `invalid --seed "${seedText}": use a whole number`);
    seed = Number(seedText) >>> 0;
    io.stderr('warning: --seed makes every generated secret predictable; do not deploy them\n');
  }

  const valueFiles = all(p, 'values').map((path) => ({
    name: path,
    text: path.trim() === '-' ? io.readStdin() : readUserFile(io, path),
  }));
  const options: RenderOptions = {
    releaseName,
    namespace: one(p, 'namespace') || 'default',
    kubeVersion: one(p, 'kube-version'),
    apiVersions: all(p, 'api-versions'),
    showOnly: all(p, 'show-only'),
    noHooks: bool(p, 'no-hooks'),
    skipTests: bool(p, 'skip-tests'),
    isUpgrade: bool(p, 'is-upgrade'),
    valueFiles,
    setJson: all(p, 'set-json'),
    set: all(p, 'set'),
    setString: all(p, 'set-string'),
    setFile: all(p, 'set-file'),
    setLiteral: all(p, 'set-literal'),
    // strvals wraps a --set-file read failure itself ("failed parsing --set-file data: open x: …").
    readFile: (path: string) => {
      try {
        return readUserFile(io, path);
      } catch (e) {
        throw new Error((e as Error).message);
      }
    },
    seed,
    warn: (m) => io.stderr(`${m}\n`),
  };

  const outputDir = one(p, 'output-dir');
  if (outputDir !== undefined && outputDir !== '') {
    writeOutputDir(bool(p, 'release-name') ? `${outputDir}/${releaseName}` : outputDir, options, io);
    return 0;
  }
  if (output === 'json') {
    io.stdout(JSON.stringify(renderDocuments(undefined, options), null, 2) + '\n');
    return 0;
  }
  io.stdout(render(undefined, options));
  return 0;
}

function readUserFile(io: CliIO, path: string): string {
  try {
    return io.readFile(path);
  } catch (e) {
    if (e instanceof RenderError) throw e;
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((e as Error).message);
    throw new RenderError('values-file', `open ${path}: ${why}`, { file: path });
  }
}

function chartArgument(arg: string, io: CliIO): void {
  io.stderr(`warning: ignoring chart argument "${arg}": polyaxon-render only renders its built-in Polyaxon 0.5.5 chart\n`);
}

/** --name-template: only plain names are supported (no template actions). */
function nameFromTemplate(t: string): string {
  if (t.includes('{{')) throw new RenderError('usage', '--name-template with template actions is not supported; give the name as NAME');
  return t;
}

/**
 * --output-dir: one file per template under DIR/<chart path>, each document
 * written as `---\n# Source: …\n…\n` (appended for a template's later documents),
 * and a "wrote <file>" line per document, as helm prints them.
 */
function writeOutputDir(dir: string, options: RenderOptions, io: CliIO): void {
  const docs = renderDocuments(undefined, { ...options, showOnly: undefined });
  const written = new Set<string>();
  let out = '';
  const writes: { path: string; data: string; append: boolean }[] = [];
  for (const d of docs) {
    const path = `${dir}/${d.source}`;
    // Helm appends a hook to a file that already exists on disk (template.go).
    const append = written.has(d.source) || (d.hook && io.fileExists(path));
    writes.push({ path, data: `---\n# Source: ${d.source}\n${d.text}\n`, append });
    written.add(d.source);
    out += `wrote ${path}\n`;
  }
  for (const w of writes) io.writeFile(w.path, w.data, w.append);
  io.stdout(out + '\n');
}
