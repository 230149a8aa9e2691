import { describe, expect, it } from 'vitest';
import { modernizeDocument, objectOf, readDocument, type ModernizeProblem } from './modernize.js';
import { stableLabels } from './transforms.js';

function modern(text: string, minor = 32): { text: string; object: unknown; problems: ModernizeProblem[] } {
  const problems: ModernizeProblem[] = [];
  const r = modernizeDocument('polyaxon/templates/x.yaml', text, minor, problems);
  const out = r?.content ?? text;
  return { text: out, object: objectOf(readDocument(out)), problems };
}

const deployment = `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: api
        chart: "polyaxon-0.5.5"
        heritage: "Helm"
        release: "px"
    spec:
      containers:
      - name: api
        image: "a:1"
        imagePullPolicy: ""
        ports:
        - containerPort: "80"
        env:
        - name: NUM
          value: 5
`;

describe('the transforms, on small documents', () => {
  it('moves a Deployment to apps/v1 with a stable selector and the new defaults written out', () => {
    const { object, problems } = modern(deployment);
    expect(problems).toEqual([]);
    expect(object).toMatchObject({
      apiVersion: 'apps/v1',
      spec: {
        selector: { matchLabels: { app: 'api', release: 'px' } },
        revisionHistoryLimit: 10,
        progressDeadlineSeconds: 600,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      },
    });
    const c = (object as { spec: { template: { spec: { containers: Record<string, unknown>[] } } } }).spec.template.spec
      .containers[0];
    expect(c.imagePullPolicy).toBeUndefined();
    expect(c.ports).toEqual([{ containerPort: 80 }]);
    expect(c.env).toEqual([{ name: 'NUM', value: '5' }]);
  });
  it('leaves a Deployment on 1.15 on apps/v1 too, and on 1.8 on apps/v1beta2', () => {
    expect(modern(deployment, 15).object).toMatchObject({ apiVersion: 'apps/v1' });
    expect(modern(deployment, 8).object).toMatchObject({ apiVersion: 'apps/v1beta2' });
  });
  it('refuses a kind the target serves in no version', () => {
    expect(modern(deployment, 1).problems.map((p) => p.path)).toEqual(['apiVersion']);
  });
  it('keeps labels that change on upgrade out of selectors', () => {
    expect(
      stableLabels({
        app: 'a',
        chart: 'x',
        heritage: 'Helm',
        'app.kubernetes.io/instance': 'polyaxon-0.5.5',
        'app.kubernetes.io/version': '0.5.5',
        role: 'r',
      }),
    ).toEqual({ app: 'a', role: 'r' });
  });
  it('writes an Ingress in v1 shape', () => {
    const ing = `apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: px
spec:
  backend:
    serviceName: api
    servicePort: 80
  rules:
  - http:
      paths:
      - path: /
        backend:
          serviceName: api
          servicePort: http
`;
    expect(modern(ing).object).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'px' },
      spec: {
        defaultBackend: { service: { name: 'api', port: { number: 80 } } },
        rules: [
          {
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'ImplementationSpecific',
                  backend: { service: { name: 'api', port: { name: 'http' } } },
                },
              ],
            },
          },
        ],
      },
    });
    expect(modern(ing, 18).object).toMatchObject({
      apiVersion: 'networking.k8s.io/v1beta1',
      spec: { backend: { serviceName: 'api' } },
    });
  });
  it('grants the new API groups where a rule grants extensions', () => {
    const role = `apiVersion: rbac.authorization.k8s.io/v1beta1
kind: Role
metadata:
  name: r
rules:
  - apiGroups: ["", "extensions"]
    resources: ["deployments", "ingresses"]
    verbs: ["get"]
`;
    expect(modern(role).object).toMatchObject({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      rules: [{ apiGroups: ['', 'extensions', 'apps', 'networking.k8s.io'] }],
    });
  });
  it('gives the postgresql NetworkPolicy an apiVersion and moves misplaced peers to their rule', () => {
    const np = `kind: NetworkPolicy
apiVersion: 
metadata:
  name: n
spec:
  ingress:
    - ports:
      - port: 6379
        from:
          - podSelector: {}
      - port: 26379
        from:
          - podSelector: {}
`;
    expect(modern(np).object).toMatchObject({
      apiVersion: 'networking.k8s.io/v1',
      spec: { ingress: [{ ports: [{ port: 6379 }, { port: 26379 }], from: [{ podSelector: {} }] }] },
    });
  });
  it('prints numbers and booleans in string maps as written, null ConfigMap values as ""', () => {
    const cm = `apiVersion: v1
kind: ConfigMap
metadata:
  name: c
  labels:
    big: 1e+06
    enabled: yes
data:
  a: 
  b: 0x1F
`;
    const { object } = modern(cm);
    expect(object).toMatchObject({
      metadata: { labels: { big: '1e+06', enabled: 'yes' } },
      data: { a: '', b: '0x1F' },
    });
  });
  it('refuses a port that is a word', () => {
    const bad = deployment.replace('containerPort: "80"', 'containerPort: http');
    expect(modern(bad).problems.map((p) => p.path)).toEqual(['spec.template.spec.containers.0.ports.0.containerPort']);
  });
});
