import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sha256HexOfText as portable } from '../../templates/src/runtime/sha256-text.js';

// The stand-ins are written for the CommonJS bundle, where `require` is in scope.
(globalThis as { require?: NodeRequire }).require ??= createRequire(import.meta.url);
const { sha256, sha256HexOfText } = (await import('../scripts/node-crypto.mjs')) as {
  sha256: { (b: Uint8Array): Uint8Array; create(): Incremental };
  sha256HexOfText(s: string): string;
};
interface Incremental {
  update(b: Uint8Array): Incremental;
  clone(): Incremental;
  digest(): Uint8Array;
}

const texts = [
  '',
  'abc',
  'kind: Secret\n'.repeat(300),
  'é…日本😀',
  'lone \ud800 surrogate',
  '\udfff',
  'x'.repeat(70 * 1024),
];
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe("the CLI bundle's node:crypto stand-ins (scripts/node-crypto.mjs)", () => {
  it('hash text as the portable sha256-text.ts does (UTF-8, lone surrogates as U+FFFD)', () => {
    for (const t of texts) expect(sha256HexOfText(t)).toBe(portable(t));
  });

  it("follow @noble/hashes' sha256 API (one call, and create/update/clone/digest)", () => {
    const utf8 = new TextEncoder();
    for (const t of texts) {
      expect(hex(sha256(utf8.encode(t)))).toBe(portable(t));
      const h = sha256.create().update(utf8.encode(t.slice(0, 7)));
      const copy = h.clone();
      expect(hex(copy.update(utf8.encode(t.slice(7))).digest())).toBe(portable(t));
      expect(hex(h.digest())).toBe(portable(t.slice(0, 7)));
    }
  });
});
