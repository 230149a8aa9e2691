/**
 * Stand-ins the CLI bundle uses for the render path's portable crypto (see
 * bundle-cli.mjs): node:crypto's sha256 for @noble/hashes' and for the templates'
 * sha256-text.js, and randomFillSync for Web Crypto's getRandomValues. node:crypto is required on first use (the
 * executable, bin/polyaxon-render.js, loads it early, before it changes V8's flags).
 */
/* global require */

/** @param {Uint8Array} bytes */
export function sha256(bytes) {
  return new Uint8Array(require('node:crypto').createHash('sha256').update(bytes).digest());
}

/** noble's incremental API (create → update/clone/digest), on node:crypto's Hash.copy(). */
sha256.create = () => wrap(require('node:crypto').createHash('sha256'));

function wrap(hash) {
  return {
    update(bytes) {
      hash.update(bytes);
      return this;
    },
    clone: () => wrap(hash.copy()),
    digest: () => new Uint8Array(hash.digest()),
  };
}

/**
 * For templates runtime/sha256-text.ts: the hex sha256 of a string's UTF-8 bytes in one native
 * call (crypto.hash, Node ≥ 20.12; a Hash object before). Lone surrogates become U+FFFD in both
 * encoders, as in TextEncoder.
 * @param {string} s
 */
export function sha256HexOfText(s) {
  const crypto = require('node:crypto');
  return typeof crypto.hash === 'function'
    ? crypto.hash('sha256', s)
    : crypto.createHash('sha256').update(s, 'utf8').digest('hex');
}

/** Replaces `globalThis.crypto.getRandomValues` (esbuild `define`). @param {Uint8Array} bytes */
export function __nodeGetRandomValues(bytes) {
  return require('node:crypto').randomFillSync(bytes);
}
