/**
 * The hex sha256 of a string's UTF-8 bytes. Where the host is Node, node:crypto's
 * one-shot `hash` does it natively (found through process.getBuiltinModule, so
 * nothing here imports a Node built-in and the module still bundles for a
 * browser); elsewhere @noble/hashes, in pure JavaScript. A render hashes tens of
 * kilobytes (every workload's checksum of a fresh secrets.yaml), which natively
 * costs a few microseconds and in JavaScript a tenth of the render. Both encode
 * a lone surrogate as U+FFFD, as TextEncoder does. The CLI bundle replaces this
 * module with node:crypto's (packages/core/scripts/node-crypto.mjs).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const utf8 = new TextEncoder();

interface NodeCrypto {
  readonly hash?: (algorithm: string, data: string) => string;
}

/** node:crypto's one-shot hash (Node ≥ 20.12), or undefined: looked up once, when the module loads. */
const nativeHash = ((): NodeCrypto['hash'] => {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    const crypto = host?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
    return typeof crypto?.hash === 'function' ? crypto.hash : undefined;
  } catch {
    return undefined;
  }
})();

export function sha256HexOfText(s: string): string {
  return nativeHash !== undefined ? nativeHash('sha256', s) : bytesToHex(sha256(utf8.encode(s)));
}
