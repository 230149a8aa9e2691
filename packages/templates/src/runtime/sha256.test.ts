import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toGoValue, type GoMap } from '@polyaxon-render/values';
import type { RenderContext } from '../context.js';
import { testContext } from '../testing/context.js';
import { hole, lastHoles, memoRender, type MemoTable } from './memo.js';
import { withRenderScope } from './render-scope.js';
import { setKeepBetweenRenders } from './keep.js';
import { sha256sum } from './sha256.js';
import { randAlphaNum, seededRandom } from './sprig.js';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256sum of a text the memo assembled', () => {
  it('equals the hash of the whole text, for first segments of every length and non-ASCII text', () => {
    const values = toGoValue({}) as GoMap;
    for (const prefix of [
      '',
      'a',
      'é',
      'x'.repeat(63),
      'y'.repeat(64),
      'z'.repeat(65),
      'kind: Secret\n'.repeat(40),
      '日本'.repeat(50),
      '😀'.repeat(33),
    ]) {
      const table: MemoTable<string> = new Map();
      for (let seed = 0; seed < 3; seed++) {
        const ctx: RenderContext = { ...testContext({ noDefaults: true }), Values: values, random: seededRandom(seed) };
        const secret = (c: RenderContext) => `"${randAlphaNum(c.random, 20n)}"`;
        withRenderScope(() => {
          const text = memoRender(
            table,
            'k',
            ctx,
            () => `${prefix}key: ${hole(ctx, secret)}\nü: ${hole(ctx, secret)}\n`,
          );
          expect(lastHoles?.text).toBe(text);
          expect(sha256sum(text)).toBe(nodeSha(text));
        });
      }
    }
  });

  it('hashes other texts whole, with or without a shared prefix', () => {
    const base = 'apiVersion: v1\nkind: Secret\n'.repeat(20) + 'é…日本';
    const texts: string[] = [];
    for (let cut = 0; cut <= base.length; cut += 37) {
      texts.push(base.slice(0, cut) + `tail-${cut}`, base.slice(0, cut), base + base.slice(0, cut));
    }
    texts.push('x'.repeat(70 * 1024), 'x'.repeat(70 * 1024) + 'y', base);
    for (const t of texts) expect(sha256sum(t)).toBe(nodeSha(t));
  });
});

describe('sha256sum with nothing kept between renders (the CLI)', () => {
  it('hashes every text whole, the same as with the kept states', () => {
    const texts = ['', 'a', 'kind: Secret\n'.repeat(40), 'é…日本😀', 'x'.repeat(70 * 1024), 'lone \ud800 surrogate'];
    const kept = texts.map((t) => sha256sum(t));
    setKeepBetweenRenders(false);
    try {
      texts.forEach((t, i) => expect(sha256sum(t)).toBe(kept[i]));
      // A lone surrogate is encoded as U+FFFD, as TextEncoder and Node's own encoder do.
      expect(sha256sum('lone \ud800 surrogate')).toBe(nodeSha('lone \ufffd surrogate'));
    } finally {
      setKeepBetweenRenders(true);
    }
  });

  it('gives the right hash for texts hashed again, interleaved, equal but not the same string, and the empty text', () => {
    setKeepBetweenRenders(false);
    try {
      const cm = 'kind: ConfigMap\n'.repeat(300);
      const seq = [
        '',
        cm,
        'secret-1',
        cm,
        'secret-2',
        '',
        cm.slice(0, -1) + '\n',
        'secret-2',
        'secret-1',
        cm,
        cm + 'x',
        cm,
        '',
      ];
      for (const t of seq) expect(sha256sum(t)).toBe(nodeSha(t));
    } finally {
      setKeepBetweenRenders(true);
    }
  });
});
