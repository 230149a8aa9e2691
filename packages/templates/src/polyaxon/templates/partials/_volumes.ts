/** Port of polyaxon/templates/partials/_volumes.tpl: volume mounts, volumes and the nvidia host dirs. */
import type { GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../../context.js';
import { and, define, dflt, field, not, printValue, quote, rangeEntries, truthy } from '../../../runtime/index.js';

const persistence = (ctx: RenderContext, ...keys: string[]) => field(ctx.Values, 'persistence', ...keys);

/**
 * One mount entry. The chart's `if .subPath`, indented two spaces and trimming only on
 * its right, keeps the newline and indent before it,
 * so without a subPath the entry ends in two trailing spaces (kept on purpose).
 */
function mount(name: string, volume: GoValue | undefined): string {
  const mountPath = quote(field(volume, 'mountPath'));
  const subPath = field(volume, 'subPath');
  const tail = truthy(subPath) ? `subPath: ${quote(subPath)}` : '';
  return `\n- mountPath: ${mountPath}\n  name: ${name}\n  ${tail}`;
}

/** The mounts of a named-volume table (data, outputs): each non-store entry, or the default volume. */
function tableMounts(ctx: RenderContext, kind: 'data' | 'outputs'): string {
  const table = persistence(ctx, kind);
  if (!truthy(table)) {
    return `\n- mountPath: ${quote(field(ctx.Values, 'defaultPersistence', kind, kind, 'mountPath'))}\n  name: ${kind}`;
  }
  let out = '';
  for (const [key, val] of rangeEntries(table)) {
    if (not(field(val, 'store'))) out += mount(printValue(key), val);
  }
  return out;
}

/** define "volumes.volumeMounts.upload" */
export const volumesVolumeMountsUpload = define(
  'volumes.volumeMounts.upload',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => {
    const upload = persistence(ctx, 'upload');
    return truthy(upload) ? mount('upload', upload) : '';
  },
);

/** define "volumes.volumeMounts.logs": no mount when logs go to a store. */
export const volumesVolumeMountsLogs = define(
  'volumes.volumeMounts.logs',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => {
    const logs = persistence(ctx, 'logs');
    if (!truthy(logs) || truthy(field(logs, 'store'))) return '';
    return mount('logs', logs);
  },
);

/** define "volumes.volumeMounts.repos" */
export const volumesVolumeMountsRepos = define(
  'volumes.volumeMounts.repos',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => {
    const repos = persistence(ctx, 'repos');
    return truthy(repos) ? mount('repos', repos) : '';
  },
);

/** define "volumes.volumeMounts.data" */
export const volumesVolumeMountsData = define(
  'volumes.volumeMounts.data',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => tableMounts(ctx, 'data'),
);

/** define "volumes.volumeMounts.outputs" */
export const volumesVolumeMountsOutputs = define(
  'volumes.volumeMounts.outputs',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => tableMounts(ctx, 'outputs'),
);

const sslOn = (ctx: RenderContext) =>
  truthy(and(field(ctx.Values, 'ssl', 'enabled'), () => field(ctx.Values, 'ssl', 'secretName')));

/** define "volumes.volumeMounts.ssl" */
export const volumesVolumeMountsSsl = define(
  'volumes.volumeMounts.ssl',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => {
    if (!sslOn(ctx)) return '';
    const path = quote(dflt('/etc/ssl', field(ctx.Values, 'ssl', 'path')));
    return `\n- name: polyaxon-ssl-volume\n  readOnly: true\n  mountPath: ${path}`;
  },
);

/**
 * A volume's source: the existing claim, else a hostPath (`hostPath | default mountPath`).
 * `claimQuoted` is false for the data/outputs tables, whose claimName the chart prints bare.
 */
function volumeSource(volume: GoValue | undefined, claimQuoted: boolean): string {
  const claim = field(volume, 'existingClaim');
  if (truthy(claim)) {
    return `\n  persistentVolumeClaim:\n    claimName: ${claimQuoted ? quote(claim) : printValue(claim)}`;
  }
  const hostPath = field(volume, 'hostPath');
  const path = dflt(field(volume, 'mountPath'), hostPath);
  return `\n  hostPath:\n    path: ${quote(path)}`;
}

/** The volumes of a named-volume table (data, outputs): each non-store entry, or the default hostPath. */
function tableVolumes(ctx: RenderContext, kind: 'data' | 'outputs'): string {
  const table = persistence(ctx, kind);
  if (!truthy(table)) {
    const path = quote(field(ctx.Values, 'defaultPersistence', kind, kind, 'hostPath'));
    return `\n- name: ${kind}\n  hostPath:\n    path: ${path}`;
  }
  let out = '';
  for (const [key, val] of rangeEntries(table)) {
    if (not(field(val, 'store'))) out += `\n- name: ${printValue(key)}${volumeSource(val, false)}`;
  }
  return out;
}

/** define "volumes.volumes.upload": the `- name: upload` line is there even without persistence (no newline before it). */
export const volumesVolumesUpload = define(
  'volumes.volumes.upload',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => {
    const upload = persistence(ctx, 'upload');
    return '- name: upload' + (truthy(upload) ? volumeSource(upload, true) : '');
  },
);

/** define "volumes.volumes.repos": as upload. */
export const volumesVolumesRepos = define(
  'volumes.volumes.repos',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => {
    const repos = persistence(ctx, 'repos');
    return '- name: repos' + (truthy(repos) ? volumeSource(repos, true) : '');
  },
);

/** define "volumes.volumes.logs": nothing when logs go to a store. */
export const volumesVolumesLogs = define(
  'volumes.volumes.logs',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => {
    const logs = persistence(ctx, 'logs');
    if (!truthy(logs) || truthy(field(logs, 'store'))) return '';
    return `\n- name: logs${volumeSource(logs, true)}`;
  },
);

/** define "volumes.volumes.data" */
export const volumesVolumesData = define(
  'volumes.volumes.data',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => tableVolumes(ctx, 'data'),
);

/** define "volumes.volumes.outputs" */
export const volumesVolumesOutputs = define(
  'volumes.volumes.outputs',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => tableVolumes(ctx, 'outputs'),
);

/** define "volumes.volumes.ssl" */
export const volumesVolumesSsl = define(
  'volumes.volumes.ssl',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => {
    if (!sslOn(ctx)) return '';
    const secretName = quote(field(ctx.Values, 'ssl', 'secretName'));
    return `\n- name: polyaxon-ssl-volume\n  secret:\n    secretName: ${secretName}`;
  },
);

const nvidiaDirs = ['lib', 'bin', 'libcuda'] as const;

/** `and .Values.dirs.nvidia.lib .Values.dirs.nvidia.bin .Values.dirs.nvidia.libcuda` (short-circuits). */
const nvidiaDirsSet = (ctx: RenderContext) =>
  truthy(and(...nvidiaDirs.map((d) => () => field(ctx.Values, 'dirs', 'nvidia', d))));

/** define "volumes.dirs": hostPath volumes for the nvidia dirs, when all three are set. */
export const volumesDirs = define(
  'volumes.dirs',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => {
    if (!nvidiaDirsSet(ctx)) return '';
    return nvidiaDirs
      .map((d) => `\n- name: nvidia-${d}\n  hostPath:\n    path: ${quote(field(ctx.Values, 'dirs', 'nvidia', d))}`)
      .join('');
  },
);

/** define "volumes.dirMounts": mounts for the nvidia dirs, at `mountPaths.nvidia.*` when set, else the host path. */
export const volumesDirMounts = define(
  'volumes.dirMounts',
  'polyaxon/templates/partials/_volumes.tpl',
  (ctx: RenderContext): string => {
    if (!nvidiaDirsSet(ctx)) return '';
    return nvidiaDirs
      .map((d) => {
        const mountPath = field(ctx.Values, 'mountPaths', 'nvidia', d);
        const path = truthy(mountPath) ? mountPath : field(ctx.Values, 'dirs', 'nvidia', d);
        return `\n- name: nvidia-${d}\n  mountPath: ${quote(path)}`;
      })
      .join('');
  },
);
