/**
 * Port of polyaxon/templates/partials/_celery.tpl: four defines that differ only
 * in the service whose `celery` table they read.
 */
import type { RenderContext } from '../../../context.js';
import { define, field, quote, truthy } from '../../../runtime/index.js';

/** The celery settings in the chart's order, with the env var each one sets. */
const celerySettings: readonly (readonly [key: string, env: string])[] = [
  ['taskTrackStarted', 'POLYAXON_CELERY_TASK_TRACK_STARTED'],
  ['brokerPoolLimit', 'POLYAXON_CELERY_BROKER_POOL_LIMIT'],
  ['confirmPublish', 'POLYAXON_CELERY_CONFIRM_PUBLISH'],
  ['workerPrefetchMultiplier', 'POLYAXON_CELERY_WORKER_PREFETCH_MULTIPLIER'],
  ['workerMaxTasksPerChild', 'POLYAXON_CELERY_WORKER_MAX_TASKS_PER_CHILD'],
  ['workerMaxMemoryPerChild', 'POLYAXON_CELERY_WORKER_MAX_MEMORY_PER_CHILD'],
  ['taskAlwaysEager', 'POLYAXON_CELERY_TASK_ALWAYS_EAGER'],
];

/**
 * One env entry per truthy setting of `.Values.<service>.celery`, each starting
 * with a newline (the left-trimming `if` eats the newline before it, the text inside keeps its own).
 */
function celeryEnvs(ctx: RenderContext, service: string): string {
  let out = '';
  for (const [key, env] of celerySettings) {
    const value = field(ctx.Values, service, 'celery', key);
    if (truthy(value)) out += `\n- name: ${env}\n  value: ${quote(value)}`;
  }
  return out;
}

/** define "config.celery.scheduler" */
export const configCeleryScheduler = define(
  'config.celery.scheduler',
  'polyaxon/templates/partials/_celery.tpl',
  (ctx: RenderContext): string => celeryEnvs(ctx, 'scheduler'),
);

/** define "config.celery.hpsearch" */
export const configCeleryHpsearch = define(
  'config.celery.hpsearch',
  'polyaxon/templates/partials/_celery.tpl',
  (ctx: RenderContext): string => celeryEnvs(ctx, 'hpsearch'),
);

/** define "config.celery.eventsHandlers" */
export const configCeleryEventsHandlers = define(
  'config.celery.eventsHandlers',
  'polyaxon/templates/partials/_celery.tpl',
  (ctx: RenderContext): string => celeryEnvs(ctx, 'eventsHandlers'),
);

/** define "config.celery.k8sEventsHandlers" */
export const configCeleryK8sEventsHandlers = define(
  'config.celery.k8sEventsHandlers',
  'polyaxon/templates/partials/_celery.tpl',
  (ctx: RenderContext): string => celeryEnvs(ctx, 'k8sEventsHandlers'),
);
