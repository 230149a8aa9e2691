/** Port of polyaxon/templates/partials/_pvc_def.tpl: the persistence settings as JSON env vars. */
import type { RenderContext } from '../../../context.js';
import { define, field, quote, toJson, truthy } from '../../../runtime/index.js';

/** `- name: NAME` / `value:` with toJson of X, quoted; with the leading newline the defines produce. */
const jsonEnv = (name: string, value: Parameters<typeof toJson>[0]) =>
  `\n- name: ${name}\n  value: ${quote(toJson(value))}`;

/** data and outputs fall back to `.Values.defaultPersistence.<kind>` when unset. */
function withDefault(ctx: RenderContext, kind: 'data' | 'outputs', name: string): string {
  const value = field(ctx.Values, 'persistence', kind);
  return jsonEnv(name, truthy(value) ? value : field(ctx.Values, 'defaultPersistence', kind));
}

/** logs, repos and upload print nothing when unset. */
function ifSet(ctx: RenderContext, kind: 'logs' | 'repos' | 'upload', name: string): string {
  const value = field(ctx.Values, 'persistence', kind);
  return truthy(value) ? jsonEnv(name, value) : '';
}

/** define "config.persistence.data" */
export const configPersistenceData = define(
  'config.persistence.data',
  'polyaxon/templates/partials/_pvc_def.tpl',
  (ctx: RenderContext): string => withDefault(ctx, 'data', 'POLYAXON_PERSISTENCE_DATA'),
);

/** define "config.persistence.outputs" */
export const configPersistenceOutputs = define(
  'config.persistence.outputs',
  'polyaxon/templates/partials/_pvc_def.tpl',
  (ctx: RenderContext): string => withDefault(ctx, 'outputs', 'POLYAXON_PERSISTENCE_OUTPUTS'),
);

/** define "config.persistence.logs" */
export const configPersistenceLogs = define(
  'config.persistence.logs',
  'polyaxon/templates/partials/_pvc_def.tpl',
  (ctx: RenderContext): string => ifSet(ctx, 'logs', 'POLYAXON_PERSISTENCE_LOGS'),
);

/** define "config.persistence.repos" */
export const configPersistenceRepos = define(
  'config.persistence.repos',
  'polyaxon/templates/partials/_pvc_def.tpl',
  (ctx: RenderContext): string => ifSet(ctx, 'repos', 'POLYAXON_PERSISTENCE_REPOS'),
);

/** define "config.persistence.upload" */
export const configPersistenceUpload = define(
  'config.persistence.upload',
  'polyaxon/templates/partials/_pvc_def.tpl',
  (ctx: RenderContext): string => ifSet(ctx, 'upload', 'POLYAXON_PERSISTENCE_UPLOAD'),
);
