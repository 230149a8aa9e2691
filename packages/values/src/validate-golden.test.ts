/**
 * Every golden case's user values (its -f files and --set flags, read as the CLI reads them)
 * must validate without findings, except the real mistakes listed in KNOWN_MISTAKES: values
 * that probe how Helm prints or fails on odd input, which a user would want to hear about.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderError } from './errors.js';
import { formatFindings } from './validate.js';
import { validateUserValues, type ValuesSources } from './validate-sources.js';

const CASES = resolve(import.meta.dirname, '../../../fixtures/cases');

/**
 * Findings that are right: each case deliberately gives the chart a value it does not expect
 * (to pin what Helm prints or how it fails). Keyed by case, the formatFindings lines.
 */
const KNOWN_MISTAKES: Record<string, string[]> = {
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
  'registry-security-context-custom': ['values.yaml:6: docker-registry.image.tag: expected a string, found the number 2.8'],
  'postgresql-image-tag-float': [
    'values.yaml:3: postgresql.imageTag: expected a string, found the number 10',
    'values.yaml:5: postgresql.persistence.subPath: expected a string, found the number 12',
  ],
  // The Ingress prints its annotations with toYaml: Kubernetes refuses a number there.
  'polyaxon-ing-set-flags': [
    '--set ingress.enabled=true,ingress.hostName=h.example.org,ingress.annotations.a=1,ingress.tls[0].secretName=s: ingress.annotations.a: expected a string, found the number 1',
  ],
  // persistence.data / outputs are maps of named volumes; a string or a list mounts nothing useful.
  'polyaxon-persistence-data-string': ['--set persistence.data=somewhere: persistence.data: expected a map, found the string "somewhere"'],
  'polyaxon-persistence-outputs-list': ['values.yaml:2: persistence.outputs: expected a map, found a list'],
  'polyaxon-persistence-outputs-string': ['--set persistence.outputs=somewhere: persistence.outputs: expected a map, found the string "somewhere"'],
  // `size` is neither read by the templates nor part of a Polyaxon volume (it probes JSON number printing).
  'polyaxon-persistence-json-escaping': ['values.yaml:9: persistence.data["data <1>"].size: unknown key'],
  'polyaxon-svc-type-int': ['--set serviceType=1: serviceType: expected one of ClusterIP, NodePort, LoadBalancer, ExternalName, found the number 1'],
  // Passwords and names as numbers: Helm fails on some (b64enc, trunc of a number), prints others oddly.
  'postgresql-password-number': ['values.yaml:3: postgresql.postgresPassword: expected a string, found the number 12345'],
  'postgresql-storage-class-number': ['values.yaml:5: postgresql.persistence.storageClass: expected a string, found the number 1'],
  'rabbitmq-error-password-number': [
    '--set rabbitmq-ha.rabbitmqPassword=12345: rabbitmq-ha.rabbitmqPassword: expected a string, found the number 12345',
  ],
  'redis-password-number': ['--set redis.usePassword=true,redis.password=12345: redis.password: expected a string, found the number 12345'],
  'registry-name-override-number': ['values.yaml:2: docker-registry.nameOverride: expected a string, found the number 5'],
  // rabbitmq.conf gets `hipe_compile = 1`, which RabbitMQ does not read as true.
  'rabbitmq-set-flags': ['--set rabbitmq-ha.rabbitmqHipeCompile=1: rabbitmq-ha.rabbitmqHipeCompile: expected a boolean, found the number 1'],
  // No template reads global.other.
  'redis-global-empty': ['values.yaml:3: global.other: unknown key'],
  // A StatefulSet has no Recreate strategy: Kubernetes refuses the manifest.
  'redis-statefulset-strategy': ['values.yaml:9: redis.slave.statefulset.updateStrategy: expected one of RollingUpdate, OnDelete, found the string "Recreate"'],
  // The docker-registry 1.7.1 templates know filesystem, azure, s3 and swift; anything else configures no storage.
  'registry-storage-number': ['values.yaml:2: docker-registry.storage: expected one of filesystem, azure, s3, swift, found the number 3'],
  'registry-storage-unknown': ['values.yaml:3: docker-registry.storage: expected one of filesystem, azure, s3, swift, found the string "gcs"'],
  // NOT a mistake, the one false positive: the case's own tpl'd affinity reads .Values.topology.
  // A schema cannot see reads made by a user's template text; the warning is the price of that.
  'redis-tpl-affinity-pipelines': ['values.yaml:3: redis.topology: unknown key'],
};

interface CaseSpec {
  readonly args: readonly string[];
  readonly stdin?: string;
}

/** Flags taking a value that only matter to rendering. */
const OTHER_VALUE_FLAGS = new Set(['-n', '--namespace', '--kube-version', '--api-versions', '-a', '--show-only', '-s', '--name-template', '--version', '--output-dir']);
const VALUE_FLAGS: Record<string, keyof ValuesSources> = {
  '-f': 'files',
  '--values': 'files',
  '--set': 'set',
  '--set-string': 'setString',
  '--set-json': 'setJSON',
  '--set-file': 'setFile',
  '--set-literal': 'setLiteral',
};

/** The value sources of a case's command line (a small subset of the CLI's flag parsing). */
function sources(dir: string, spec: CaseSpec): ValuesSources {
  const out: Record<string, string[] | { name: string; text: string }[]> = {};
  const args = [...spec.args];
  while (args.length > 0) {
    const a = args.shift()!;
    if (!a.startsWith('-')) continue;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => (a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : args.shift()!);
    if (OTHER_VALUE_FLAGS.has(name)) {
      value();
      continue;
    }
    const kind = VALUE_FLAGS[name];
    if (kind === undefined) {
      if (['--debug', '--no-hooks', '--skip-tests', '--is-upgrade', '--include-crds'].includes(name)) continue;
      throw new Error(`unexpected flag ${a} in ${dir}: teach this test about it`);
    }
    const v = value();
    if (kind === 'files') {
      // pflag reads -f as a comma-separated list.
      const list = (out.files ??= []) as { name: string; text: string }[];
      for (const f of v.split(',')) {
        const path = f === '-' ? join(dir, spec.stdin ?? '') : join(dir, f);
        list.push({ name: f, text: existsSync(path) ? readFileSync(path, 'utf8') : '' });
      }
    } else {
      ((out[kind] ??= []) as string[]).push(v);
    }
  }
  return { ...out, readFile: (p: string) => readFileSync(join(dir, p), 'utf8') } as ValuesSources;
}

const cases = readdirSync(CASES)
  .filter((n) => existsSync(join(CASES, n, 'case.json')))
  .sort();

describe('golden cases validate cleanly', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(200);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(CASES, name);
    const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseSpec;
    let lines: string[];
    try {
      lines = formatFindings(validateUserValues(sources(dir, spec)));
    } catch (e) {
      // Values Helm cannot read at all: the case pins Helm's error, there is nothing to validate.
      if (!(e instanceof RenderError)) throw e;
      expect(readFileSync(join(dir, 'exit.txt'), 'utf8').trim()).not.toBe('0');
      return;
    }
    expect(lines).toEqual(KNOWN_MISTAKES[name] ?? []);
  });

  it('lists no mistake for a case that does not exist', () => {
    expect(Object.keys(KNOWN_MISTAKES).filter((n) => !cases.includes(n))).toEqual([]);
  });
});
