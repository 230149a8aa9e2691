import { describe, expect, it } from 'vitest';
import { splitManifests } from './split-manifests.js';

/** The Go implementation, with Go's regexp semantics for this pattern (JS regex agrees here). */
function reference(big: string): string[] {
  const sep = /(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*/g;
  return big
    .trim()
    .split(sep)
    .filter((d) => d !== '')
    .map((d) => d.trim());
}

describe('splitManifests (releaseutil.SplitManifests)', () => {
  it.each([
    ['a: 1\n---\nb: 2\n', ['a: 1', 'b: 2']],
    ['---\na: 1\n', ['a: 1']],
    // the white space after a separator swallows the newline a second `---` would need
    ['\n\n---\na: 1\n---\n\n---\nb: 2', ['a: 1', '---\nb: 2']],
    ['a\n---\n---\nb', ['a', '---\nb']],
    ['a  \n---  \n  b', ['a', 'b']],
    ['a\n---x\nb', ['a', 'x\nb']],
    // `---` must follow the newline directly
    ['a: "---"\nb: |\n  x\n  ---\n', ['a: "---"\nb: |\n  x\n  ---']],
    ['a\n---\nb\n---', ['a', 'b']],
    ['', []],
    ['   \n  ', []],
  ])('%j', (input, want) => {
    expect(splitManifests(input)).toEqual(want.filter((d) => d !== ''));
  });

  it('agrees with the regexp on generated inputs', () => {
    const parts = ['a', '---', '\n', ' ', '\t', 'b: 1', '--', '-', '\r'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % parts.length;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      for (let k = 0; k < 12; k++) s += parts[rnd()];
      expect(splitManifests(s), JSON.stringify(s)).toEqual(reference(s));
    }
  });
});
