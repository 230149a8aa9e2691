/**
 * Stand-ins the CLI bundle uses for the render path's portable crypto (see
 * bundle-cli.mjs): node:crypto's sha256 for @noble/hashes' and randomFillSync for
 * Web Crypto's getRandomValues. node:crypto is required on first use, so runs
 * that hash nothing never load it.
 */
/* global require */

/** @param {Uint8Array} bytes */
export function sha256(bytes) {
  return new Uint8Array(require('node:crypto').createHash('sha256').update(bytes).digest());
}

/** Replaces `globalThis.crypto.getRandomValues` (esbuild `define`). @param {Uint8Array} bytes */
export function __nodeGetRandomValues(bytes) {
  return require('node:crypto').randomFillSync(bytes);
}
