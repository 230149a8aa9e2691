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
  define,
  dflt,
  field,
  or,
  printValue,
  rangeItems,
  textFrom,
  sprintf,
  toString,
  trimSuffix,
  trunc,
  truthy,
} from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';

/** define "redis.name" */
export const redisName = define(
  'redis.name',
  'polyaxon/charts/redis/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return trimSuffix('-', trunc(63, dflt(ctx.Chart.Name, field(ctx.Values, 'nameOverride'))));
  },
);

/** define "redis.chart" */
export const redisChart = define(
  'redis.chart',
  'polyaxon/charts/redis/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return sprintf('%s-%s', ctx.Chart.Name, ctx.Chart.Version);
  },
);

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
export const redisImage = define(
  'redis.image',
  'polyaxon/charts/redis/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return imageOf(ctx, 'image');
  },
);

/** define "sentinel.image" */
export const sentinelImage = define(
  'sentinel.image',
  'polyaxon/charts/redis/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return imageOf(ctx, 'sentinel', 'image');
  },
);

/** define "redis.metrics.image" */
export const redisMetricsImage = define(
  'redis.metrics.image',
  'polyaxon/charts/redis/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return imageOf(ctx, 'metrics', 'image');
  },
);

/** define "redis.volumePermissions.image" */
export const redisVolumePermissionsImage = define(
  'redis.volumePermissions.image',
  'polyaxon/charts/redis/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return imageOf(ctx, 'volumePermissions', 'image');
  },
);

/** define "redis.sysctl.image": the registry and tag have defaults here. */
export const redisSysctlImage = define(
  'redis.sysctl.image',
  'polyaxon/charts/redis/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    const registryName = dflt('docker.io', field(ctx.Values, 'sysctlImage', 'registry'));
    const repositoryName = field(ctx.Values, 'sysctlImage', 'repository');
    const tag = toString(dflt('latest', field(ctx.Values, 'sysctlImage', 'tag')));
    return imageRef(ctx, registryName, repositoryName, tag);
  },
);

/** define "redis.serviceAccountName" */
export const redisServiceAccountName = define(
  'redis.serviceAccountName',
  'polyaxon/charts/redis/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    if (truthy(field(ctx.Values, 'serviceAccount', 'create'))) {
      return printValue(dflt(redisFullname(ctx), field(ctx.Values, 'serviceAccount', 'name')));
    }
    return printValue(dflt('default', field(ctx.Values, 'serviceAccount', 'name')));
  },
);

/** define "redis.secretName" */
export const redisSecretName = define(
  'redis.secretName',
  'polyaxon/charts/redis/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    const existing = field(ctx.Values, 'existingSecret');
    if (truthy(existing)) return sprintf('%s', existing);
    return sprintf('%s', redisFullname(ctx));
  },
);

/**
 * define "redis.imagePullSecrets": "" or "\nimagePullSecrets:" followed by one
 * "\n  - name: X" per secret. `global.imagePullSecrets` wins when `.Values.global`
 * is set; otherwise the pull secrets of all four images, in this order.
 */
export const redisImagePullSecrets = define(
  'redis.imagePullSecrets',
  'polyaxon/charts/redis/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    // `at`: the range's expression, which names it in errors.
    const names = (list: GoValue | undefined, at: string) =>
      rangeItems(list, at)
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
      const at = ['image', 'metrics.image', 'sysctlImage', 'volumePermissions.image'].map(
        (p) => `.Values.${p}.pullSecrets`,
      );
      return '\nimagePullSecrets:' + lists.map((l, i) => names(l(), at[i])).join('');
    };
    if (truthy(field(ctx.Values, 'global'))) {
      const global = field(ctx.Values, 'global', 'imagePullSecrets');
      if (truthy(global)) return '\nimagePullSecrets:' + names(global, '.Values.global.imagePullSecrets');
      // The template writes the per-image part twice: inside `if .Values.global` (from line 198) and after it (212).
      return textFrom(198, perImage);
    }
    return textFrom(212, perImage);
  },
);
