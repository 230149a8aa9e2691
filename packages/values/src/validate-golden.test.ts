/**
 * Every golden case's user values (its -f files and --set flags, read as the CLI reads them)
 * must validate without findings, except the real mistakes listed in KNOWN_MISTAKES: values
 * that probe how Helm prints or fails on odd input, which a user would want to hear about.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFindings } from './validate.js';
import { validateUserValues, type ValuesSources } from './validate-sources.js';

const CASES = resolve(import.meta.dirname, '../../../fixtures/cases');

/**
 * Findings that are right: each case deliberately gives the chart a value it does not expect
 * (to pin what Helm prints or how it fails). Keyed by case, the formatFindings lines.
 */
const KNOWN_MISTAKES: Record<string, string[]> = {
  // A list set as a map, to see which charts' coalescing warns (only the parent's).
  'warnings-subcharts-declare-no-dependencies': ['--set tolerations.a=1: tolerations: expected a list, found a map'],
  // A key of 1024 characters under a key the chart does not read: only how YAML is read matters there.
  'values-key-1024-after-empty-value': ['values.yaml:1: unknownTop: unknown key'],
  // Fuzzer-found render cases (fixtures/cases/fuzz-*): their values are deliberately odd, and the findings are right.
  'fuzz-manifest-annotations-number': [
    '--set api.service.annotations=1000000: api.service.annotations: expected a map, found the number 1000000',
  ],
  'fuzz-manifest-annotations-string': [
    '--set postgresql.persistence.enabled=true,postgresql.persistence.annotations=x: postgresql.persistence.annotations: expected a map, found the string "x"',
  ],
  'fuzz-manifest-line-separator-plain': [
    '--set-string api.imagePullPolicy=a\u2028b: api.imagePullPolicy: expected one of Always, IfNotPresent, Never, found the string "a\u2028b"',
  ],
  'fuzz-manifest-multiline-flow': ['values.yaml:4: postgresql.imagePullSecrets: expected a string, found a list'],
  'fuzz-manifest-unknown-anchor': [
    '--set-string api.replicas=*star: api.replicas: expected an integer, found the string "*star"',
  ],
  'fuzz-notes-subcharts-branches': [
    'values.yaml:11: rabbitmq-ha.service.type: expected one of ClusterIP, NodePort, LoadBalancer, ExternalName, found the string "my-LoadBalancer" (did you mean LoadBalancer?)',
  ],
  // Values that break the printed YAML (fixtures/cases/yaml-manifest-*), to pin Helm's YAML parse errors.
  'yaml-manifest-block-seq': [
    '--set-string postgresql.service.type=- a: postgresql.service.type: expected one of ClusterIP, NodePort, LoadBalancer, ExternalName, found the string "- a"',
  ],
  'yaml-manifest-cannot-start-token': [
    '--set-string api.imagePullPolicy=`x: api.imagePullPolicy: expected one of Always, IfNotPresent, Never, found the string "`x"',
  ],
  'yaml-manifest-comment-or-break': [
    '--set-literal api.imagePullPolicy=|x: api.imagePullPolicy: expected one of Always, IfNotPresent, Never, found the string "|x"',
  ],
  'yaml-manifest-mapping-values': [
    '--set api.imagePullPolicy=a: b: c: api.imagePullPolicy: expected one of Always, IfNotPresent, Never, found the string "a: b: c"',
  ],
  'yaml-manifest-set-file': [
    '--set-file api.imagePullPolicy=policy.txt: api.imagePullPolicy: expected one of Always, IfNotPresent, Never, found the string "- Always\\n" (did you mean Always?)',
  ],
  'yaml-manifest-set-json': [
    '--set-json api.imagePullPolicy="{a": api.imagePullPolicy: expected one of Always, IfNotPresent, Never, found the string "{a"',
  ],
  // The broker is compared with "redis"; a boolean or a number silently means RabbitMQ.
  'polyaxon-broker-bool': ['--set broker=true: broker: expected one of redis, rabbitmq, found true'],
  'polyaxon-broker-number': ['--set broker=1: broker: expected one of redis, rabbitmq, found the number 1'],
  'polyaxon-hooks-broker-int': ['--set broker=1: broker: expected one of redis, rabbitmq, found the number 1'],
  // Image tags written as numbers: 1.5 is fine, but 1.10 would become the tag "1.1".
  'polyaxon-deploy-images': ['values.yaml:14: hpsearch.imageTag: expected a string, found the number 1.5'],
  'polyaxon-hooks-images': ['values.yaml:9: tablesHook.imageTag: expected a string, found the number 1'],
  'redis-set-flags': [
    '--set redis.image.tag=6,redis.usePassword=true,redis.master.livenessProbe.timeoutSeconds=9,redis.metrics.extraArgs.a=1: redis.image.tag: expected a string, found the number 6',
  ],
  'registry-security-context-custom': [
    'values.yaml:6: docker-registry.image.tag: expected a string, found the number 2.8',
  ],
  'postgresql-image-tag-float': [
    'values.yaml:3: postgresql.imageTag: expected a string, found the number 10',
    'values.yaml:5: postgresql.persistence.subPath: expected a string, found the number 12',
  ],
  // The Ingress prints its annotations with toYaml: Kubernetes refuses a number there.
  'polyaxon-ing-set-flags': [
    '--set ingress.enabled=true,ingress.hostName=h.example.org,ingress.annotations.a=1,ingress.tls[0].secretName=s: ingress.annotations.a: expected a string, found the number 1',
  ],
  // persistence.data / outputs are maps of named volumes; a string or a list mounts nothing useful.
  'polyaxon-persistence-data-string': [
    '--set persistence.data=somewhere: persistence.data: expected a map, found the string "somewhere"',
  ],
  'polyaxon-persistence-outputs-list': ['values.yaml:2: persistence.outputs: expected a map, found a list'],
  'polyaxon-persistence-outputs-string': [
    '--set persistence.outputs=somewhere: persistence.outputs: expected a map, found the string "somewhere"',
  ],
  // `size` is neither read by the templates nor part of a Polyaxon volume (it probes JSON number printing).
  'polyaxon-persistence-json-escaping': ['values.yaml:9: persistence.data["data <1>"].size: unknown key'],
  'polyaxon-svc-type-int': [
    '--set serviceType=1: serviceType: expected one of ClusterIP, NodePort, LoadBalancer, ExternalName, found the number 1',
  ],
  // Passwords and names as numbers: Helm fails on some (b64enc, trunc of a number), prints others oddly.
  'postgresql-password-number': [
    'values.yaml:3: postgresql.postgresPassword: expected a string, found the number 12345',
  ],
  'postgresql-storage-class-number': [
    'values.yaml:5: postgresql.persistence.storageClass: expected a string, found the number 1',
  ],
  'rabbitmq-error-password-number': [
    '--set rabbitmq-ha.rabbitmqPassword=12345: rabbitmq-ha.rabbitmqPassword: expected a string, found the number 12345',
  ],
  'redis-password-number': [
    '--set redis.usePassword=true,redis.password=12345: redis.password: expected a string, found the number 12345',
  ],
  'registry-name-override-number': [
    'values.yaml:2: docker-registry.nameOverride: expected a string, found the number 5',
  ],
  // rabbitmq.conf gets `hipe_compile = 1`, which RabbitMQ does not read as true.
  'rabbitmq-set-flags': [
    '--set rabbitmq-ha.rabbitmqHipeCompile=1: rabbitmq-ha.rabbitmqHipeCompile: expected a boolean, found the number 1',
  ],
  // No template reads global.other.
  'redis-global-empty': ['values.yaml:3: global.other: unknown key'],
  // A StatefulSet has no Recreate strategy: Kubernetes refuses the manifest.
  'redis-statefulset-strategy': [
    'values.yaml:9: redis.slave.statefulset.updateStrategy: expected one of RollingUpdate, OnDelete, found the string "Recreate"',
  ],
  // The docker-registry 1.7.1 templates know filesystem, azure, s3 and swift; anything else configures no storage.
  'registry-storage-number': [
    'values.yaml:2: docker-registry.storage: expected one of filesystem, azure, s3, swift, found the number 3',
  ],
  'registry-storage-unknown': [
    'values.yaml:3: docker-registry.storage: expected one of filesystem, azure, s3, swift, found the string "gcs"',
  ],
  // deploymentType is compared with strings (and NOTES.txt fails on an int64).
  'cli-notes-bad-deployment-type': [
    '--set deploymentType=1: deploymentType: expected one of kubernetes, minikube, microk8s, docker-compose, docker, heroku, found the number 1',
  ],
  'cli-notes-error-in-template': [
    '--set deploymentType=1: deploymentType: expected one of kubernetes, minikube, microk8s, docker-compose, docker, heroku, found the number 1',
  ],
  // An ingress table replaced by a string; deployment and service types outside what the chart and Kubernetes know.
  'cli-notes-bad-ingress': ['--set ingress=off: ingress: expected a map, found the string "off"'],
  'cli-notes-error-bool-deployment-type': [
    '--set deploymentType=true: deploymentType: expected one of kubernetes, minikube, microk8s, docker-compose, docker, heroku, found true',
  ],
  'cli-notes-ingress-minikube': [
    '--set ingress.enabled=true,deploymentType=my-minikube: deploymentType: expected one of kubernetes, minikube, microk8s, docker-compose, docker, heroku, found the string "my-minikube" (did you mean minikube?)',
  ],
  'cli-notes-service-type-contains': [
    '--set serviceType=MyNodePortish: serviceType: expected one of ClusterIP, NodePort, LoadBalancer, ExternalName, found the string "MyNodePortish"',
  ],
  'cli-output-dir-render-error': [
    '--set serviceType=1: serviceType: expected one of ClusterIP, NodePort, LoadBalancer, ExternalName, found the number 1',
  ],
  // --set-string beats --set (Helm applies it later): the port is the string "3". It prints
  // unquoted, so the Service is fine, but the chart documents an integer.
  'cli-set-repeated': [
    '--set-string api.service.internalPort=3: api.service.internalPort: expected an integer, found the string "3"',
  ],
  // ".inf" is no number (Helm fails on the int conversion).
  'fuzz-manifest-inf': ['--set-string api.replicas=.inf: api.replicas: expected an integer, found the string ".inf"'],
  // Failing-values cases (fixtures/cases/errors-*): a table replaced by a scalar or a list, to pin Helm's error text.
  'errors-include-define-dns': ['--set dns=0: dns: expected a map, found the number 0'],
  'errors-include-file-cm': ['--set streams=[a]: streams: expected a map, found the string "[a]"'],
  'errors-postgresql-persistence-scalar': [
    '--set postgresql.persistence=false: postgresql.persistence: expected a map, found false',
  ],
  'errors-redis-pull-secrets-branch': [
    '--set redis.metrics.image=true: redis.metrics.image: expected a map, found true',
  ],
  'errors-redis-range-pull-secrets': [
    '--set redis.image.pullSecrets=abc: redis.image.pullSecrets: expected a list, found the string "abc"',
  ],
  'errors-rabbitmq-service-account-scalar': [
    '--set rabbitmq-ha.serviceAccount=1: rabbitmq-ha.serviceAccount: expected a map, found the number 1',
  ],
  'errors-rabbitmq-range-access-modes': [
    '--set rabbitmq-ha.persistentVolume.enabled=true,rabbitmq-ha.persistentVolume.accessModes=x: rabbitmq-ha.persistentVolume.accessModes: expected a list, found the string "x"',
  ],
  'errors-redis-range-second': [
    '--set redis.slave.disableCommands=x: redis.slave.disableCommands: expected a list, found the string "x"',
  ],
  'errors-registry-service-scalar': [
    '--set docker-registry.service=1: docker-registry.service: expected a map, found the number 1',
  ],
  'errors-types-list': ['--set types[0]=a: types: expected a map, found a list'],
  // NOT a mistake, the one false positive: the case's own tpl'd affinity reads .Values.topology.
  // A schema cannot see reads made by a user's template text; the warning is the price of that.
  'redis-tpl-affinity-pipelines': ['values.yaml:3: redis.topology: unknown key'],
};

interface CaseSpec {
  readonly args: readonly string[];
  readonly stdin?: string;
}

/** Long and short names of the flags that carry values, and where they go. */
const SOURCE_FLAGS: Record<string, keyof ValuesSources> = {
  f: 'files',
  values: 'files',
  set: 'set',
  'set-string': 'setString',
  'set-json': 'setJSON',
  'set-file': 'setFile',
  'set-literal': 'setLiteral',
};
/** Other flags that take a value (so the value is not read as a flag or an argument). */
const OTHER_VALUE_FLAGS = new Set([
  'n',
  'namespace',
  'kube-version',
  'a',
  'api-versions',
  's',
  'show-only',
  'output-dir',
  'o',
  'output',
  'name-template',
  'version',
  'seed',
  'timeout',
  'description',
  'kube-context',
  'kubeconfig',
  'post-renderer',
  'post-renderer-args',
  'repo',
  'username',
  'password',
  'ca-file',
  'cert-file',
  'key-file',
  'keyring',
  'registry-config',
  'repository-cache',
  'repository-config',
  'kube-apiserver',
  'kube-as-group',
  'kube-as-user',
  'kube-ca-file',
  'kube-token',
  'burst-limit',
  'qps',
  'labels',
]);

/** pflag reads -f as one CSV record: commas split, double quotes group ("" is no file). */
function csv(value: string): string[] {
  if (value === '') return [];
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted && c === '"' && value[i + 1] === '"') field += value[++i];
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  return [...fields, field];
}

/**
 * The value sources of a case's command line: pflag's forms (--name value, --name=value,
 * -xvalue, -x=value, -x value) for the value flags; anything else is skipped. Cases whose
 * command line Helm refuses may come out incomplete, and are only checked when they parse.
 */
function sources(dir: string, spec: CaseSpec): ValuesSources {
  const out: Record<string, unknown[]> = {};
  const args = [...spec.args];
  let stdinRead = false;
  while (args.length > 0) {
    const a = args.shift()!;
    if (a === '--') break;
    let name: string;
    let value: string | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      [name, value] = eq > 0 ? [a.slice(2, eq), a.slice(eq + 1)] : [a.slice(2), undefined];
    } else if (a.startsWith('-') && a.length > 1) {
      name = a[1];
      value = a.length > 2 ? a.slice(a[2] === '=' ? 3 : 2) : undefined;
    } else {
      continue;
    }
    const kind = SOURCE_FLAGS[name];
    if (kind === undefined && !OTHER_VALUE_FLAGS.has(name)) continue;
    value ??= args.shift();
    if (value === undefined) throw new Error(`flag ${a} needs an argument`);
    if (kind === undefined) continue;
    if (kind === 'files') {
      for (const f of csv(value)) {
        // values.go: "-" (trimmed) is stdin, which a second "-" finds drained.
        const text =
          f.trim() === '-'
            ? stdinRead
              ? ''
              : readFileSync(join(dir, spec.stdin ?? ''), 'utf8')
            : readFileSync(join(dir, f), 'utf8');
        if (f.trim() === '-') stdinRead = true;
        (out.files ??= []).push({ name: f, text });
      }
    } else {
      (out[kind] ??= []).push(value);
    }
  }
  return { ...out, readFile: (p: string) => readFileSync(join(dir, p), 'utf8') } as ValuesSources;
}

const cases = readdirSync(CASES)
  // hostile-* cases feed deliberately hostile values (__proto__ keys, bad bytes, deep nesting): nothing to validate.
  .filter((n) => existsSync(join(CASES, n, 'case.json')) && !n.startsWith('hostile-'))
  .sort();

describe('golden cases validate cleanly', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(200);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(CASES, name);
    const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseSpec;
    const failing = readFileSync(join(dir, 'exit.txt'), 'utf8').trim() !== '0';
    let lines: string[];
    try {
      lines = formatFindings(validateUserValues(sources(dir, spec)));
    } catch (e) {
      // A command line or values Helm refuses: the case pins Helm's error, nothing to validate.
      if (!failing) throw e;
      return;
    }
    expect(
      lines,
      `${name}: if these are real mistakes in the case's values, list them in KNOWN_MISTAKES (packages/values/src/validate-golden.test.ts); ` +
        `if the chart accepts such values, fix the schema (scripts/values-schema-overlay.mjs, then node scripts/gen-schema.mjs <reference chart dir>, docs/reference.md)`,
    ).toEqual(KNOWN_MISTAKES[name] ?? []);
  });

  it('lists no mistake for a case that does not exist', () => {
    expect(Object.keys(KNOWN_MISTAKES).filter((n) => !cases.includes(n))).toEqual([]);
  });
});
