/**
 * A failed render as the page shows it: the CLI's `Error:` line, word for word, the CLI's
 * `hint:` lines (added by the worker: hints.ts, loaded on the first failure) and the page's
 * own advice beside them (never mixed into Helm's text or the CLI's).
 */
import { RenderError } from 'polyaxon-render';
import { VALUES_FILE, type Failure, type Inputs } from './protocol.js';

/** The CLI prints a message on one line (cli.ts oneLine): newlines as `\n`. */
const oneLine = (message: string): string => message.replace(/\r?\n/g, '\\n');

const adviceByCode: Partial<Record<RenderError['code'], string>> = {
  'values-file': 'The values are read as Helm reads a values file: YAML 1.1, one document, a map at the top.',
  values: 'The values must be a map of keys, like a values file.',
  template:
    "One of the chart's templates refused these values; Helm fails the same way. Undo the last change or look at the value the message names.",
  manifest: 'A template printed YAML that does not parse with these values; Helm fails the same way.',
  release: 'Check the release name, namespace and kube version fields.',
  limit: "This is a limit of polyaxon-render's, not of Helm's.",
};

/**
 * The line Helm's message names (`yaml: line 3: …`): the editor marks the line the person
 * reads about, even where yaml.v2 counts it differently from the place the parser stopped.
 */
function lineInMessage(message: string): number | undefined {
  const m = /\byaml: line (\d+):/.exec(message);
  return m ? Number(m[1]) : undefined;
}

export function failureOf(e: unknown, inputs: Inputs): Failure {
  if (e instanceof RenderError) {
    const advice: string[] = [];
    const valuesLine = e.where.file === VALUES_FILE ? (lineInMessage(e.message) ?? e.where.line) : undefined;
    if (valuesLine !== undefined) advice.push(`See line ${valuesLine} of the values.`);
    if (e.where.flag === '--show-only') advice.push('No template of this render matches the filter.');
    else if (e.where.flag === '--kube-version') advice.push('Kube versions look like 1.16 or v1.28.3.');
    const byCode = adviceByCode[e.code];
    if (byCode !== undefined) advice.push(byCode);
    if (inputs.modernize && e.code === 'template') advice.push('Modernize is on: try without it.');
    return { line: `Error: ${oneLine(e.message)}`, hints: [], advice, valuesLine };
  }
  // cli.ts: past JavaScript's own limits the CLI reports a limit, not a crash.
  if (e instanceof RangeError) {
    return {
      line: `Error: input too large or too deeply nested for polyaxon-render (${e.message})`,
      hints: [],
      advice: [adviceByCode.limit ?? ''],
    };
  }
  const message = e instanceof Error ? e.message : String(e);
  return {
    line: `Internal error: ${oneLine(message)}`,
    hints: [],
    advice: ['This is a bug in polyaxon-render: please report it.'],
  };
}
