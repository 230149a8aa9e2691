import { describe, expect, it } from 'vitest';
import { cliLine, shellQuote } from './cli-line.js';
import { defaultInputs } from './protocol.js';

describe('the equivalent command line', () => {
  it.each([
    ['plain', 'plain'],
    ['v1.16', 'v1.16'],
    ['', "''"],
    ['a b', "'a b'"],
    ["it's", "'it'\\''s'"],
    ['$(rm -rf /)', "'$(rm -rf /)'"],
    ['templates/*.yaml', "'templates/*.yaml'"],
  ])('quotes %j as %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
  });

  it.each([
    [defaultInputs, 'polyaxon-render -f values.yaml --seed 1'],
    [{ ...defaultInputs, seed: null }, 'polyaxon-render -f values.yaml'],
    [
      {
        ...defaultInputs,
        release: 'px',
        namespace: 'ns',
        kubeVersion: '1.16',
        modernize: true,
        showOnly: ' templates/a.yaml ',
      },
      'polyaxon-render px -f values.yaml --namespace ns --kube-version 1.16 --seed 1 --modernize --show-only templates/a.yaml',
    ],
  ])('%#', (inputs, line) => {
    expect(cliLine(inputs)).toBe(line);
  });
});
