/**
 * The hex sha256 of a string's UTF-8 bytes, with @noble/hashes: pure JavaScript,
 * so that the render path runs in a browser. The CLI bundle replaces this module
 * with node:crypto's one-shot hash (packages/core/scripts/node-crypto.mjs): in a
 * one-shot process the JavaScript hash runs in a cold interpreter, and encoding,
 * hashing and hex-printing natively saves about a millisecond per run.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const utf8 = new TextEncoder();

export function sha256HexOfText(s: string): string {
  return bytesToHex(sha256(utf8.encode(s)));
}
