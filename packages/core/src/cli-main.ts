/**
 * The CLI's Node side: the file system and the standard streams around runCli.
 * bin.ts runs it when `dist/` is used unbundled; the published executable runs
 * the bundle of this module (scripts/bundle-cli.mjs), which is why it has no
 * top-level await: a CommonJS bundle can be loaded with V8's code cache.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { goBytesToString, valuesFileText } from '@polyaxon-render/values';
import { runCli, type CliIO } from './cli.js';

/**
 * Writes all of `text` to a file descriptor synchronously. process.stdout would
 * do the same for files and pipes, but setting up its stream costs a few
 * milliseconds and a megabyte at start, a real share of a one-shot CLI's time.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as { code?: string }).code;
      // A non-blocking descriptor we inherited is full: wait for the reader.
      if (code === 'EAGAIN') continue;
      // The reader went away (`| head`): stop writing, as Node's streams do.
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}

/** Past this, an input makes a long run (see forLargeInput). */
const LARGE_INPUT_BYTES = 1 << 20;
/** What `main` was told to do when an input turns out large; called once. */
let onLargeInput: (() => void) | undefined;

/**
 * bin/polyaxon-render.js tunes V8 for a one-shot render of ordinary values (no
 * TurboFan, a young generation that does not grow). An input of megabytes makes
 * a long run where that tuning costs far more than it saves (a 30 MB values
 * file: 197 s instead of 48 s), so the bin is told to undo it.
 */
function forLargeInput(bytes: Buffer): Buffer {
  if (onLargeInput !== undefined && bytes.length > LARGE_INPUT_BYTES) {
    const f = onLargeInput;
    onLargeInput = undefined;
    f();
  }
  return bytes;
}

/** Node's implementation of the CLI's environment. */
export const nodeIO: CliIO = {
  // --set-file keeps any bytes (Go strings do); they reach the output as json.Marshal writes them.
  readFile: (p) => goBytesToString(forLargeInput(readFileSync(p))),
  // Values files are read as libyaml reads them: UTF-16 by its BOM, bad UTF-8 refused with Helm's message.
  readValuesFile: (p) => valuesFileText(forLargeInput(readFileSync(p)), p),
  readStdin: () => valuesFileText(forLargeInput(readFileSync(0)), '-'),
  writeFile: (p, data, append) => {
    mkdirSync(dirname(p), { recursive: true });
    if (append) appendFileSync(p, data);
    else writeFileSync(p, data);
  },
  fileExists: (p) => existsSync(p),
  stdout: (t) => writeAll(1, t),
  stderr: (t) => writeAll(2, t),
};

// The bundle's copies of runCli and of the readers, for cli-bundle.test.ts (golden cases through the
// bundled code: a RenderError the readers throw must be the bundle's class).
export { runCli, goBytesToString, valuesFileText };

export interface MainOptions {
  /** Called once when an input (a values file, stdin, a --set-file file) is larger than 1 MiB. */
  readonly onLargeInput?: () => void;
}

/** Runs the CLI on Node; resolves to the exit code. */
export function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  onLargeInput = options.onLargeInput;
  return runCli(argv, nodeIO);
}
