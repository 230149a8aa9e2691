/**
 * Not helm: after Helm's error line, `hint:` lines that name the user value behind a template
 * error, where it was set, and what the chart expected there:
 *
 *   hint: rabbitmq-ha.rabbitmqAuthHTTP is null (values.yaml:14); the chart reads .enabled from it, so it must be a map
 *
 * The values path comes from the failing action's expression (RenderError.where: the innermost
 * include's expression, e.g. `.Values.mountPaths.nvidia.lib`); in a subchart's template it is
 * relative to the subchart, so the chart's name (its alias in the parent) goes in front. Go's
 * message says which field could not be read, so the value that failed is the path up to it.
 * A hint is given only for a value the user set (a -f file or a --set flag): a chart default
 * is not theirs to fix. When a rendered document is not YAML, the hints name the user's strings
 * that YAML would read as syntax where a template prints them.
 */
import {
  checkFirstDocument,
  describeValue,
  expectedAt,
  formatPath,
  isMap,
  mergedUserValues,
  sortedKeys,
  userValueAt,
  type GoValue,
  type RenderError,
  type ValuesSources,
} from '@polyaxon-render/values';
import { errorCause } from './error-cause.js';

/** A string that printed after `key: ` is not one YAML scalar: libyaml reads part of it as syntax. */
function breaksYaml(s: string): boolean {
  return /[\n\r]/.test(s) || checkFirstDocument(`k: ${s}\n`) !== undefined;
}

/**
 * A rendered document that is not YAML: the user's strings that would break YAML where a
 * template prints them (the chart prints most values unquoted), at most three.
 */
function manifestHints(sources: ValuesSources): string[] {
  const merged = mergedUserValues(sources);
  if (merged === undefined) return [];
  const out: string[] = [];
  const visit = (v: GoValue, at: (string | number)[]): void => {
    if (out.length >= 3) return;
    if (typeof v === 'string') {
      if (!breaksYaml(v)) return;
      const given = userValueAt(sources, at);
      const expected = expectedAt(at);
      out.push(
        `${formatPath(at)} is ${describeValue(v)}${given ? ` (${given.where})` : ''}, which YAML reads as syntax where the chart prints it` +
          (expected !== undefined ? `; the chart expects ${expected} there` : ''),
      );
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...at, i]));
    else if (isMap(v)) for (const k of sortedKeys(v)) visit(v[k], [...at, k]);
  };
  visit(merged, []);
  return out;
}

/** The hint lines for an error (without the `hint: ` prefix); empty when no user value explains it. */
export function errorHints(error: Pick<RenderError, 'code' | 'message' | 'where'>, sources: ValuesSources): string[] {
  if (error.code === 'manifest') return manifestHints(sources);
  // coalesce.go: a subchart's values replaced by something other than a table.
  const sub = /^type mismatch on ([^:]+): /.exec(error.message)?.[1];
  if (sub !== undefined) {
    const given = userValueAt(sources, [sub]);
    return given
      ? [
          `${formatPath([sub])} is ${describeValue(given.value)} (${given.where}); the ${sub} chart takes its values from it, so it must be a map`,
        ]
      : [];
  }
  const cause = errorCause(error);
  if (cause === undefined) return [];
  // The user may have set the value itself or a table above it (e.g. `ingress: 1` under `.Values.ingress.enabled`).
  for (let n = cause.segments.length; n > 0; n--) {
    const segments = cause.segments.slice(0, n);
    const given = userValueAt(sources, segments);
    if (given === undefined) continue;
    const path = formatPath(segments);
    const found = describeValue(given.value);
    const head = `${path} is ${found} (${given.where})`;
    if (n < cause.segments.length || cause.field !== undefined) {
      const read = [...cause.segments.slice(n), ...(cause.field !== undefined ? [cause.field] : [])].join('.');
      const expected = expectedAt(segments);
      const shape = expected !== undefined && expected.includes('a map') ? expected : 'a map';
      return [`${head}; the chart reads .${read} from it, so it must be ${shape}`];
    }
    const expected = expectedAt(segments);
    return [expected !== undefined ? `${head}; the chart expects ${expected} there` : head];
  }
  return [];
}
