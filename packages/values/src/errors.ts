/**
 * The one user-facing error type. Every failure a user can cause (bad flag, bad
 * file, malformed YAML, a template's `required`, a nil pointer in a template)
 * is a RenderError; the CLI prints its message and exits with `exitCode`.
 * Anything else that escapes is a bug.
 */
export type RenderErrorCode =
  | 'usage' // bad flags or arguments (exit 2)
  | 'values-file' // a values file could not be read or parsed
  | 'set' // a --set* flag could not be parsed
  | 'values' // the values are unusable (e.g. invalid JSON for --set-json)
  | 'template' // a template failed at execution, as Helm's "execution error"
  | 'manifest' // the rendered output is not valid YAML, as Helm's "YAML parse error"
  | 'release' // the release name or another release option is invalid
  | 'validation' // --strict refused values with findings
  | 'limit'; // past a nesting or size limit of polyaxon-render's own (where Helm may accept)

export interface RenderErrorWhere {
  /** A values file name (or `-` for stdin). */
  file?: string;
  line?: number;
  column?: number;
  /** The flag the input came from, e.g. `--set`. */
  flag?: string;
  /** A dotted values path. */
  path?: string;
  /** A chart template, e.g. `polyaxon/templates/api-deployment.yaml`. */
  template?: string;
  /** The failing template action as Go prints it in `at <…>` (with `template`, `line` and `column`). */
  expression?: string;
  /**
   * For a template error raised inside `include`d templates: where each was, outermost first
   * (`template`, `line` and `column` are the outermost action, in the file Helm rendered).
   */
  includes?: readonly { template: string; line: number; column: number; expression: string }[];
}

export class RenderError extends Error {
  readonly code: RenderErrorCode;
  readonly where: RenderErrorWhere;
  constructor(code: RenderErrorCode, message: string, where: RenderErrorWhere = {}) {
    super(message);
    this.name = 'RenderError';
    this.code = code;
    this.where = where;
  }
  /** 2 for usage errors (as cobra), 1 for everything else (as helm). */
  get exitCode(): number {
    return this.code === 'usage' ? 2 : 1;
  }
}
