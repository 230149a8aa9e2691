/**
 * What the CLI prints for --modernize and --verify: findings as `warning:` lines
 * (or `Error:` lines when refused), each naming where the user set the value
 * when a values finding points at the same field.
 */
import type { Finding } from '@polyaxon-render/values';
import type { VerifiableDocument } from './verify.js';

/** The documents of printed `helm template` text (`---`, `# Source:`, the document). */
export function documentsOfText(text: string): VerifiableDocument[] {
  const out: VerifiableDocument[] = [];
  const parts = text.split(/^---\n# Source: /m);
  for (const part of parts.slice(1)) {
    const nl = part.indexOf('\n');
    if (nl < 0) continue;
    out.push({ source: part.slice(0, nl), text: part.slice(nl + 1).replace(/\n$/, '') });
  }
  return out;
}

const lastName = (path: string) =>
  path
    .replace(/\[[^\]]*\]/g, '.')
    .split('.')
    .filter((s) => s !== '')
    .pop() ?? '';

/** ` (set at values.yaml:3)` when a values finding is about the same field name; else "". */
export function whereSet(path: string, values: readonly Finding[]): string {
  const name = lastName(path);
  if (name === '') return '';
  const f = values.find((v) => lastName(v.path) === name || v.path.split(/[.[]/).includes(name));
  if (f === undefined) return '';
  const where =
    f.file !== undefined
      ? f.line !== undefined
        ? `${f.file}:${f.line}`
        : f.file
      : f.flag !== undefined
        ? `${f.flag}${f.arg !== undefined ? ` ${f.arg}` : ''}`
        : 'values';
  return ` (values ${f.path}, set at ${where})`;
}
