import { describe, expect, it } from 'vitest';
import { findingLine, verifyDocuments } from './verify.js';

const doc = (text: string) => [{ source: 'polyaxon/templates/ing.yaml', text }];

describe('verifyDocuments', () => {
  it('names the release that removed an API and what --modernize makes of it', async () => {
    const f = await verifyDocuments(doc('apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: px\n'));
    expect(f.map(findingLine)).toEqual([
      'polyaxon/templates/ing.yaml: Ingress/px: apiVersion: extensions/v1beta1 Ingress was removed in Kubernetes 1.22 (target 1.32); --modernize rewrites it to networking.k8s.io/v1',
    ]);
  });
  it('accepts the same API on a target that still serves it', async () => {
    const text = 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: px\n';
    expect(await verifyDocuments(doc(text), { kubeVersion: '1.21' })).toEqual([]);
  });
  it('finds schema errors and fields the schema does not know (a leftover serviceName)', async () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: px
spec:
  rules:
  - http:
      paths:
      - path: /
        pathType: Sometimes
        backend:
          serviceName: api
          service:
            name: api
            port:
              number: 80
`;
    const lines = (await verifyDocuments(doc(text))).map((f) => `${f.path}: ${f.message}`);
    expect(lines).toContain(
      'spec.rules[0].http.paths[0].pathType: expected one of ["Exact","ImplementationSpecific","Prefix"], found "Sometimes"',
    );
    expect(lines).toContain('spec.rules[0].http.paths[0].backend.serviceName: unknown field (not in the schema)');
    expect(lines).toHaveLength(2);
  });
  it('accepts free-form maps (labels, annotations) with any keys', async () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: c
  labels:
    anything: goes
data:
  any-key: x
`;
    expect(await verifyDocuments(doc(text))).toEqual([]);
  });
  it('flags a workload selector that does not match its pod template', async () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  selector:
    matchLabels:
      app: b
  template:
    metadata:
      labels:
        app: a
    spec:
      containers:
      - name: c
        image: i
`;
    expect((await verifyDocuments(doc(text))).map((f) => f.path)).toEqual(['spec.selector.matchLabels.app']);
  });
});
