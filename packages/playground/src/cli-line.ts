/** The command line that prints what the page shows, for copying into a shell. */
import type { Inputs } from './protocol.js';

/** POSIX shell quoting: plain words stay bare, anything else goes in single quotes. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function cliLine(inputs: Inputs): string {
  const words = ['polyaxon-render'];
  if (inputs.release !== '') words.push(inputs.release);
  words.push('-f', 'values.yaml');
  if (inputs.namespace !== '') words.push('--namespace', inputs.namespace);
  if (inputs.kubeVersion !== '') words.push('--kube-version', inputs.kubeVersion);
  if (inputs.seed !== null) words.push('--seed', String(inputs.seed));
  if (inputs.modernize) words.push('--modernize');
  if (inputs.showOnly.trim() !== '') words.push('--show-only', inputs.showOnly.trim());
  return words.map(shellQuote).join(' ');
}
