import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256sum } from './sha256.js';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256sum', () => {
  it.each([
    ['the empty text', ''],
    ['ASCII', 'kind: Secret\n'.repeat(40)],
    ['non-ASCII', 'é…日本😀'],
    ['a long text', 'x'.repeat(70 * 1024)],
  ])('hashes %s as node:crypto does', (_name, text) => {
    expect(sha256sum(text)).toBe(nodeSha(text));
  });

  it('encodes a lone surrogate as U+FFFD, as TextEncoder and Go do', () => {
    expect(sha256sum('lone \ud800 surrogate')).toBe(nodeSha('lone \ufffd surrogate'));
  });
});
