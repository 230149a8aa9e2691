/**
 * The values checks for the editor, loaded by the worker on first use: the findings of
 * validateUserValues (unknown keys with a did-you-mean, wrong types, values outside an
 * enum) with the line of the values text each comes from.
 */
import { formatFindings, validateUserValues, type Finding } from '@polyaxon-render/values';
import type { EditorFinding } from './protocol.js';

/** What a finding says, without the `file:line:` place the CLI puts in front (the editor shows the place). */
function messageOf(f: Finding): string {
  return formatFindings([{ ...f, file: undefined, line: undefined }])[0] ?? f.path;
}

export function editorFindings(values: string, fileName: string): EditorFinding[] {
  let findings: Finding[];
  try {
    findings = validateUserValues({ files: [{ name: fileName, text: values }] });
  } catch {
    // Values that cannot be read are the render's error to show, not a finding.
    return [];
  }
  return findings.map((f) => ({ line: f.file === fileName ? f.line : undefined, message: messageOf(f) }));
}
