import { describe, expect, it } from 'vitest';
import { splitAt } from './output-view.js';

describe('output blocks', () => {
  it.each([
    ['one block per document', '---\na\n---\nb\n', [0, 6], ['---\na\n', '---\nb\n']],
    ['text before the first document is a block of its own', 'x\n---\na\n', [2], ['x\n', '---\na\n']],
    ['no documents: the whole text', 'text\n', [], ['text\n']],
    ['empty text: one empty block', '', [], ['']],
    ['offsets past the end are ignored', 'ab', [0, 5], ['ab']],
  ])('%s', (_, text, starts, blocks) => {
    const parts = splitAt(text, starts);
    expect(parts).toEqual(blocks);
    expect(parts.join('')).toBe(text);
  });
});
