/**
 * Stand-ins the CLI bundle uses for the render path's portable crypto (see
 * bundle-cli.mjs): node:crypto's sha256 for @noble/hashes' and randomFillSync for
 * Web Crypto's getRandomValues. node:crypto is required on first use (the
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

/** Replaces `globalThis.crypto.getRandomValues` (esbuild `define`). @param {Uint8Array} bytes */
export function __nodeGetRandomValues(bytes) {
  return require('node:crypto').randomFillSync(bytes);
}
