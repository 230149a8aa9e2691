/**
 * Text the polyaxon chart's workload templates (deployments, the resources daemon,
 * the ingress, the hooks) repeat verbatim: the chart label, the checksum
 * annotations, a container's resources block and the head every Deployment shares.
 * Each function quotes the template text it stands for, so a port still reads line
 * by line like its template.
 */
import type { GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../context.js';
import {
  field,
  fieldAt,
  includeSha256,
  indentInclude,
  printValue,
  replace,
  toYamlIndented,
  truthy,
} from '../../runtime/index.js';
import { polyaxonFullname } from '../templates/_helpers.js';
import { cm } from '../templates/cm.js';
import { configSa } from '../templates/partials/_sa.js';
import { configScheduling } from '../templates/partials/_scheduling.js';
import { securityContext } from '../templates/partials/_securityContext.js';
import { drawnSecretsChecksum, secrets } from '../templates/secrets.js';

/** The action `.Values.a.b`: a values field as text/template prints it. */
export function val(ctx: RenderContext, ...keys: string[]): string {
  return printValue(fieldAt(ctx.Values, keys));
}

/** `.Chart.Name`, a hyphen, then `.Chart.Version | replace "+" "_"`: the `chart` label. */
export function chartLabel(ctx: RenderContext): string {
  return `${ctx.Chart.Name}-${replace('+', '_', ctx.Chart.Version)}`;
}

/**
 * The action `include (print $.Template.BasePath "/cm.yaml") . | sha256sum`. Every include
 * renders the template afresh, as Helm does.
 */
export function configChecksum(ctx: RenderContext): string {
  return includeSha256(ctx, 'cm.yaml', cm);
}

/**
 * The action `include (print $.Template.BasePath "/secrets.yaml") . | sha256sum`: a fresh
 * render, so unpinned random secrets hash differently on every include, as in Helm (drawn
 * directly where that hash is a fresh random value: drawnSecretsChecksum).
 */
export function secretsChecksum(ctx: RenderContext): string {
  return drawnSecretsChecksum(ctx) ?? includeSha256(ctx, 'secrets.yaml', secrets);
}

/** `toYaml X | indent n`. */
function yamlIndented(n: number, v: GoValue | undefined): string {
  return toYamlIndented(n, v);
}

/**
 * A container's resources block, from `        resources:` through the closing
 * left-trimming `end` (the newline after it belongs to the caller); each template
 * action is written in words in parentheses:
 *
 *         resources:
 *           requests:
 *   (toYaml of .Values.<service>.resources.requests, indented 12)
 *           (left-trimming if .Values.limitResources)
 *           limits:
 *   (toYaml of .Values.<service>.resources.limits, indented 12)
 *           (left-trimming end)
 */
export function containerResources(ctx: RenderContext, ...service: string[]): string {
  const requests = yamlIndented(12, field(ctx.Values, ...service, 'resources', 'requests'));
  let out = `        resources:\n          requests:\n${requests}`;
  if (truthy(field(ctx.Values, 'limitResources'))) {
    out += `\n          limits:\n${yamlIndented(12, field(ctx.Values, ...service, 'resources', 'limits'))}`;
  }
  return out;
}

/** What distinguishes one polyaxon Deployment template's head from another's. */
export interface DeploymentHead {
  /** Suffix of the Deployment's name and `app` label after `<fullname>-`, e.g. "api". */
  readonly name: string;
  /** Key under `.Values.roles` for the `role` labels, e.g. "worker". */
  readonly role: string;
  /** The `spec.replicas` text, rendered in place (most read `.Values.<service>.replicas`). */
  readonly replicas: () => string;
  /**
   * Suffix of the `app.kubernetes.io/name` label.
   * @default name — scheduler-deployment.yaml says "resources" here (a copy-paste slip kept as is).
   */
  readonly kubernetesName?: string;
}

/**
 * A Deployment from `apiVersion: extensions/v1beta1` through the pod spec's
 * line with the action `include "config.sa" . | indent 6` (no newline after it), identical
 * in every polyaxon deployment template but for the fields of `d`.
 */
export function deploymentHead(ctx: RenderContext, d: DeploymentHead): string {
  // The head prints the fullname, the chart label and the type and role labels several times: each
  // is computed once, where the template first prints it (a failing action fails at the same place),
  // and prints the same each time, as no action in between sets values (the includes render cm.yaml
  // and secrets.yaml, which set nothing).
  const fullname = polyaxonFullname(ctx);
  const chart = chartLabel(ctx);
  const annotations = `    chart: "${chart}"
    checksum/config: ${configChecksum(ctx)}
    checksum/secrets: ${secretsChecksum(ctx)}`;
  const type = val(ctx, 'types', 'core');
  const role = val(ctx, 'roles', d.role);
  return `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: ${fullname}-${d.name}
  annotations:
${annotations}
  labels:
    app: ${fullname}-${d.name}
    chart: "${chart}"
    release: "${ctx.Release.Name}"
    heritage: "${ctx.Release.Service}"
    type: ${type}
    role: ${role}
    app.kubernetes.io/name: ${fullname}-${d.kubernetesName ?? d.name}
    app.kubernetes.io/instance: "${chart}"
    app.kubernetes.io/version: "${ctx.Chart.Version}"
    app.kubernetes.io/part-of: ${type}
    app.kubernetes.io/component: ${role}
    app.kubernetes.io/managed-by: "helm"
spec:
  replicas: ${d.replicas()}
  template:
    metadata:
      annotations:
        chart: "${chart}"
        checksum/config: ${configChecksum(ctx)}
        checksum/secrets: ${secretsChecksum(ctx)}
      labels:
        app: ${fullname}-${d.name}
        release: "${ctx.Release.Name}"
        type: ${type}
        role: ${role}
    spec:
${indentInclude(6, securityContext, ctx)}
${indentInclude(6, configScheduling, ctx)}
${indentInclude(6, configSa, ctx)}`;
}
