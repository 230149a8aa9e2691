/**
 * Go's fmt and strconv as text/template and sprig use them. The formatting
 * itself (`%v`, strconv.FormatFloat 'g', strconv.Quote, fmt.Sprint/Sprintf, Go
 * type names) lives in @polyaxon-render/values, the lower layer, and is
 * re-exported here so ports import every runtime function from one place;
 * what only templates print (`<no value>`) is added here.
 */
import { formatV, type GoValue } from '@polyaxon-render/values';

export { goQuote, formatV, goTypeName, sprint, sprintf } from '@polyaxon-render/values';

/**
 * What a template action printing x writes: text/template prints a missing/nil value as "<no value>".
 * Helm deletes "<no value>" only from each file's final output (engine.go), so
 * it must stay in the text here: an `include` piped to `sha256sum` hashes it.
 */
export function printValue(v: GoValue | undefined): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '<no value>';
  return formatV(v);
}
