import { getKey, hasKey, type GoMap } from '@polyaxon-render/values';
import { describe, expect, it } from 'vitest';
import { testContext } from './context.js';

describe('testContext', () => {
  it('sets dotted paths over the chart defaults, creating tables and deleting on undefined', () => {
    const ctx = testContext({
      values: { 'api.replicas': 3n, 'new.table.key': null, 'ingress.enabled': undefined, user: 'x' },
    });
    expect(getKey(getKey(ctx.Values, 'api') as GoMap, 'replicas')).toBe(3n);
    expect(getKey(getKey(getKey(ctx.Values, 'new') as GoMap, 'table') as GoMap, 'key')).toBeNull();
    expect(hasKey(getKey(ctx.Values, 'ingress') as GoMap, 'enabled')).toBe(false);
    expect(getKey(ctx.Values, 'user')).toBe('x');
    expect(hasKey(ctx.Values, 'rbac')).toBe(true);
  });

  it('describes a subchart as the engine does', () => {
    const ctx = testContext({
      chart: 'redis',
      kubeVersion: 'v1.9.3',
      template: 'secret.yaml',
      release: 'r',
      namespace: 'ns',
    });
    expect(ctx.Chart).toMatchObject({ Name: 'redis', Version: '7.0.0', AppVersion: '4.0.14', IsRoot: false });
    expect(ctx.Capabilities.KubeVersion).toEqual({ Version: 'v1.9.3', Major: '1', Minor: '9', GitVersion: 'v1.9.3' });
    expect(ctx.Template).toEqual({
      Name: 'polyaxon/charts/redis/templates/secret.yaml',
      BasePath: 'polyaxon/charts/redis/templates',
    });
    expect(ctx.Release).toMatchObject({ Name: 'r', Namespace: 'ns' });
    expect(hasKey(ctx.Values, 'cluster')).toBe(true);
  });

  it('starts empty with noDefaults', () => {
    expect(Object.keys(testContext({ noDefaults: true, values: { a: 1 } }).Values)).toEqual(['a']);
  });
});
