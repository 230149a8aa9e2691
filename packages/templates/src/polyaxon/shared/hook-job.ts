/**
 * The part every polyaxon hook Job template (polyaxon/templates/hooks/*.yaml) shares:
 * from `apiVersion: batch/v1` through `      containers:`. The hooks differ only in
 * the names and hook annotations passed here, and in their containers.
 */
import type { RenderContext } from '../../context.js';
import { indentInclude } from '../../runtime/index.js';
import { polyaxonFullname } from '../templates/_helpers.js';
import { chartLabel, val } from './workload.js';
import { configEnvFrom } from '../templates/partials/_envFrom.js';
import { configEnvs } from '../templates/partials/_envs.js';
import { configSa } from '../templates/partials/_sa.js';
import { configScheduling } from '../templates/partials/_scheduling.js';
import { securityContext } from '../templates/partials/_securityContext.js';

export interface HookJob {
  /** Suffix of the Job's name after `<release>-` and of its `app.kubernetes.io/name` label. */
  readonly name: string;
  /** `helm.sh/hook`, e.g. "post-install". */
  readonly hook: string;
  /** `helm.sh/hook-weight`, as written in the chart (quoted there). */
  readonly weight: string;
  /** `helm.sh/hook-delete-policy`. */
  readonly deletePolicy: string;
}

/** The Job up to and including the `      containers:` line (no newline after it). */
export function hookJobHead(ctx: RenderContext, job: HookJob): string {
  // Computed once each, in the order the template first prints them (nothing before them can fail
  // or set values): each prints the same every time.
  const fullname = polyaxonFullname(ctx);
  const chart = chartLabel(ctx);
  const type = val(ctx, 'types', 'core');
  const role = val(ctx, 'roles', 'hooks');
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: "${ctx.Release.Name}-${job.name}"
  labels:
    app: ${fullname}
    chart: "${chart}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
    type: ${type}
    role: ${role}
    app.kubernetes.io/name: ${fullname}-${job.name}
    app.kubernetes.io/instance: "${chart}"
    app.kubernetes.io/version: "${ctx.Chart.Version}"
    app.kubernetes.io/part-of: ${type}
    app.kubernetes.io/component: ${role}
    app.kubernetes.io/managed-by: "helm"
  annotations:
    # This is what defines this resource as a hook. Without this line, the
    # job is considered part of the release.
    "helm.sh/hook": ${job.hook}
    "helm.sh/hook-weight": "${job.weight}"
    "helm.sh/hook-delete-policy": "${job.deletePolicy}"
spec:
  template:
    metadata:
      name: "${ctx.Release.Name}-${job.name}"
      labels:
        app: ${fullname}
        release: "${ctx.Release.Name}"
    spec:
${indentInclude(6, securityContext, ctx)}
${indentInclude(6, configScheduling, ctx)}
${indentInclude(6, configSa, ctx)}
      restartPolicy: Never
      activeDeadlineSeconds: 360
      containers:`;
}

/**
 * A container running the `hooks` (polyaxon-manage) image with fixed arguments,
 * from `      - name:` through the `config.envs` include (no newline after it); each
 * template action is written in words in parentheses:
 *
 *       - name: <name>
 *         image: "(.Values.hooks.image):(.Values.hooks.imageTag)"
 *         imagePullPolicy: (.Values.hooks.imagePullPolicy)
 *         args: <args>
 *         envFrom:
 * (include "config.envFrom" ., indented 8)
 *         env:
 * (include "config.envs" ., indented 8)
 */
export function manageContainer(ctx: RenderContext, name: string, args: string): string {
  return `      - name: ${name}
        image: "${val(ctx, 'hooks', 'image')}:${val(ctx, 'hooks', 'imageTag')}"
        imagePullPolicy: ${val(ctx, 'hooks', 'imagePullPolicy')}
        args: ${args}
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}`;
}
