import { describe, expect, it } from 'vitest';
import { isServed, newestServed, targetMinor } from './api-table.js';

describe('newestServed: the newest API version each target serves', () => {
  it.each([
    ['Deployment', 32, 'apps/v1'],
    ['Deployment', 15, 'apps/v1'],
    ['Deployment', 8, 'apps/v1beta2'],
    ['DaemonSet', 32, 'apps/v1'],
    ['StatefulSet', 32, 'apps/v1'],
    ['StatefulSet', 7, 'apps/v1beta1'],
    ['Ingress', 32, 'networking.k8s.io/v1'],
    ['Ingress', 19, 'networking.k8s.io/v1'],
    ['Ingress', 18, 'networking.k8s.io/v1beta1'],
    ['Ingress', 14, 'networking.k8s.io/v1beta1'],
    ['Ingress', 13, 'extensions/v1beta1'],
    ['NetworkPolicy', 32, 'networking.k8s.io/v1'],
    ['Role', 32, 'rbac.authorization.k8s.io/v1'],
    ['ClusterRoleBinding', 7, 'rbac.authorization.k8s.io/v1beta1'],
    ['PodDisruptionBudget', 25, 'policy/v1'],
    ['PodDisruptionBudget', 20, 'policy/v1beta1'],
    ['Job', 32, 'batch/v1'],
    ['Service', 32, 'v1'],
  ])('%s on 1.%i → %s', (kind, minor, apiVersion) => {
    const r = newestServed(kind, minor);
    expect(typeof r === 'object' ? r.apiVersion : r).toBe(apiVersion);
  });
  it('says "none" for a kind the target serves in no version', () => {
    expect(newestServed('PodDisruptionBudget', 4)).toBe('none');
  });
  it('knows nothing of kinds outside the table (custom resources)', () => {
    expect(newestServed('ServiceMonitor', 32)).toBeUndefined();
  });
});

describe('isServed', () => {
  it.each([
    ['Deployment', 'extensions/v1beta1', 15, true],
    ['Deployment', 'extensions/v1beta1', 16, false],
    ['Ingress', 'extensions/v1beta1', 21, true],
    ['Ingress', 'extensions/v1beta1', 22, false],
    ['PodDisruptionBudget', 'policy/v1beta1', 25, false],
    ['NetworkPolicy', '', 32, false],
  ] as const)('%s %s on 1.%i: %s', (kind, apiVersion, minor, served) => {
    expect(isServed(kind, apiVersion, minor)).toBe(served);
  });
  it('cannot tell for custom resources', () => {
    expect(isServed('ServiceMonitor', 'monitoring.coreos.com/v1', 32)).toBeUndefined();
  });
});

describe('targetMinor', () => {
  it.each([
    [undefined, 32],
    ['', 32],
    ['1.16', 16],
    ['v1.25.3', 25],
    ['1.6.2-gke.0', 6],
  ])('%s → 1.%i', (v, minor) => {
    expect(targetMinor(v)).toBe(minor);
  });
});
