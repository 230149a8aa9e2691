/**
 * Port of polyaxon/charts/rabbitmq-ha/templates/_helpers.tpl (rabbitmq-ha 1.27.1).
 *
 * None of these names collides with a parent define (the parent's are
 * "rabbitmq.*", not "rabbitmq-ha.*"), so the subchart's own versions are the live ones.
 * Also home to the few expressions every template of the chart repeats.
 */
import type { RenderContext } from '../../../context.js';
import {
  contains,
  define,
  dflt,
  field,
  fieldAt,
  indent,
  printValue,
  quote,
  replace,
  sprint,
  sprintf,
  toYamlIndented,
  trimSuffix,
  trunc,
  truthy,
} from '../../../runtime/index.js';

/** define "rabbitmq-ha.name" */
export const rabbitmqHaName = define(
  'rabbitmq-ha.name',
  'polyaxon/charts/rabbitmq-ha/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return trimSuffix('-', trunc(63n, dflt(ctx.Chart.Name, field(ctx.Values, 'nameOverride'))));
  },
);

/** define "rabbitmq-ha.fullname": the release name alone when it already contains the chart name. */
export const rabbitmqHaFullname = define(
  'rabbitmq-ha.fullname',
  'polyaxon/charts/rabbitmq-ha/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    const override = field(ctx.Values, 'fullnameOverride');
    if (truthy(override)) return trimSuffix('-', trunc(63n, override));
    const name = dflt(ctx.Chart.Name, field(ctx.Values, 'nameOverride'));
    if (contains(name, ctx.Release.Name)) return trimSuffix('-', trunc(63n, ctx.Release.Name));
    return trimSuffix('-', trunc(63n, sprintf('%s-%s', ctx.Release.Name, name)));
  },
);

/** define "rabbitmq-ha.chart" */
export const rabbitmqHaChart = define(
  'rabbitmq-ha.chart',
  'polyaxon/charts/rabbitmq-ha/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return trimSuffix('-', trunc(63n, replace('+', '_', sprintf('%s-%s', ctx.Chart.Name, ctx.Chart.Version))));
  },
);

/**
 * define "rabbitmq-ha.serviceAccountName". The indented `default` actions sit between
 * actions that trim on both sides, so their leading spaces and newlines are trimmed away.
 */
export const rabbitmqHaServiceAccountName = define(
  'rabbitmq-ha.serviceAccountName',
  'polyaxon/charts/rabbitmq-ha/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    // Go's order: the `if` first, then default's arguments left to right (a failing read names its action).
    const name = () => field(ctx.Values, 'serviceAccount', 'name');
    if (truthy(field(ctx.Values, 'serviceAccount', 'create'))) {
      const fullname = rabbitmqHaFullname(ctx);
      return printValue(dflt(fullname, name()));
    }
    return printValue(dflt('default', name()));
  },
);

/** define "rabbitmq-ha.secretName": `existingSecret` or the chart's own Secret. */
export const rabbitmqHaSecretName = define(
  'rabbitmq-ha.secretName',
  'polyaxon/charts/rabbitmq-ha/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return printValue(dflt(rabbitmqHaFullname(ctx), field(ctx.Values, 'existingSecret')));
  },
);

/** define "rabbitmq-ha.certSecretName" */
export const rabbitmqHaCertSecretName = define(
  'rabbitmq-ha.certSecretName',
  'polyaxon/charts/rabbitmq-ha/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    return printValue(
      dflt(sprint(rabbitmqHaFullname(ctx), '-cert'), field(ctx.Values, 'rabbitmqCert', 'existingSecret')),
    );
  },
);

/**
 * define "rabbitmq-ha.definitions": the definitions.json the management plugin loads.
 * Reads the passwords from .Values, where secret.yaml has just `set` the generated ones.
 * The user-supplied fragments are strings pasted in with `indent 4`; the optional ones
 * follow a `,` glued to the closing brace of the built-in entry.
 */
export const rabbitmqHaDefinitions = define(
  'rabbitmq-ha.definitions',
  'polyaxon/charts/rabbitmq-ha/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    const defs = (key: string) => field(ctx.Values, 'definitions', key);
    // After the built-in entry's `}`: a trimming `if X`, then `,`, X indented by 4, and a trimming
    // `end`, which takes the newline before it.
    const more = (key: string) => (truthy(defs(key)) ? `,\n${indent(4n, defs(key))}` : '');
    const v = (key: string) => quote(field(ctx.Values, key));
    let out = `{
  "users": [
    {
      "name": ${v('managementUsername')},
      "password": ${v('managementPassword')},
      "tags": "management"
    },
    {
      "name": ${v('rabbitmqUsername')},
      "password": ${v('rabbitmqPassword')},
      "tags": "administrator"
    }`;
    out += more('users');
    out += `
  ],
  "vhosts": [
    {
      "name": ${v('rabbitmqVhost')}
    }`;
    out += more('vhosts');
    out += `
  ],
  "permissions": [
    {
      "user": ${v('rabbitmqUsername')},
      "vhost": ${v('rabbitmqVhost')},
      "configure": ".*",
      "read": ".*",
      "write": ".*"
    }`;
    out += more('permissions');
    // The remaining sections are pasted unconditionally: an empty one leaves a line of four spaces.
    for (const key of ['parameters', 'policies', 'queues', 'exchanges', 'bindings']) {
      out += `
  ],
  "${key}": [
${indent(4n, defs(key))}`;
    }
    return out + '\n  ]\n}';
  },
);

/** A values field (`.Values.a.b`) as text/template prints it. */
export function val(ctx: RenderContext, ...keys: string[]): string {
  return printValue(fieldAt(ctx.Values, keys));
}

/**
 * A trimming `if .Values.X`, toYaml of X indented by n, a trimming `end`: a newline and the
 * indented YAML when X is set, else nothing.
 */
export function yamlBlock(ctx: RenderContext, n: bigint, ...keys: string[]): string {
  const v = fieldAt(ctx.Values, keys);
  return truthy(v) ? `\n${toYamlIndented(n, v)}` : '';
}

/** The `extraLabels` lines most metadata blocks append to their labels. */
export function extraLabels(ctx: RenderContext, n: bigint = 4n): string {
  return yamlBlock(ctx, n, 'extraLabels');
}

/** The optional plugins' Service ports, in the order service.yaml and service-discovery.yaml list them. */
const pluginServicePorts: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'rabbitmqSTOMPPlugin',
    [
      ['stomp-tcp', '61613'],
      ['stomp-ssl', '61614'],
    ],
  ],
  ['rabbitmqWebSTOMPPlugin', [['stomp-ws', '15674']]],
  [
    'rabbitmqMQTTPlugin',
    [
      ['mqtt-tcp', '1883'],
      ['mqtt-ssl', '8883'],
    ],
  ],
  ['rabbitmqWebMQTTPlugin', [['mqtt-ws', '15675']]],
];

/** The Service port entries of the enabled plugins and AMQPS (same text in both Services). */
export function pluginPorts(ctx: RenderContext): string {
  let out = '';
  const port = (name: string, number: string) => `
    - name: ${name}
      protocol: TCP
      port: ${number}
      targetPort: ${name}`;
  for (const [table, ports] of pluginServicePorts) {
    if (!truthy(field(ctx.Values, table, 'enabled'))) continue;
    for (const [name, number] of ports) out += port(name, number);
  }
  if (truthy(field(ctx.Values, 'rabbitmqAmqpsSupport', 'enabled'))) {
    out += port('amqps', val(ctx, 'rabbitmqAmqpsSupport', 'amqpsNodePort'));
  }
  return out;
}
