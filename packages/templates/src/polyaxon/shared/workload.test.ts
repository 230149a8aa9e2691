/**
 * The polyaxon workload templates' own quirks, checked without the rest of the
 * chart (whole renders are pinned by the fixtures/cases/polyaxon-{deploy,ing,svc,
 * ds,hooks,kube,release}-* goldens). Expected texts are what Helm 3.17.3 prints.
 */
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../runtime/template-error.js';
import { testContext } from '../../testing/context.js';
import { apiSvc } from '../templates/api-svc.js';
import { containerResources } from './workload.js';
import { createExchangeJob } from '../templates/hooks/create_exchange-job.js';
import { loadFixturesJob } from '../templates/hooks/load-fixtures-job.js';
import { ing } from '../templates/ing.js';
import { monitorsDeployment } from '../templates/monitors-deployment.js';
import { resourcesDs } from '../templates/resources-ds.js';

const context = (values: Record<string, unknown> = {}) => testContext({ values });

describe('containerResources', () => {
  it.each([
    [false, '        resources:\n          requests:\n            cpu: 128m\n            memory: 300Mi'],
    [
      true,
      '        resources:\n          requests:\n            cpu: 128m\n            memory: 300Mi\n' +
        '          limits:\n            cpu: 1000m\n            memory: 2000Mi',
    ],
  ])('limitResources=%s', (limit, expected) => {
    expect(containerResources(context({ limitResources: limit }), 'api')).toBe(expected);
  });

  it('prints a nil requests map as yaml null', () => {
    expect(containerResources(context({ 'api.resources.requests': null }), 'api')).toBe(
      '        resources:\n          requests:\n            null',
    );
  });
});

describe('whitespace kept from the templates', () => {
  it('api-svc leaves four spaces where nodePort would be', () => {
    expect(apiSvc(context())).toContain('    targetPort: 80\n    \n    name: api\n');
    expect(apiSvc(context({ serviceType: 'NodePort' }))).toContain(
      '    targetPort: 80\n    nodePort: 31811\n    name: api\n',
    );
  });

  it('api-svc annotations follow a line of two spaces', () => {
    expect(apiSvc(context({ 'api.service.annotations': { a: 'b' } }))).toContain(
      '    app.kubernetes.io/managed-by: "helm"\n  annotations:\n  \n    a: b\nspec:\n',
    );
  });

  it('ing is a lone newline when disabled, and starts with --- when enabled', () => {
    expect(ing(context())).toBe('\n');
    const text = ing(context({ 'ingress.enabled': true }));
    expect(text.startsWith('---\napiVersion: extensions/v1beta1\n')).toBe(true);
    expect(text).toContain('  annotations:\n    null\nspec:\n');
    expect(text).toContain('  - host: \n');
    expect(text.endsWith('          servicePort: 80\n')).toBe(true);
  });

  it('the statuses comment line stays when no monitor runs', () => {
    const text = monitorsDeployment(
      context({ 'eventMonitors.namespace.enabled': false, 'eventMonitors.statuses.enabled': false }),
    );
    expect(text.endsWith('      containers:\n      # statuses event monitor\n')).toBe(true);
  });

  it('load-fixtures starts with a newline (its `if` does not trim)', () => {
    expect(loadFixturesJob(context())).toBe('\n');
    expect(loadFixturesJob(context({ 'hooks.loadFixtures': true })).startsWith('\napiVersion: batch/v1\n')).toBe(true);
  });
});

describe('template errors, worded as text/template words them', () => {
  it.each<[string, () => string, string]>([
    [
      'resources daemon of nil',
      () => resourcesDs(context({ resourcesDaemon: null })),
      'nil pointer evaluating interface {}.enabled',
    ],
    [
      'broker that is a number',
      () => createExchangeJob(context({ broker: 1 })),
      'error calling eq: incompatible types for comparison',
    ],
    [
      'statuses monitor of nil',
      () => monitorsDeployment(context({ 'eventMonitors.statuses': null })),
      'nil pointer evaluating interface {}.enabled',
    ],
  ])('%s', (_name, run, message) => {
    expect(run).toThrow(TemplateError);
    expect(run).toThrow(message);
  });
});
