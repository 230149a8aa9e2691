/**
 * The CLI's `hint:` lines for a failed render, loaded by the worker on the first failure: they
 * read the values schema (what the chart expected), which must stay out of the first load.
 * The same call as cli.ts makes after a template, manifest or values error, with the values
 * text as the one `-f values.yaml` file; each line as the CLI prints it, without `hint: `.
 */
import { errorHints, type RenderError } from 'polyaxon-render';
import { VALUES_FILE } from './protocol.js';

/** The CLI prints a hint on one line (cli.ts oneLine): newlines as `\n`. */
const oneLine = (message: string): string => message.replace(/\r?\n/g, '\\n');

export function cliHints(e: RenderError, values: string): string[] {
  // cli.ts: hints only where a user value can explain the failure.
  if (e.code !== 'template' && e.code !== 'manifest' && e.code !== 'values') return [];
  return errorHints(e, { files: [{ name: VALUES_FILE, text: values }] }).map(oneLine);
}
