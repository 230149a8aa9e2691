/**
 * For the tests: what the CLI prints for the page's inputs, run in-process from the
 * sources with a real values file, as `polyaxon-render … -f values.yaml` would be.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { valuesFileText } from '@polyaxon-render/values';
import { runCli } from 'polyaxon-render';
import { nodeIO } from '../../core/src/cli-main.js';
import type { Inputs } from './protocol.js';

export interface CliResult {
  readonly exit: number;
  readonly stdout: string;
  /** stderr without the --seed warning (the page shows no warnings). */
  readonly stderr: string;
}

export function cliArgs(inputs: Inputs, file: string, extra: readonly string[] = []): string[] {
  const args: string[] = [];
  if (inputs.release !== '') args.push(inputs.release);
  args.push('-f', file);
  if (inputs.namespace !== '') args.push('--namespace', inputs.namespace);
  if (inputs.kubeVersion !== '') args.push('--kube-version', inputs.kubeVersion);
  if (inputs.seed !== null) args.push('--seed', String(inputs.seed));
  if (inputs.modernize) args.push('--modernize');
  if (inputs.showOnly.trim() !== '') args.push('--show-only', inputs.showOnly.trim());
  return [...args, ...extra];
}

export async function runCliFor(inputs: Inputs, extra: readonly string[] = []): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'playground-cli-'));
  try {
    const file = join(dir, 'values.yaml');
    writeFileSync(file, inputs.values);
    let stdout = '';
    let stderr = '';
    // Run from the folder, so that messages name the file as the page does (`values.yaml`).
    const exit = await runCli(cliArgs(inputs, 'values.yaml', extra), {
      ...nodeIO,
      readFile: (p) => nodeIO.readFile(join(dir, p)),
      readValuesFile: (p) => valuesFileText(readFileSync(join(dir, p)), p),
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    stderr = stderr
      .split('\n')
      .filter((l) => !l.startsWith('warning: --seed'))
      .join('\n');
    return { exit, stdout, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The CLI's `Error:` text out of its stderr: Helm's error may be followed by its own paragraph
 * (`Use --debug flag to render out invalid YAML` after a template error) and by our `hint:` lines,
 * and preceded by `warning:` lines; the playground shows the error itself in `error`, the rest apart.
 */
export function cliErrorLine(stderr: string): string | undefined {
  const at = stderr.startsWith('Error: ') ? 0 : stderr.indexOf('\nError: ');
  if (at < 0) return undefined;
  const rest = stderr.slice(at === 0 ? 0 : at + 1);
  const end = rest.search(/\n(\nUse --debug flag|hint: |$)/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The CLI's `hint:` lines out of its stderr, without the `hint: ` prefix (the page's `hints`). */
export function cliHintLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('hint: '))
    .map((l) => l.slice('hint: '.length));
}
