/**
 * Errors raised while a template executes, worded as Go's text/template and
 * sprig word them. The render loop adds the template's name, as Helm's
 * `execution error at (<template>): <message>`.
 */
import { RenderError } from '@polyaxon-render/values';
import { goTypeName } from './go-fmt.js';
import type { GoValue } from '@polyaxon-render/values';

export class TemplateError extends RenderError {
  /** True for `required`/`fail`, which Helm reports as "execution error at (file): msg". */
  readonly fail: boolean;
  /** `line:col` of the action in the chart's template file, when the port knows it. */
  readonly position?: string;
  /** The template expression that failed (Go's `at <…>`), when the port knows it. */
  readonly expression?: string;
  constructor(message: string, fail = false, position?: string, expression?: string) {
    super('template', message);
    this.name = 'TemplateError';
    this.fail = fail;
    this.position = position;
    this.expression = expression;
  }
}

/** text/template: a field of a nil interface value (`.Values.missing.x`). */
export function nilPointer(field: string): TemplateError {
  return new TemplateError(`nil pointer evaluating interface {}.${field}`);
}

/**
 * text/template's check of a function argument against the Go parameter type:
 * a nil operand is "invalid value", another type is "wrong type for value".
 */
export function expectString(v: GoValue | undefined): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) throw new TemplateError('invalid value; expected string');
  throw new TemplateError(`wrong type for value; expected string; got ${goTypeName(v)}`);
}

/** As expectString, for Go `int` parameters (template int literals and `int` results are bigint). */
export function expectInt(v: GoValue | undefined): number {
  if (typeof v === 'bigint') return Number(v);
  if (v === null || v === undefined) throw new TemplateError('invalid value; expected int');
  throw new TemplateError(`wrong type for value; expected int; got ${goTypeName(v)}`);
}
