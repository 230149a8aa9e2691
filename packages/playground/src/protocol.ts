/**
 * The messages between the page and the render worker. Everything crosses as plain
 * data (structured clone): the worker never sees the page, the page never runs
 * anything the worker sends, it only shows it as text.
 */

/** What the person typed and chose: the inputs of one render, as the CLI would get them. */
export interface Inputs {
  /** The values editor's text, read as a `-f values.yaml` file. @default a comment (no values) */
  readonly values: string;
  /** The release name (the CLI's first argument). @default "" (helm's "release-name") */
  readonly release: string;
  /** `--namespace`. @default "" (helm's "default") */
  readonly namespace: string;
  /** `--kube-version`. @default "" (helm's v1.32.0) */
  readonly kubeVersion: string;
  /** `--modernize`. @default false */
  readonly modernize: boolean;
  /** `--seed`, or null for fresh random secrets on every render. @default 1 */
  readonly seed: number | null;
  /** `--show-only` pattern, or "" for every template. @default "" */
  readonly showOnly: string;
}

/** The editor's text on a fresh page: a comment, so the chart's defaults render. */
const STARTER = `# Your values, read as \`-f values.yaml\`. For example:
# api:
#   replicas: 2
`;

export const defaultInputs: Inputs = {
  values: STARTER,
  release: '',
  namespace: '',
  kubeVersion: '',
  modernize: false,
  seed: 1,
  showOnly: '',
};

/** The name the values text has in messages, as if given with `-f values.yaml`. */
export const VALUES_FILE = 'values.yaml';

export interface RenderRequest {
  readonly id: number;
  readonly inputs: Inputs;
  /** Also compute the NOTES text (only while the NOTES tab is open). */
  readonly notes: boolean;
}

/** One document of the output, for the outline. */
export interface OutlineEntry {
  /** `# Source:` path, e.g. "polyaxon/templates/api-deployment.yaml". */
  readonly source: string;
  readonly kind: string;
  readonly name: string;
  /** 0-based line of the document's `---` in the output text. */
  readonly line: number;
  /** Offset of that `---` in the output text (UTF-16 units, as JavaScript strings count). */
  readonly offset: number;
}

/** A values check finding at a line of the values editor. */
export interface EditorFinding {
  /** 1-based line in the values text, when the finding could be traced to one. */
  readonly line?: number;
  readonly message: string;
}

export interface Failure {
  /** The CLI's error line: `Error: ` and the message on one line. */
  readonly line: string;
  /** The CLI's `hint:` lines for this failure (not helm's text), without `hint: `. */
  readonly hints: readonly string[];
  /** The page's own advice for this failure (neither helm's nor the CLI's). */
  readonly advice: readonly string[];
  /** 1-based line of the values text the error points at, if any. */
  readonly valuesLine?: number;
}

export interface RenderResponse {
  readonly id: number;
  /** Exactly what the CLI prints on stdout for these inputs, or null when it fails. */
  readonly text: string | null;
  readonly failure: Failure | null;
  readonly outline: readonly OutlineEntry[];
  /** Every template path the chart prints for these values (for the filter), without the chart name. */
  readonly templates: readonly string[];
  readonly notes: string | null;
  /** Milliseconds spent rendering in the worker. */
  readonly renderMs: number;
}

/** Findings come later than the render: the checks load on first use. */
export interface FindingsResponse {
  readonly id: number;
  readonly findings: readonly EditorFinding[];
}

export type WorkerMessage =
  ({ readonly type: 'render' } & RenderResponse) | ({ readonly type: 'findings' } & FindingsResponse);
