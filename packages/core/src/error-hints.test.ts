import { describe, expect, it } from 'vitest';
import { RenderError, type RenderErrorWhere, type ValuesSources } from '@polyaxon-render/values';
import { errorCause, valuesPathIn } from './error-cause.js';
import { errorHints } from './error-hints.js';

/** A template error as the runtime raises it: the outermost action, and the include chain. */
function templateError(message: string, inner: { template: string; expression: string }): RenderError {
  const where: RenderErrorWhere = {
    template: 'polyaxon/templates/scheduler-deployment.yaml',
    line: 7,
    column: 24,
    expression: 'include (print $.Template.BasePath "/cm.yaml") .',
    includes: [{ ...inner, line: 25, column: 16 }],
  };
  return new RenderError('template', message, where);
}

const nilEnabled = templateError('nil pointer evaluating interface {}.enabled', {
  template: 'polyaxon/charts/rabbitmq-ha/templates/configmap.yaml',
  expression: '.Values.rabbitmqAuthHTTP.enabled',
});
const ingressEnabled = templateError("can't evaluate field enabled in type interface {}", {
  template: 'polyaxon/templates/cm.yaml',
  expression: '.Values.ingress.enabled',
});
const nvidia = templateError("can't evaluate field nvidia in type interface {}", {
  template: 'polyaxon/templates/cm.yaml',
  expression: '.Values.mountPaths.nvidia.lib',
});
const brokerEq = new RenderError('template', 'error calling eq: incompatible types for comparison', {
  template: 'polyaxon/templates/hooks/create_exchange-job.yaml',
  line: 1,
  column: 7,
  expression: 'eq (.Values.broker | default "rabbitmq") "rabbitmq"',
});

describe('errorHints: which user value a template error points at', () => {
  it.each<[string, RenderError, ValuesSources, string[]]>([
    [
      'a null subchart table, from a values file line',
      nilEnabled,
      { files: [{ name: 'values.yaml', text: 'api:\n  replicas: 1\nrabbitmq-ha:\n  rabbitmqAuthHTTP:\n' }] },
      ['rabbitmq-ha.rabbitmqAuthHTTP is null (values.yaml:4); the chart reads .enabled from it, so it must be a map'],
    ],
    [
      'a table replaced by a number with --set',
      ingressEnabled,
      { set: ['ingress=1'] },
      ['ingress is the number 1 (--set ingress=1); the chart reads .enabled from it, so it must be a map'],
    ],
    [
      'the field that failed is inside the path',
      nvidia,
      { files: [{ name: 'v.yaml', text: 'mountPaths: "x"\n' }] },
      ['mountPaths is the string "x" (v.yaml:1); the chart reads .nvidia from it, so it must be a map'],
    ],
    [
      'a wrong type, with what the schema expects',
      brokerEq,
      { setJSON: ['broker=3'] },
      ['broker is the number 3 (--set-json broker=3); the chart expects one of redis, rabbitmq there'],
    ],
    [
      "a subchart's values replaced by a scalar",
      new RenderError('values', 'type mismatch on redis: %!t(string=off)', { path: 'redis' }),
      { files: [{ name: 'v.yaml', text: 'api: {}\nredis: "off"\n' }] },
      ['redis is the string "off" (v.yaml:2); the redis chart takes its values from it, so it must be a map'],
    ],
    ['a value the user did not set', ingressEnabled, { set: ['api.replicas=2'] }, []],
    ['an error without an expression', new RenderError('template', 'boom', { template: 'x' }), { set: ['a=1'] }, []],
    ['sources that do not parse', ingressEnabled, { files: [{ name: 'v.yaml', text: 'a: [' }] }, []],
  ])('%s', (_what, error, sources, hints) => {
    expect(errorHints(error, sources)).toEqual(hints);
  });
});

describe('errorHints: a rendered document that is not YAML', () => {
  const broken = new RenderError('manifest', 'YAML parse error on polyaxon/templates/api-deployment.yaml: …', {
    template: 'polyaxon/templates/api-deployment.yaml',
  });
  it.each<[string, ValuesSources, string[]]>([
    [
      'names the strings YAML reads as syntax, with their source',
      {
        set: ['api.imagePullPolicy=a: b: c', 'api.replicas=2'],
        files: [{ name: 'v.yaml', text: 'user:\n  email: "- x"\n' }],
      },
      [
        'api.imagePullPolicy is the string "a: b: c" (--set api.imagePullPolicy=a: b: c), which YAML reads as syntax where the chart prints it; the chart expects one of Always, IfNotPresent, Never there',
        'user.email is the string "- x" (v.yaml:2), which YAML reads as syntax where the chart prints it; the chart expects a string there',
      ],
    ],
    ['says nothing of plain strings', { setString: ['api.imagePullPolicy=Always', 'user.email=a@b.c'] }, []],
  ])('%s', (_what, sources, hints) => {
    expect(errorHints(broken, sources)).toEqual(hints);
  });
});

describe('errorCause', () => {
  it('prefixes subchart values with the chart name', () => {
    expect(errorCause(nilEnabled)).toEqual({ segments: ['rabbitmq-ha', 'rabbitmqAuthHTTP'], field: 'enabled' });
  });
  it('takes the whole path when no field failed', () => {
    expect(errorCause(brokerEq)).toEqual({ segments: ['broker'] });
  });
});

describe('valuesPathIn', () => {
  it.each<[string, string[] | undefined]>([
    ['.Values.a.b', ['a', 'b']],
    ['$.Values.x_y.Z', ['x_y', 'Z']],
    ['eq (.Values.broker | default "r") "r"', ['broker']],
    ['include "x" .', undefined],
    ['.Values', undefined],
    ['.Release.Name', undefined],
  ])('%s', (expression, path) => {
    expect(valuesPathIn(expression)).toEqual(path);
  });
});
