/**
 * Which user value a template error points at: the values path of the value the failing
 * action read. The path comes from the action's expression (RenderError.where: the innermost
 * include's expression, e.g. `.Values.mountPaths.nvidia.lib`); in a subchart's template it is
 * relative to the subchart, so the chart's name (its alias in the parent) goes in front. Go's
 * message says which field could not be read, so the value that failed is the path up to it.
 * render() puts it in RenderError.where.path; the CLI's hints (error-hints.ts) start from it.
 */
import type { RenderError, RenderErrorWhere } from '@polyaxon-render/values';

/** The action that failed, innermost first: the last include when there are any. */
function failingAction(where: RenderErrorWhere): { template?: string; expression?: string } {
  const inner = where.includes?.at(-1);
  return inner ? { template: inner.template, expression: inner.expression } : where;
}

/** `polyaxon/charts/redis/templates/x.yaml` → `redis` (the chart's values live under its name). */
function subchartOf(template: string | undefined): string | undefined {
  return template === undefined ? undefined : /^[^/]+\/charts\/([^/]+)\/templates\//.exec(template)?.[1];
}

/** The first `.Values.a.b.c` (or `$.Values…`) in a template expression, as segments. */
export function valuesPathIn(expression: string): string[] | undefined {
  const m = /(?:^|[\s(|])\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/.exec(expression);
  return m ? m[1].slice(1).split('.') : undefined;
}

/** The field Go could not read (`can't evaluate field X`, `nil pointer evaluating … .X`). */
function missingField(message: string): string | undefined {
  return (
    /can't evaluate field ([A-Za-z_][A-Za-z0-9_]*) in type/.exec(message)?.[1] ??
    /nil pointer evaluating [^.]*\.([A-Za-z_][A-Za-z0-9_]*)/.exec(message)?.[1]
  );
}

export interface ErrorCause {
  /** The values path of the value that failed, as the user writes it (subchart values prefixed). */
  readonly segments: readonly string[];
  /** The field the chart tried to read from it, when that is what failed. */
  readonly field?: string;
}

/** Which value a template error points at, from its where and message; undefined when none. */
export function errorCause(error: Pick<RenderError, 'message' | 'where'>): ErrorCause | undefined {
  const action = failingAction(error.where);
  if (action.expression === undefined) return undefined;
  const path = valuesPathIn(action.expression);
  if (path === undefined) return undefined;
  const field = missingField(error.message);
  // The value that failed is the one the field was read from.
  const at = field !== undefined ? path.indexOf(field) : -1;
  const own = at > 0 ? path.slice(0, at) : path;
  const chart = subchartOf(action.template);
  return { segments: chart !== undefined ? [chart, ...own] : own, ...(at > 0 && { field }) };
}
