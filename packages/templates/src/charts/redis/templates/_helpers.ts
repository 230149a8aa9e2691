/**
 * Port of polyaxon/charts/redis/templates/_helpers.tpl (redis chart 7.0.0).
 *
 * Two of its defines lose to the parent chart's (Helm parses the parent's files
 * last and named templates are global): "redis.fullname" and
 * "networkPolicy.apiVersion". They are not ported here; templates import the
 * parent's versions from polyaxon/templates.
 */
import type { GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../../context.js';
import {
  dflt,
  field,
  or,
  printValue,
  rangeItems,
  sprintf,
  toString,
  trimSuffix,
  trunc,
  truthy,
} from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';

/** define "redis.name" */
export function redisName(ctx: RenderContext): string {
  return trimSuffix('-', trunc(63, dflt(ctx.Chart.Name, field(ctx.Values, 'nameOverride'))));
}

/** define "redis.chart" */
export function redisChart(ctx: RenderContext): string {
  return sprintf('%s-%s', ctx.Chart.Name, ctx.Chart.Version);
}

/**
 * The body the four image defines share: `global.imageRegistry` (when `.Values.global`
 * is set and it is non-empty) replaces the image's own registry. The caller has
 * already evaluated the image's registry, repository and tag, in the template's order.
 */
function imageRef(
  ctx: RenderContext,
  registryName: GoValue | undefined,
  repositoryName: GoValue | undefined,
  tag: string,
): string {
  if (truthy(field(ctx.Values, 'global'))) {
    const globalRegistry = field(ctx.Values, 'global', 'imageRegistry');
    if (truthy(globalRegistry)) return sprintf('%s/%s:%s', globalRegistry, repositoryName, tag);
  }
  return sprintf('%s/%s:%s', registryName, repositoryName, tag);
}

/** `$registry := .Values.<image>.registry`, `$repository := …repository`, `$tag := …tag | toString`. */
function imageOf(ctx: RenderContext, ...image: string[]): string {
  const registryName = field(ctx.Values, ...image, 'registry');
  const repositoryName = field(ctx.Values, ...image, 'repository');
  const tag = toString(field(ctx.Values, ...image, 'tag'));
  return imageRef(ctx, registryName, repositoryName, tag);
}

/** define "redis.image" */
export function redisImage(ctx: RenderContext): string {
  return imageOf(ctx, 'image');
}

/** define "sentinel.image" */
export function sentinelImage(ctx: RenderContext): string {
  return imageOf(ctx, 'sentinel', 'image');
}

/** define "redis.metrics.image" */
export function redisMetricsImage(ctx: RenderContext): string {
  return imageOf(ctx, 'metrics', 'image');
}

/** define "redis.volumePermissions.image" */
export function redisVolumePermissionsImage(ctx: RenderContext): string {
  return imageOf(ctx, 'volumePermissions', 'image');
}

/** define "redis.sysctl.image": the registry and tag have defaults here. */
export function redisSysctlImage(ctx: RenderContext): string {
  const registryName = dflt('docker.io', field(ctx.Values, 'sysctlImage', 'registry'));
  const repositoryName = field(ctx.Values, 'sysctlImage', 'repository');
  const tag = toString(dflt('latest', field(ctx.Values, 'sysctlImage', 'tag')));
  return imageRef(ctx, registryName, repositoryName, tag);
}

/** define "redis.serviceAccountName" */
export function redisServiceAccountName(ctx: RenderContext): string {
  if (truthy(field(ctx.Values, 'serviceAccount', 'create'))) {
    return printValue(dflt(redisFullname(ctx), field(ctx.Values, 'serviceAccount', 'name')));
  }
  return printValue(dflt('default', field(ctx.Values, 'serviceAccount', 'name')));
}

/** define "redis.secretName" */
export function redisSecretName(ctx: RenderContext): string {
  const existing = field(ctx.Values, 'existingSecret');
  if (truthy(existing)) return sprintf('%s', existing);
  return sprintf('%s', redisFullname(ctx));
}

/**
 * define "redis.imagePullSecrets": "" or "\nimagePullSecrets:" followed by one
 * "\n  - name: X" per secret. `global.imagePullSecrets` wins when `.Values.global`
 * is set; otherwise the pull secrets of all four images, in this order.
 */
export function redisImagePullSecrets(ctx: RenderContext): string {
  const names = (list: GoValue | undefined) =>
    rangeItems(list)
      .map((s) => `\n  - name: ${printValue(s)}`)
      .join('');
  const perImage = () => {
    const lists = [
      () => field(ctx.Values, 'image', 'pullSecrets'),
      () => field(ctx.Values, 'metrics', 'image', 'pullSecrets'),
      () => field(ctx.Values, 'sysctlImage', 'pullSecrets'),
      () => field(ctx.Values, 'volumePermissions', 'image', 'pullSecrets'),
    ];
    // `or` short-circuits (Go >= 1.18), so a later nil parent only fails when reached.
    if (!truthy(or(...lists))) return '';
    return '\nimagePullSecrets:' + lists.map((l) => names(l())).join('');
  };
  if (truthy(field(ctx.Values, 'global'))) {
    const global = field(ctx.Values, 'global', 'imagePullSecrets');
    if (truthy(global)) return '\nimagePullSecrets:' + names(global);
  }
  return perImage();
}
