import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../cli.js';
import { render } from '../render.js';

async function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    readFile: (p) => {
      if (!Object.hasOwn(files, p)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return files[p];
    },
    readStdin: () => '',
    writeFile: () => {},
    fileExists: () => false,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const apiVersions = (text: string) => [...text.matchAll(/^apiVersion: (.*)$/gm)].map((m) => m[1]);

describe('--modernize and --verify on the command line', () => {
  it('--modernize prints only APIs Kubernetes 1.32 serves, with no findings', async () => {
    const r = await cli(['--modernize', '--seed', '1', '--set', 'ingress.enabled=true']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/^(Error|warning): polyaxon/m);
    const served = new Set(apiVersions(r.stdout));
    for (const old of ['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2', 'rbac.authorization.k8s.io/v1beta1'])
      expect(served).not.toContain(old);
    expect(served).toContain('networking.k8s.io/v1');
  });
  it('changes only what it must: the same documents, in the same order, with the same sources', async () => {
    const plain = await cli(['--seed', '1']);
    const modern = await cli(['--seed', '1', '--modernize']);
    const sources = (t: string) => [...t.matchAll(/^# Source: .*$/gm)].map((m) => m[0]);
    expect(sources(modern.stdout)).toEqual(sources(plain.stdout));
    // Secrets, ConfigMaps, Services and ServiceAccounts are byte for byte Helm's.
    const docs = (t: string) => t.split(/^---\n/m);
    const p = docs(plain.stdout);
    const m = docs(modern.stdout);
    p.forEach((d, i) => {
      if (/^kind: (Secret|ConfigMap|Service|ServiceAccount)$/m.test(d)) expect(m[i]).toBe(d);
    });
  });
  it('targets the cluster --kube-version names: 1.14 keeps an Ingress on v1beta1', async () => {
    const r = await cli([
      '--modernize',
      '--kube-version',
      '1.14',
      '--set',
      'ingress.enabled=true',
      '-s',
      'templates/ing.yaml',
    ]);
    expect(r.code).toBe(0);
    expect(apiVersions(r.stdout)).toEqual(['networking.k8s.io/v1beta1']);
  });
  it('refuses a kind the target serves in no version', async () => {
    const r = await cli(['--modernize', '--kube-version', '1.1', '-s', 'templates/api-deployment.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^Error: polyaxon\/templates\/api-deployment.yaml: Deployment\/release-name-polyaxon-api: apiVersion: expected an API version of Deployment that Kubernetes 1.1 serves, found none exists$/m,
    );
  });
  it('refuses values it cannot fix, one line per object, naming where the value was set', async () => {
    const r = await cli(['--modernize', '-f', 'v.yaml', '-s', 'templates/api-deployment.yaml'], {
      'v.yaml': 'api:\n  replicas: 1\ntolerations: gpu\n',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'Error: polyaxon/templates/api-deployment.yaml: Deployment/release-name-polyaxon-api: spec.template.spec.tolerations: expected array, found "gpu" (values tolerations, set at v.yaml:3)',
    ]);
  });
  it('--verify warns about every removed API and still prints; --strict refuses', async () => {
    const r = await cli(['--verify', '-s', 'templates/api-deployment.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toBe('');
    expect(r.stderr).toContain(
      'warning: polyaxon/templates/api-deployment.yaml: Deployment/release-name-polyaxon-api: apiVersion: extensions/v1beta1 Deployment was removed in Kubernetes 1.16 (target 1.32); --modernize rewrites it to apps/v1\n',
    );
    const strict = await cli(['--verify', '--strict', '-s', 'templates/api-deployment.yaml']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toMatch(/^Error: polyaxon\/templates\/api-deployment.yaml: /m);
  });
  it('--verify on an old target finds nothing to say about the plain render', async () => {
    const r = await cli(['--verify', '--kube-version', '1.15', '--seed', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/^warning: polyaxon/m);
  });
  it('without the flags, output is exactly the plain render', () => {
    expect(render({}, { seed: 1, modernize: false })).toBe(render({}, { seed: 1 }));
  });
});
