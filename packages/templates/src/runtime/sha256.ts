/**
 * sprig `sha256sum`: the hex sha256 of a string's UTF-8 bytes (sha256-text.ts:
 * @noble/hashes in the library, so that the render path runs in a browser;
 * node:crypto in the CLI bundle). A text included and hashed again in one render
 * is hashed once (include.ts includeSha256).
 */
import type { GoValue } from '@polyaxon-render/values';
import { sha256HexOfText } from './sha256-text.js';
import { expectString } from './template-error.js';

/** sprig `sha256sum`. */
export function sha256sum(v: GoValue | undefined): string {
  return sha256HexOfText(expectString(v));
}
