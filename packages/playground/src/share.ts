/**
 * Share links: the inputs in the URL fragment (never sent to a server), as JSON
 * compressed with deflate-raw and written in base64url. A link is untrusted input:
 * decoding checks every field's type and falls back to the default for anything else.
 */
import { defaultInputs, type Inputs } from './protocol.js';

/** The fragment's prefix names the format, so a later format can still read old links. */
const PREFIX = 'v1.';

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function through(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** Only what differs from the defaults is written, so a default page has a short link. */
export async function encodeInputs(inputs: Inputs): Promise<string> {
  const diff: Record<string, unknown> = {};
  for (const k of Object.keys(defaultInputs) as (keyof Inputs)[]) {
    if (inputs[k] !== defaultInputs[k]) diff[k] = inputs[k];
  }
  const json = new TextEncoder().encode(JSON.stringify(diff));
  return PREFIX + toBase64Url(await through(json, new CompressionStream('deflate-raw')));
}

/** The inputs a fragment carries, or undefined when it carries none (or is not ours). */
export async function decodeInputs(fragment: string): Promise<Inputs | undefined> {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!f.startsWith(PREFIX)) return undefined;
  let raw: unknown;
  try {
    const bytes = await through(fromBase64Url(f.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  return inputsFrom(raw as Record<string, unknown>);
}

/** Each field taken only when it has the right type; anything else keeps its default. */
export function inputsFrom(raw: Readonly<Record<string, unknown>>): Inputs {
  const str = (k: 'values' | 'release' | 'namespace' | 'kubeVersion' | 'showOnly'): string =>
    typeof raw[k] === 'string' ? (raw[k] as string) : defaultInputs[k];
  const seed = raw.seed;
  return {
    values: str('values'),
    release: str('release'),
    namespace: str('namespace'),
    kubeVersion: str('kubeVersion'),
    showOnly: str('showOnly'),
    modernize: typeof raw.modernize === 'boolean' ? raw.modernize : defaultInputs.modernize,
    seed:
      seed === null || (typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)
        ? seed
        : defaultInputs.seed,
  };
}
