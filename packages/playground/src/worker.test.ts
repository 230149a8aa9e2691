import { describe, expect, it } from 'vitest';
import { createRenderer, render } from 'polyaxon-render';
import { cliErrorLine, cliHintLines, runCliFor } from './cli-run.js';
import { defaultInputs, type Inputs } from './protocol.js';
import { optionsOf, renderFor } from './worker.js';

const values = 'api:\n  replicas: 3\n  service:\n    name: front\nrbac:\n  enabled: false\n';

const cases: [string, Inputs][] = [
  ['the defaults', defaultInputs],
  ['values, release name and namespace', { ...defaultInputs, values, release: 'px', namespace: 'team-a' }],
  ['another seed', { ...defaultInputs, values, seed: 7 }],
  ['a kube version', { ...defaultInputs, values, kubeVersion: '1.16' }],
  ['show only', { ...defaultInputs, values, showOnly: 'templates/api-*.yaml' }],
  ['show only a subchart', { ...defaultInputs, showOnly: 'charts/postgresql/templates/*' }],
  [
    'YAML 1.1 values (yes is true, 010 is octal)',
    { ...defaultInputs, values: 'rbac:\n  enabled: no\napi:\n  replicas: 010\n' },
  ],
  ['an empty values file', { ...defaultInputs, values: '' }],
];

const failures: [string, Inputs][] = [
  [
    'a values file that does not parse',
    { ...defaultInputs, values: 'api:\n  replicas: 2\n  service: {name: x\nuser: root\n' },
  ],
  ['a template that fails on a value', { ...defaultInputs, values: 'api: 1\n' }],
  ['an invalid release name', { ...defaultInputs, release: 'Polyaxon_1' }],
  ['an invalid kube version', { ...defaultInputs, kubeVersion: '1.x' }],
  ['a filter that matches nothing', { ...defaultInputs, showOnly: 'templates/<img src=x>.yaml' }],
  ['values that are not a map', { ...defaultInputs, values: '- a\n' }],
  ['a null subchart table', { ...defaultInputs, values: 'api:\n  replicas: 1\nrabbitmq-ha:\n  rabbitmqAuthHTTP:\n' }],
  ['a table replaced by a string', { ...defaultInputs, values: 'ingress: "yes please"\n' }],
  ["a subchart's values replaced by a scalar", { ...defaultInputs, values: 'api: {}\nredis: "off"\n' }],
  ['a string YAML reads as syntax', { ...defaultInputs, values: 'api:\n  imagePullPolicy: "a: b: c"\n' }],
  ['a template failure with modernize on', { ...defaultInputs, values: 'api: 1\n', modernize: true }],
];

/** The failures the CLI has hints for (the rest must have none, as the CLI prints none). */
const hinted = [
  'a template that fails on a value',
  'a null subchart table',
  'a table replaced by a string',
  "a subchart's values replaced by a scalar",
  'a string YAML reads as syntax',
  'a template failure with modernize on',
];

describe('the worker renders what the CLI prints', () => {
  it.each(cases)('%s', async (_, inputs) => {
    const r = await renderFor({ id: 1, inputs, notes: false });
    const cli = await runCliFor(inputs);
    expect(cli.exit).toBe(0);
    expect(r.failure).toBeNull();
    expect(r.text).toBe(cli.stdout);
  });

  it('gives the same text through the one renderer the worker keeps, case after case', async () => {
    const renderer = createRenderer();
    for (const [, inputs] of [...cases, ...failures, ...cases]) {
      const kept = await renderFor({ id: 1, inputs, notes: true }, renderer);
      const fresh = await renderFor({ id: 1, inputs, notes: true });
      expect({ ...kept, renderMs: 0 }).toEqual({ ...fresh, renderMs: 0 });
    }
  });

  it.each(failures)("shows the CLI's Error: line for %s", async (_, inputs) => {
    const r = await renderFor({ id: 1, inputs, notes: false });
    const cli = await runCliFor(inputs);
    expect(cli.exit).not.toBe(0);
    expect(r.text).toBeNull();
    expect(r.failure?.line).toBe(cliErrorLine(cli.stderr));
    expect(r.failure?.advice.length).toBeGreaterThan(0);
  });

  it.each(failures)("shows the CLI's hint: lines for %s", async (what, inputs) => {
    const r = await renderFor({ id: 1, inputs, notes: false });
    const cli = await runCliFor(inputs);
    expect(r.failure?.hints).toEqual(cliHintLines(cli.stderr));
    // The table must keep testing hints, not only their absence.
    expect(r.failure!.hints.length > 0).toBe(hinted.includes(what));
  });

  it('points at the values line a parse error names', async () => {
    const r = await renderFor({ id: 1, inputs: failures[0][1], notes: false });
    expect(r.failure?.valuesLine).toBeGreaterThanOrEqual(3);
    expect(r.failure?.line).toContain(`yaml: line ${r.failure?.valuesLine}:`);
  });

  it('gives the NOTES the CLI prints with --notes', async () => {
    const inputs = { ...defaultInputs, values, release: 'px', namespace: 'ns' };
    const r = await renderFor({ id: 1, inputs, notes: true });
    const cli = await runCliFor(inputs, ['--notes']);
    expect(r.notes).toBe(cli.stdout);
  });

  it('outlines the full output and lists every template for the filter, whatever is shown', async () => {
    const r = await renderFor({
      id: 1,
      inputs: { ...defaultInputs, showOnly: 'templates/api-deployment.yaml' },
      notes: false,
    });
    expect(r.outline.map((e) => e.kind)).toEqual(['Deployment']);
    expect(r.templates.length).toBeGreaterThan(20);
  });

  it('passes modernize through to render()', async () => {
    const inputs = { ...defaultInputs, values, modernize: true };
    expect(optionsOf(inputs)).toMatchObject({ modernize: true });
    expect(optionsOf({ ...inputs, modernize: false }).modernize).toBeUndefined();
    const r = await renderFor({ id: 1, inputs, notes: false });
    expect(r.text).toBe(render(undefined, { ...optionsOf(inputs), modernize: true }));
    expect(r.text).toContain('apiVersion: apps/v1\nkind: Deployment');
  });

  it.each([
    [
      'empty fields are unset flags',
      defaultInputs,
      { releaseName: undefined, namespace: 'default', kubeVersion: undefined, seed: 1 },
    ],
    ['no seed', { ...defaultInputs, seed: null }, { seed: undefined }],
  ])('options: %s', (_, inputs, expected) => {
    expect(optionsOf(inputs)).toMatchObject(expected);
  });
});
