/**
 * The CLI's Node side: the file system and the standard streams around runCli.
 * bin.ts runs it when `dist/` is used unbundled; the published executable runs
 * the bundle of this module (scripts/bundle-cli.mjs), which is why it has no
 * top-level await: a CommonJS bundle can be loaded with V8's code cache.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { depthBound, flagNestingBound, goBytesToString, valuesFileText } from '@polyaxon-render/values';
import { runCli, type CliIO } from './cli.js';
import { parseArgs } from './parse-args.js';

/**
 * Writes all of `text` to a file descriptor synchronously. process.stdout would
 * do the same for files and pipes, but setting up its stream costs a few
 * milliseconds and a megabyte at start, a real share of a one-shot CLI's time.
 */
export function writeAll(
  fd: number,
  text: string,
  write: (fd: number, bytes: Buffer, offset: number, length: number) => number = writeSync,
): void {
  const bytes = Buffer.from(text, 'utf8');
  let off = 0;
  const pause = pipeWait();
  while (off < bytes.length) {
    try {
      off += write(fd, bytes, off, bytes.length - off);
      pause.reset();
    } catch (e) {
      const code = (e as { code?: string }).code;
      // A non-blocking descriptor we inherited is full: wait for the reader (sleeping, not spinning).
      if (code === 'EAGAIN') pause.sleep();
      // The reader went away (`| head`): stop writing, as Node's streams do.
      else if (code === 'EPIPE') return;
      else throw e;
    }
  }
}

/**
 * Sleeps between tries at a full non-blocking pipe: from 50 µs (a fast reader
 * drains a pipe buffer in about that) doubling to 16 ms (a slow reader costs
 * about 60 tries a second). Node has no synchronous poll(2); Atomics.wait on a
 * private buffer blocks the thread without using the CPU.
 */
function pipeWait(): { sleep(): void; reset(): void } {
  const first = 0.05;
  const longest = 16;
  let wait = first;
  let cell: Int32Array | undefined;
  return {
    sleep() {
      cell ??= new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(cell, 0, 0, wait);
      wait = Math.min(wait * 2, longest);
    },
    reset() {
      wait = first;
    },
  };
}

/** Past this, an input makes a long run (see nodeIOFor). */
const LARGE_INPUT_BYTES = 1 << 20;
/**
 * Node's implementation of the CLI's environment. `onLargeInput` is called once, when the first
 * input (a values file, stdin, a --set-file file) larger than 1 MiB is read: bin/polyaxon-render.js
 * tunes V8 for a one-shot render of ordinary values (no TurboFan, a young generation that does not
 * grow), and an input of megabytes makes a long run where that tuning costs far more than it saves
 * (a 30 MB values file: 197 s instead of 48 s), so the bin is told to undo it.
 */
export function nodeIOFor(
  onLargeInput?: () => void,
  /** Standard input's bytes. @default read from descriptor 0 on each readStdin */
  stdinBytes: () => Uint8Array = () => readFileSync(0),
): CliIO {
  let pending = onLargeInput;
  const forLargeInput = (bytes: Uint8Array): Uint8Array => {
    if (pending !== undefined && bytes.length > LARGE_INPUT_BYTES) {
      const f = pending;
      pending = undefined;
      f();
    }
    return bytes;
  };
  return {
    // --set-file keeps any bytes (Go strings do); they reach the output as json.Marshal writes them.
    readFile: (p) => goBytesToString(forLargeInput(readFileSync(p))),
    // Values files are read as libyaml reads them: UTF-16 by its BOM, bad UTF-8 refused with Helm's message.
    readValuesFile: (p) => valuesFileText(forLargeInput(readFileSync(p)), p),
    readStdin: () => valuesFileText(forLargeInput(stdinBytes()), '-'),
    writeFile: (p, data, append) => {
      mkdirSync(dirname(p), { recursive: true });
      if (append) appendFileSync(p, data);
      else writeFileSync(p, data);
    },
    fileExists: (p) => existsSync(p),
    stdout: (t) => writeAll(1, t),
    stderr: (t) => writeAll(2, t),
  };
}

/** Node's implementation of the CLI's environment, with no large-input callback. */
export const nodeIO: CliIO = nodeIOFor();

// The bundle's copies of runCli and of the readers, for cli-bundle.test.ts (golden cases through the
// bundled code: a RenderError the readers throw must be the bundle's class).
export { runCli, goBytesToString, valuesFileText };

export interface MainOptions {
  /** Called once when an input (a values file, stdin, a --set-file file) is larger than 1 MiB. */
  readonly onLargeInput?: () => void;
  /**
   * The bundle this runs from (dist/cli.cjs): an input that may nest deeper than Node's main-thread
   * stack takes is rendered by it on a thread with a larger one. @default none (rendered here, guarded)
   */
  readonly bundle?: string;
  /** On that thread: standard input's bytes as the main thread read them. @default read here */
  readonly stdin?: Uint8Array;
}

/**
 * Past this bound on nesting, a run goes to a thread with a larger stack. The bound is
 * loose (every bracket counts), and the main thread takes a few hundred levels: a
 * values file with a few hundred `{}` costs only the thread's start (~50 ms).
 */
const DEEP_INPUT = 300;
/** Enough for Helm's 10000 levels through every recursive step (the thread reserves it; pages are used as needed). */
const DEEP_STACK_MB = 1024;

/** The values files and flags of a command line, read once: their nesting bound, and the texts for the run. */
function inputNesting(argv: readonly string[], io: CliIO): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch {
    return 0; // a usage error: the run reports it
  }
  let bound = 0;
  for (const flag of ['set', 'set-json', 'set-string', 'set-literal', 'set-file'])
    for (const a of args.flags.get(flag) ?? []) bound = Math.max(bound, flagNestingBound(a));
  for (const list of args.flags.get('values') ?? [])
    for (const path of list.split(',')) {
      try {
        const text = path.trim() === '-' ? io.readStdin() : io.readValuesFile!(path);
        bound = Math.max(bound, depthBound(text));
      } catch {
        // unreadable: the run reports it
      }
    }
  return bound;
}

/** What reading an input gave: its text, or the error it threw. */
type Read = { readonly text: string } | { readonly error: unknown };

function attempt(read: () => string): Read {
  try {
    return { text: read() };
  } catch (error) {
    return { error };
  }
}

function outcome(r: Read): string {
  if ('error' in r) throw r.error;
  return r.text;
}

/**
 * Reads each file and standard input once, for the nesting check and then the run. A read
 * that failed fails the same way again: standard input cannot be read twice, and a run that
 * read it again would find it empty and render where Helm refuses (bad UTF-8 through `-f -`).
 */
function readingOnce(io: CliIO): CliIO {
  const files = new Map<string, Read>();
  let input: Read | undefined;
  return {
    ...io,
    readValuesFile: (p) => {
      let r = files.get(p);
      if (r === undefined) files.set(p, (r = attempt(() => io.readValuesFile!(p))));
      return outcome(r);
    },
    readStdin: () => outcome((input ??= attempt(io.readStdin))),
  };
}

/** Runs the CLI on Node; resolves to the exit code. */
export function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  // Standard input's bytes, read once: a deep run's thread decodes them again (and fails as this one would).
  let stdin = options.stdin;
  const io = readingOnce(nodeIOFor(options.onLargeInput, () => (stdin ??= readFileSync(0))));
  // node:worker_threads only for deep input: loading it costs a plain run ~2 ms of its start.
  const threads =
    options.bundle !== undefined && inputNesting(argv, io) > DEEP_INPUT
      ? (
          process as { getBuiltinModule?: (id: string) => typeof import('node:worker_threads') | undefined }
        ).getBuiltinModule?.('node:worker_threads')
      : undefined;
  if (threads !== undefined) {
    // Helm takes 10000 nested levels; the `yaml` composer, coalescing and toYaml recurse once per level.
    return new Promise((resolve, reject) => {
      const worker = new threads.Worker(
        `const { parentPort, workerData } = require('node:worker_threads');
         require(workerData.bundle).main(workerData.argv, { stdin: workerData.stdin }).then((code) => parentPort.postMessage(code));`,
        {
          eval: true,
          workerData: { bundle: options.bundle, argv: [...argv], stdin },
          resourceLimits: { stackSizeMb: DEEP_STACK_MB },
          stdin: false,
        },
      );
      worker.once('message', (code: number) => resolve(code));
      worker.once('error', reject);
    });
  }
  return runCli(argv, io);
}
