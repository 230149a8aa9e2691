/** Port of polyaxon/templates/secrets.yaml. */
import type { GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../context.js';
import {
  and,
  b64encQuoted,
  dflt,
  field,
  fieldAt,
  index,
  not,
  printValue,
  randAlphaNum,
  replace,
  truthy,
} from '../../runtime/index.js';
import { fillHoles, textWithHoles, type TextWithHoles } from '../../runtime/holes.js';
import { keptForRender } from '../../runtime/kept.js';
import { polyaxonFullname } from './_helpers.js';

/** b64enc of X, quoted (the pipeline `X | b64enc | quote`). */
const secretValue = (x: GoValue | undefined) => b64encQuoted(x);

/** Where a template action `randAlphaNum n | b64enc | quote` prints: how it is filled is the caller's. */
type RandomSecret = (n: bigint) => string;

/** `randAlphaNum n | b64enc | quote`: drawn afresh on every render and every include, as in Helm. */
const drawSecret = (ctx: RenderContext, n: bigint) => secretValue(randAlphaNum(ctx.random, n));

/**
 * The metadata every Secret of this file shares, from `metadata:` through
 * `data:` (no newline after it); `name` is the suffix after the fullname.
 */
function secretHead(ctx: RenderContext, name: string): string {
  const p = (...keys: string[]) => printValue(fieldAt(ctx.Values, keys));
  const fullname = polyaxonFullname(ctx);
  const chart = `${ctx.Chart.Name}-${replace('+', '_', ctx.Chart.Version)}`;
  return `apiVersion: v1
kind: Secret
metadata:
  name: ${fullname}-${name}
  labels:
    app: ${fullname}
    chart: "${chart}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
    type: ${p('types', 'core')}
    role: ${p('roles', 'config')}
    app.kubernetes.io/name: ${fullname}-${name}
    app.kubernetes.io/instance: "${chart}"
    app.kubernetes.io/version: "${ctx.Chart.Version}"
    app.kubernetes.io/part-of: ${p('types', 'core')}
    app.kubernetes.io/component: ${p('roles', 'config')}
    app.kubernetes.io/managed-by: "helm"
type: Opaque
data:`;
}

/**
 * The Secret standing in for a disabled subchart's (`<name>-secret`): its one key
 * from `externalServices.<service>.password`, else 10 random characters.
 * Starts with the newline before `---`; its `end`, trimmed on both sides, leaves none after it.
 */
function externalSecret(ctx: RenderContext, random: RandomSecret, name: string, service: string, key: string): string {
  const head = secretHead(ctx, `${name}-secret`);
  const password = field(ctx.Values, 'externalServices', service, 'password');
  const entry = truthy(password)
    ? // Two spaces after the colon, as in the chart.
      `${key}:  ${secretValue(password)}`
    : `${key}: ${random(10n)}`;
  return `\n---\n${head}\n  ${entry}`;
}

/**
 * secrets.yaml. Every workload's checksum includes it, so one render renders it
 * ~16 times: the text around its random values is rendered once per render
 * (runtime/holes.ts, kept while the values are unchanged) and each render of the
 * file draws its values into it, in the template's order.
 */
export function secrets(ctx: RenderContext): string {
  const kept = keptForRender(ctx, secretsWithHoles, secretsWithHoles);
  if (kept === undefined) return secretsText(ctx, (n) => drawSecret(ctx, n));
  return fillHoles(kept, (n) => drawSecret(ctx, n));
}

/**
 * Fresh random bits a checksum's text must hold for the checksum itself to be a fresh random
 * value: with that many unpredictable bits in the hashed text, SHA-256's output is as good as
 * uniform (nobody can tell it from 256 random bits without guessing the secrets).
 */
const DRAWN_CHECKSUM_BITS = 128;

/**
 * `include (print $.Template.BasePath "/secrets.yaml") . | sha256sum` when its value can be
 * drawn rather than computed, else undefined (the caller computes it as Helm does).
 *
 * Every workload's `checksum/secrets` includes secrets.yaml afresh: Helm draws new random
 * passwords into a text nobody sees, hashes it and throws the text away. When the render's
 * random source is crypto-strong and unseeded (RandomSource.uniformHex256) and the text holds
 * at least DRAWN_CHECKSUM_BITS of such draws, that hash is a fresh uniformly random 256-bit
 * value whatever the rest of the text is: this draws one directly, which prints what Helm's
 * checksum is (a value no one can predict, new on every include), without drawing ~136
 * characters and hashing ~1.5 KB ~16 times a render. Anything deterministic is computed as
 * Helm computes it: a seeded or caller-made source (no uniformHex256), and texts with fewer
 * random bits (passwords pinned in the values), whose checksum is the sha256 of the text.
 */
export function drawnSecretsChecksum(ctx: RenderContext): string | undefined {
  const draw = ctx.random.uniformHex256;
  if (draw === undefined) return undefined;
  let kept: TextWithHoles<bigint> | undefined;
  try {
    kept = keptForRender(ctx, secretsWithHoles, secretsWithHoles);
  } catch {
    // The include fails: the caller's include reports it where Helm does.
    return undefined;
  }
  if (kept === undefined) return undefined;
  let characters = 0;
  for (const n of kept.holes) characters += Number(n);
  // Each character is one of 62 symbols, drawn uniformly (sprig's randAlphaNum).
  return characters * Math.log2(62) >= DRAWN_CHECKSUM_BITS ? draw() : undefined;
}

const secretsWithHoles = (ctx: RenderContext): TextWithHoles<bigint> | undefined =>
  textWithHoles((hole: RandomSecret) => secretsText(ctx, hole));

/** The template's text, each random value printed by `random`. */
function secretsText(ctx: RenderContext, random: RandomSecret): string {
  const v = (...keys: string[]): GoValue | undefined => fieldAt(ctx.Values, keys);
  const polyaxonSecret = v('polyaxonSecret');
  let out = secretHead(ctx, 'secret');
  out += `\n  POLYAXON_SECRET_KEY: ${truthy(polyaxonSecret) ? secretValue(polyaxonSecret) : random(60n)}`;
  // The chart tests polyaxonSecret (not internalToken) before using internalToken.
  const token = truthy(v('polyaxonSecret')) ? secretValue(v('internalToken')) : random(60n);
  out += `\n  POLYAXON_SECRET_INTERNAL_TOKEN: ${token}`;
  const password = v('user', 'password');
  out += `\n  POLYAXON_ADMIN_PASSWORD: ${truthy(password) ? secretValue(password) : random(16n)}`;
  if (truthy(v('email', 'hostPassword'))) {
    out += `\n  POLYAXON_EMAIL_HOST_PASSWORD: ${secretValue(v('email', 'hostPassword'))}`;
  }
  out += `\n  POLYAXON_K8S_AUTHORISATION: ${secretValue(dflt('', v('k8s', 'authorisation')))}`;
  if (truthy(v('ldap', 'enabled'))) {
    out += `\n  POLYAXON_AUTH_LDAP_BIND_PASSWORD: ${secretValue(dflt('', v('ldap', 'bindPassword')))}`;
  }
  // The blank line after the first Secret stays: the next `if` does not trim on its left.
  out += '\n\n';
  if (not(v('postgresql', 'enabled'))) {
    out += externalSecret(ctx, random, 'postgres', 'postgresql', 'postgres-password');
  }
  // `and` short-circuits (Go >= 1.18): externalServices.redis is only read when redis is off.
  if (truthy(and(not(v('redis', 'enabled')), () => v('externalServices', 'redis', 'usePassword')))) {
    out += externalSecret(ctx, random, 'redis', 'redis', 'redis-password');
  }
  if (not(field(index(ctx.Values, 'rabbitmq-ha'), 'enabled'))) {
    out += externalSecret(ctx, random, 'rabbitmq', 'rabbitmq', 'rabbitmq-password');
  }
  return out;
}
