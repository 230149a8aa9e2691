import { describe, expect, it } from 'vitest';
import { RenderError } from './errors.js';
import { loadValuesYaml } from './load-yaml.js';

const NEL = '\u0085';
const LS = '\u2028';
const PS = '\u2029';

function load(text: string): unknown {
  try {
    return { ...loadValuesYaml(Buffer.from(text, 'utf8'), 'v.yaml') };
  } catch (e) {
    if (e instanceof RenderError) return 'refused';
    throw e;
  }
}

// Helm v3.17.3's `toJson .Values` for each file: libyaml reads NEL, LS and PS as line breaks.
describe('NEL, LS and PS are line breaks, as libyaml reads them', () => {
  it.each<[string, string, unknown]>([
    ['NEL between two keys', `a: x${NEL}b: y\n`, { a: 'x', b: true }],
    ['NEL inside a plain scalar', `a: x${NEL}  y\n`, { a: 'x y' }],
    ['NEL inside quotes', `a: "x${NEL}y"\n`, { a: 'x y' }],
    ['NEL ending a comment', `a: 1 # c${NEL}b: 2\n`, { a: 1, b: 2 }],
    ['LS between two keys', `a: x${LS}b: y\n`, { a: 'x', b: true }],
    ['PS between two keys', `a: x${PS}b: y\n`, { a: 'x', b: true }],
    ['LS inside a plain scalar', `a: x${LS}  y\n`, { a: `x${LS}y` }],
    ['LS inside double quotes', `a: "x${LS}y"\n`, { a: `x${LS}y` }],
    ['LS with blanks inside quotes', `a: "x ${LS}  y"\n`, { a: `x${LS}y` }],
    ['LS inside single quotes', `a: 'x${LS}y'\n`, { a: `x${LS}y` }],
    ['LS ending a comment', `a: 1 # c${LS}b: 2\n`, { a: 1, b: 2 }],
    ['LS in a literal block', `a: |\n  x${LS}  y\n`, { a: `x${LS}y\n` }],
    ['LS at the end', `a: v${LS}`, { a: 'v' }],
    ['LS inside a key', `k${LS}x: 1\n`, 'refused'],
    ['LS ending a nested map', `n:\n  k: v${LS}x\n`, 'refused'],
  ])('%s', (_name, text, want) => expect(load(text)).toEqual(want));
});
