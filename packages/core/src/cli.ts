/**
 * `polyaxon-render [NAME] [flags]`: `helm template` for the built-in Polyaxon
 * 0.5.5 chart. Everything is rendered in memory first, so a failure prints
 * nothing on stdout and writes no files. Exit codes: 0 ok, 1 render or input
 * error, 2 usage error.
 */
import { errorHints } from './error-hints.js';
import { RenderError, formatFindings, validate, validateUserValues, type GoMap } from '@polyaxon-render/values';
import { flagSpecs } from './cli-flags.js';
import { parseArgs, type ParsedArgs } from './parse-args.js';
// notes.ts loads handlebars itself, on first use (a static import here keeps the bundle's modules
// unwrapped: esbuild wraps every module a dynamic import reaches in a lazy initializer).
import { renderNotes } from './notes.js';
import { render, renderDocuments, type RenderedDocument, type RenderOptions } from './render.js';
import type { Renderer } from './renderer.js';
import { selectDocuments } from './show-only.js';
import { chartVersion, chartVersions, toolVersion } from './version.js';
import { ModernizeError } from './modernize/modernize.js';
import { findingLine, loadSchemas, verifyWith, type Schemas, type VerifiableDocument } from './modernize/verify.js';
import { documentsOfText, whereSet } from './modernize/cli-report.js';
import { fixStrings, fixStringsInText } from './modernize/string-fixes.js';

/** What the CLI needs from its environment; the bin passes Node's, tests pass fakes. */
export interface CliIO {
  /** Reads a file given on the command line (relative to the working directory); for --set-file, bytes as Go keeps them. */
  readFile(path: string): string;
  /**
   * Reads a -f values file as libyaml decodes its bytes (UTF-16 by BOM; bad UTF-8 fails with Helm's error).
   * @default readFile
   */
  readValuesFile?(path: string): string;
  /** Reads all of standard input (for `-f -`), decoded as readValuesFile does. */
  readStdin(): string;
  /** Creates or appends to a file, making parent folders (for --output-dir). */
  writeFile(path: string, data: string, append: boolean): void;
  fileExists(path: string): boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Renders through this renderer instead of render() (fixtures/renderer.test.ts runs
   * the golden cases through one).
   * @default none: every render keeps nothing, as one process renders once
   */
  readonly renderer?: Renderer;
}

/** Exit codes, as documented in the README. */
export const exitCodes = { ok: 0, error: 1, usage: 2 } as const;

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
      const arg = f.kind === 'bool' ? '' : f.kind === 'string' ? ' string' : ' strings';
      const left = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.optionalValue ? ` [${f.optionalValue}]` : arg}`;
      return `  ${left.padEnd(32)} ${f.help}`;
    });
  const ignored = flagSpecs.filter((f) => f.ignored).map((f) => `--${f.name}`);
  const wrapped: string[] = [];
  let line = ' ';
  for (const name of ignored) {
    if (line.length + name.length + 1 > 100) {
      wrapped.push(line);
      line = ' ';
    }
    line += ` ${name}`;
  }
  wrapped.push(line);
  return [
    'polyaxon-render: `helm template` for the Polyaxon 0.5.5 chart, without helm.',
    '',
    'Usage:',
    '  polyaxon-render [NAME] [flags]',
    '',
    'Prints, byte for byte, what `helm template NAME polyaxon/polyaxon --version 0.5.5 [flags]` prints.',
    'NAME defaults to "release-name", as with helm template. No chart argument is needed:',
    `  ${chartVersions()}`,
    '',
    'Flags:',
    ...rows,
    '',
    'Accepted for compatibility with helm template, without effect (there is no cluster or chart repository):',
    ...wrapped,
    '',
    'Exit codes: 0 success, 1 render or input error, 2 usage error.',
    '',
  ].join('\n');
}

/**
 * Runs the CLI; resolves to the exit code. User mistakes are reported on
 * stderr as one `Error: …` line (nothing on stdout); only bugs reject.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const hints: string[] = [];
  try {
    return await run(argv, io, hints);
  } catch (e) {
    // --modernize's refusal: one line per problem.
    if (e instanceof ModernizeError) {
      for (const line of e.message.split('\n')) io.stderr(`Error: ${line}\n`);
      return exitCodes.error;
    }
    if (e instanceof RenderError) {
      // Helm's words exactly, a line break in a quoted value included (cobra prints the error as it
      // is); a usage error quoting a flag stays on one line.
      io.stderr(`Error: ${e.code === 'usage' ? oneLine(e.message) : e.message}\n${renderFailed(e) ? DEBUG_HINT : ''}`);
      for (const h of hints) io.stderr(`hint: ${oneLine(h)}\n`);
      return e.exitCode;
    }
    // The JavaScript stack or string length ran out (render() turns its own into RenderErrors): a limit, not a crash.
    if (e instanceof RangeError) {
      io.stderr(`Error: input too large or too deeply nested for polyaxon-render (${e.message})\n`);
      return exitCodes.error;
    }
    // A file system failure while writing --output-dir (Node's SystemError) is the user's, not a bug.
    if (
      e instanceof Error &&
      typeof (e as { code?: unknown }).code === 'string' &&
      (e as { syscall?: unknown }).syscall
    ) {
      io.stderr(`Error: ${oneLine(e.message)}\n`);
      return exitCodes.error;
    }
    throw e;
  }
}

/**
 * helm template (cmd/helm/template.go) adds this paragraph when the release was made but
 * rendering it failed: a template's execution error or a rendered document that is not YAML.
 */
const DEBUG_HINT = '\nUse --debug flag to render out invalid YAML\n';
const renderFailed = (e: RenderError) => e.code === 'template' || e.code === 'manifest';

/** Messages may quote multi-line input; the error stays on one line. */
function oneLine(message: string): string {
  return message.replace(/\r?\n/g, '\\n');
}

function usage(message: string, flag?: string): RenderError {
  return new RenderError('usage', message, flag ? { flag } : {});
}

/** `hints` receives the hint lines for a render that fails (printed after the error). */
async function run(argv: readonly string[], io: CliIO, hints: string[]): Promise<number> {
  const p = parseArgs(argv);
  if (bool(p, 'help')) {
    io.stdout(helpText());
    return exitCodes.ok;
  }
  const versionFlag = one(p, 'version');
  if (versionFlag === '') {
    io.stdout(versionText());
    return exitCodes.ok;
  }
  // helm's `--version` is the chart version constraint; only 0.5.5 is built in.
  if (versionFlag !== undefined && versionFlag.replace(/^[v=]+/, '') !== chartVersion) {
    throw usage(
      `--version ${versionFlag}: polyaxon-render renders chart version ${chartVersion} only (give --version ${chartVersion}, or leave it out)`,
      '--version',
    );
  }

  const releaseName = releaseNameOf(p, io);
  const output = one(p, 'output') ?? 'yaml';
  if (output !== 'yaml' && output !== 'json') throw usage(`invalid --output "${output}": use yaml or json`, '--output');
  const outputDir = one(p, 'output-dir') ?? '';
  const notes = bool(p, 'notes');
  if (notes && (outputDir !== '' || output === 'json'))
    throw usage('--notes prints the NOTES text: leave out --output-dir and --output json', '--notes');
  if (outputDir !== '' && output === 'json')
    throw usage('--output json prints to stdout: leave out --output-dir', '--output');

  const seedText = one(p, 'seed');
  let seed: number | undefined;
  if (seedText !== undefined) {
    if (!/^[0-9]+$/.test(seedText) || Number(seedText) > 0xffffffff) {
      throw usage(`invalid --seed "${seedText}": use a whole number from 0 to 4294967295`, '--seed');
    }
    seed = Number(seedText);
    io.stderr(
      'warning: --seed makes every generated secret predictable from the seed: these secrets are not secret, do not deploy them\n',
    );
  }

  // Loaded before the values are read: Node 20's ES module loader fails to resolve the schema
  // packages' own dependencies once standard input has been read with readFileSync(0) (`-f -`).
  const schemas: Schemas | undefined = bool(p, 'verify') || bool(p, 'modernize') ? await loadSchemas() : undefined;
  let options: RenderOptions = {
    releaseName,
    namespace: one(p, 'namespace') || 'default',
    kubeVersion: one(p, 'kube-version'),
    apiVersions: all(p, 'api-versions'),
    showOnly: all(p, 'show-only'),
    noHooks: bool(p, 'no-hooks'),
    skipTests: bool(p, 'skip-tests'),
    isUpgrade: bool(p, 'is-upgrade'),
    valueFiles: readValueFiles(all(p, 'values'), io),
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
    modernize: bool(p, 'modernize'),
  };

  // Not helm: the user's values (before chart defaults) against the chart's values schema. Helm renders
  // such values silently, so findings are warnings; --strict refuses to render when there are any.
  const strict = bool(p, 'strict');
  const sources = {
    files: options.valueFiles,
    setJSON: options.setJson,
    set: options.set,
    setString: options.setString,
    setFile: options.setFile,
    setLiteral: options.setLiteral,
    readFile: options.readFile,
  };
  let warnFindings = () => {};
  if (strict) {
    const findings = validateUserValues(sources);
    for (const line of formatFindings(findings)) io.stderr(`Error: ${oneLine(line)}\n`);
    if (findings.length > 0) return exitCodes.error;
  } else {
    // The render hands over the merged user values and its decoded files (coalescing copies what it
    // changes, so they stay as merged); only when they have findings are flag arguments parsed
    // again, and only those that may have written a finding's path, to say which one it came from.
    let user: GoMap | undefined;
    let decoded: readonly GoMap[] = [];
    options = {
      ...options,
      onUserValues: (v, files) => {
        if (user !== undefined) return;
        user = v;
        decoded = files;
      },
    };
    warnFindings = () => {
      if (user === undefined || validate(user).length === 0) return;
      for (const line of formatFindings(validateUserValues({ ...sources, decoded, merged: user })))
        io.stderr(`warning: ${oneLine(line)}\n`);
    };
  }
  // Not helm: --verify checks the printed objects against the target Kubernetes (warnings; --strict refuses);
  // --modernize refuses objects it could not make valid.
  const modernize = options.modernize === true;
  const checkObjects = async (docs: readonly VerifiableDocument[]): Promise<boolean> => {
    if (schemas === undefined) return true;
    const findings = verifyWith(schemas, docs, { kubeVersion: options.kubeVersion });
    if (findings.length === 0) return true;
    const refuse = strict || modernize;
    const values = refuse ? validateUserValues(sources) : [];
    for (const f of findings)
      io.stderr(`${refuse ? 'Error' : 'warning'}: ${oneLine(findingLine(f) + whereSet(f.path, values))}\n`);
    return !refuse;
  };
  // --modernize's schema-guided fix: numbers and booleans where Kubernetes wants a string, as printed.
  const withStrings = (docs: readonly RenderedDocument[]): RenderedDocument[] =>
    docs.map((d) => {
      if (!modernize || schemas === undefined) return d;
      const text = fixStrings(schemas, d.text);
      return text === d.text ? d : { ...d, text };
    });
  try {
    return await renderTo(
      { notes, outputDir, output, releaseNameDir: bool(p, 'release-name') },
      options,
      io,
      warnFindings,
      { modernize, schemas, checkObjects, withStrings },
    );
  } catch (e) {
    // As on success, the values-check findings come first: they often explain the failure.
    if (e instanceof RenderError && (renderFailed(e) || e.code === 'values')) {
      warnFindings();
      hints.push(...errorHints(e, sources));
    }
    throw e;
  }
}

/** --modernize and --verify over the printed objects (run() builds them from the flags). */
interface ObjectChecks {
  readonly modernize: boolean;
  readonly schemas: Schemas | undefined;
  /** Prints the findings; false when they refuse the render. */
  readonly checkObjects: (docs: readonly VerifiableDocument[]) => Promise<boolean>;
  /** --modernize's schema-guided string fix. */
  readonly withStrings: (docs: readonly RenderedDocument[]) => RenderedDocument[];
}

/** What to print: the NOTES, files under --output-dir, JSON or the manifests. */
interface OutputMode {
  readonly notes: boolean;
  readonly outputDir: string;
  readonly output: string;
  /** --release-name: --output-dir files go under a folder named for the release. */
  readonly releaseNameDir: boolean;
}

async function renderTo(
  { notes, outputDir, output, releaseNameDir }: OutputMode,
  options: RenderOptions,
  io: CliIO,
  warnFindings: () => void,
  { modernize, schemas, checkObjects, withStrings }: ObjectChecks,
): Promise<number> {
  if (notes) {
    const text = await (io.renderer?.renderNotes ?? renderNotes)(undefined, options);
    warnFindings();
    io.stdout(text);
    return exitCodes.ok;
  }
  if (outputDir !== '') {
    const docs = withStrings(
      (io.renderer?.renderDocuments ?? renderDocuments)(undefined, { ...options, showOnly: undefined }),
    );
    if (!(await checkObjects(docs.map((d) => ({ source: d.source, text: d.text }))))) return exitCodes.error;
    writeOutputDir(outputDir, releaseNameDir, options, io, docs);
    warnFindings();
    return exitCodes.ok;
  }
  if (output === 'json') {
    const docs = (io.renderer?.renderDocuments ?? renderDocuments)(undefined, { ...options, showOnly: undefined });
    const patterns = options.showOnly ?? [];
    const chosen = withStrings(patterns.length > 0 ? selectDocuments(docs, patterns) : docs);
    if (!(await checkObjects(chosen))) return exitCodes.error;
    const json = documentsJson(chosen);
    warnFindings();
    io.stdout(json);
    return exitCodes.ok;
  }
  const rendered = (io.renderer?.render ?? render)(undefined, options);
  const text = modernize && schemas ? fixStringsInText(schemas, rendered) : rendered;
  if (!(await checkObjects(documentsOfText(text)))) return exitCodes.error;
  warnFindings();
  io.stdout(text);
  return exitCodes.ok;
}

function versionText(): string {
  return `polyaxon-render ${toolVersion}\n${chartVersions()}\n`;
}

/** `--output json`: the documents as a JSON array, one object per document. */
export function documentsJson(docs: readonly RenderedDocument[]): string {
  const rows = docs.map((d) => ({
    source: d.source,
    kind: d.kind,
    name: d.name,
    apiVersion: d.apiVersion,
    hook: d.hook,
    text: d.text,
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}

function readValueFiles(paths: readonly string[], io: CliIO): { name: string; text: string }[] {
  let stdin: string | undefined;
  return paths.map((path) => {
    // values.go readFile: "-" (trimmed) reads stdin; a second "-" finds it drained.
    if (path.trim() === '-') {
      const text = stdin === undefined ? io.readStdin() : '';
      stdin = text;
      return { name: path, text };
    }
    return { name: path, text: readUserFile(io, path, true) };
  });
}

function readUserFile(io: CliIO, path: string, values = false): string {
  try {
    return values && io.readValuesFile ? io.readValuesFile(path) : io.readFile(path);
  } catch (e) {
    if (e instanceof RenderError) throw e;
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file or directory'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : code === 'ENOTDIR'
              ? 'not a directory'
              : String((e as Error).message);
    // Go's os.ReadFile error, as helm prints it: "open <path>: <reason>".
    throw new RenderError('values-file', code === 'EISDIR' ? `read ${path}: ${why}` : `open ${path}: ${why}`, {
      file: path,
    });
  }
}

/** A chart reference: anything with a slash, or a packaged chart. */
const looksLikeChart = (arg: string) => arg.includes('/') || arg.endsWith('.tgz');

/** The built-in chart, as people name it: polyaxon/polyaxon, ./polyaxon, polyaxon-0.5.5.tgz, oci://…/polyaxon. */
function isPolyaxonChart(arg: string): boolean {
  const base = arg.replace(/\/+$/, '').split('/').pop() ?? '';
  return /^polyaxon(-0\.5\.5(\.tgz)?)?$/.test(base);
}

/**
 * The release name from `[NAME] [CHART]` and --name-template/--generate-name,
 * as install.go's NameAndChart decides it under `helm template` (which names
 * the release "release-name" unless told otherwise, so --generate-name keeps it).
 */
function releaseNameOf(p: ParsedArgs, io: CliIO): string {
  const names: string[] = [];
  p.positionals.forEach((arg, i) => {
    if (!(looksLikeChart(arg) || (i > 0 && isPolyaxonChart(arg)))) {
      names.push(arg);
      return;
    }
    if (!isPolyaxonChart(arg)) {
      throw usage(
        `polyaxon-render renders only its built-in Polyaxon ${chartVersion} chart, not ${JSON.stringify(arg)}: leave the chart argument out`,
      );
    }
    io.stderr(
      `note: chart argument ${JSON.stringify(arg)} ignored: polyaxon-render always renders its built-in Polyaxon ${chartVersion} chart\n`,
    );
  });
  if (names.length > 1) {
    throw usage(
      `expected at most one argument (the release NAME), unexpected arguments: ${names.slice(1).join(', ')} (polyaxon-render renders its built-in Polyaxon ${chartVersion} chart: no chart argument is needed)`,
    );
  }
  const nameTemplate = one(p, 'name-template') ?? '';
  if (names.length === 1) {
    if (bool(p, 'generate-name')) throw usage('cannot set --generate-name and also specify a name', '--generate-name');
    if (nameTemplate !== '') throw usage('cannot set --name-template and also specify a name', '--name-template');
    return names[0];
  }
  if (nameTemplate !== '') {
    // No Go template is evaluated at run time: a template with actions is refused.
    if (nameTemplate.includes('{{')) {
      throw usage(
        '--name-template with template actions ({{ … }}) is not supported: give the release name as NAME',
        '--name-template',
      );
    }
    return nameTemplate;
  }
  return 'release-name';
}

/** Go's path.Clean for slash paths (filepath.Join cleans the --release-name path). */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const s = (rooted ? '/' : '') + out.join('/');
  return s === '' ? '.' : s;
}

/**
 * --output-dir: one file per template under DIR/<chart path> (DIR/NAME/… with
 * --release-name), each document written as `---\n# Source: …\n…\n`, and a
 * `wrote <file>` line per document, as helm does it (install.go writeToFile,
 * template.go). All documents are rendered before the first file is written.
 */
function writeOutputDir(
  outputDir: string,
  useReleaseName: boolean,
  options: RenderOptions,
  io: CliIO,
  docs: readonly RenderedDocument[],
): void {
  // helm writes the files and then finds an empty stream for --show-only to pick from.
  const showOnly = options.showOnly ?? [];
  if (showOnly.length > 0)
    throw new RenderError('usage', `could not find template ${showOnly[0]} in chart`, { flag: '--show-only' });
  // filepath.Join cleans DIR/NAME; without --release-name, helm joins DIR and the path with a bare "/".
  const dir = useReleaseName ? cleanPath(`${outputDir}/${options.releaseName}`) : outputDir;
  const written = new Set<string>();
  const writes: { path: string; data: string; append: boolean }[] = [];
  let out = '';
  for (const d of docs) {
    const path = `${dir}/${d.source}`;
    // A template's later documents are appended; helm also appends a hook to a file already on disk (template.go os.Stat).
    const append = written.has(d.source) || (d.hook && io.fileExists(path));
    writes.push({ path, data: `---\n# Source: ${d.source}\n${d.text}\n`, append });
    written.add(d.source);
    out += `wrote ${path}\n`;
  }
  for (const w of writes) io.writeFile(w.path, w.data, w.append);
  // template.go prints the (empty) manifest stream after the files: one newline.
  io.stdout(out + '\n');
}
