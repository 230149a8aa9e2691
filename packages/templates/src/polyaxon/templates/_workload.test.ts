/**
 * The polyaxon workload templates' own quirks, checked without the rest of the
 * chart (whole renders are pinned by the fixtures/cases/polyaxon-{deploy,ing,svc,
 * ds,hooks,kube,release}-* goldens). Expected texts are what Helm 3.17.3 prints.
 */
import { describe, expect, it } from 'vitest';
import { newMap, polyaxonDefaults, setKey, toGoValue, type GoMap } from '@polyaxon-render/values';
import type { RenderContext } from '../../context.js';
import { seededRandom } from '../../runtime/sprig.js';
import { TemplateError } from '../../runtime/template-error.js';
import { apiSvc } from './api-svc.js';
import { containerResources } from './_workload.js';
import { createExchangeJob } from './hooks/create_exchange-job.js';
import { loadFixturesJob } from './hooks/load-fixtures-job.js';
import { ing } from './ing.js';
import { monitorsDeployment } from './monitors-deployment.js';
import { resourcesDs } from './resources-ds.js';

/** The chart defaults with `path` (dot-separated) set to `v`, as a values file would. */
function context(overrides: Record<string, unknown> = {}): RenderContext {
  const values = polyaxonDefaults();
  for (const [path, v] of Object.entries(overrides)) {
    const keys = path.split('.');
    let m: GoMap = values;
    for (const k of keys.slice(0, -1)) {
      const next = m[k];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) setKey(m, k, newMap());
      m = m[k] as GoMap;
    }
    setKey(m, keys[keys.length - 1]!, toGoValue(v));
  }
  return {
    Values: values,
    Release: { Name: 'rel', Namespace: 'default', Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 },
    Chart: { Name: 'polyaxon', Version: '0.5.5', AppVersion: '', IsRoot: true },
    Capabilities: {
      KubeVersion: { Version: 'v1.32.0', Major: '1', Minor: '32', GitVersion: 'v1.32.0' },
      APIVersions: [],
    },
    Template: { Name: 'polyaxon/templates/x.yaml', BasePath: 'polyaxon/templates' },
    random: seededRandom(1),
  };
}

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
    expect(apiSvc(context({ serviceType: 'NodePort' }))).toContain('    targetPort: 80\n    nodePort: 31811\n    name: api\n');
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
    ['resources daemon of nil', () => resourcesDs(context({ resourcesDaemon: null })), 'nil pointer evaluating interface {}.enabled'],
    ['broker that is a number', () => createExchangeJob(context({ broker: 1 })), 'error calling eq: incompatible types for comparison'],
    ['statuses monitor of nil', () => monitorsDeployment(context({ 'eventMonitors.statuses': null })), 'nil pointer evaluating interface {}.enabled'],
  ])('%s', (_name, run, message) => {
    expect(run).toThrow(TemplateError);
    expect(run).toThrow(message);
  });
});
