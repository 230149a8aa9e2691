import { describe, expect, it } from 'vitest';
import { RenderError, render, renderDocuments, seededRandom } from './index.js';

const pins = {
  polyaxonSecret: 's',
  internalToken: 't',
  user: { password: 'p' },
  postgresql: { postgresPassword: 'pg' },
  redis: { password: 'r' },
  'rabbitmq-ha': { rabbitmqPassword: 'rp', managementPassword: 'mp', rabbitmqErlangCookie: 'c' },
  'docker-registry': { secrets: { haSharedSecret: 'h' } },
};

describe('render()', () => {
  it('is unaffected by earlier renders (chart defaults are shared and must never change)', () => {
    const before = render(pins);
    // nulls delete defaults, globals are copied down, rabbitmq-ha writes generated passwords with `set`
    render({
      nodeSelector: null,
      // A global the schema does not know, as a values file may carry.
      global: { a: { b: 1 } } as never,
      redis: { master: { podLabels: null } },
      'rabbitmq-ha': { rabbitmqPassword: null },
      ingress: { enabled: true },
    });
    render({ postgresql: { enabled: false }, 'rabbitmq-ha': { enabled: false } });
    expect(render(pins)).toBe(before);
  });

  it('draws fresh secrets on every call unless seeded', () => {
    expect(render()).not.toBe(render());
    expect(render(undefined, { seed: 42 })).toBe(render(undefined, { seed: 42 }));
    expect(render(undefined, { seed: 42 })).not.toBe(render(undefined, { seed: 43 }));
  });

  it('prints a fresh checksum/secrets on every include, as Helm does with unpinned secrets', () => {
    const sums = [...render().matchAll(/^ *checksum\/secrets: (.*)$/gm)].map((m) => m[1]);
    // Two per workload (the Deployment's and its pod template's), each a sha256 in hex.
    expect(sums.length).toBeGreaterThanOrEqual(16);
    for (const s of sums) expect(s).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(sums).size).toBe(sums.length);
  });

  it('takes the release name, namespace and kube version', () => {
    const out = render(pins, { releaseName: 'px', namespace: 'ns', kubeVersion: '1.9' });
    expect(out).toContain('name: px-polyaxon-api');
    expect(out).toContain('namespace: ns');
  });

  it('rejects an invalid release name as Helm does', () => {
    expect(() => render(pins, { releaseName: 'Bad_Name' })).toThrow(/invalid release name/);
  });

  it("says where a template failed, as Helm's message and as data", () => {
    let caught: unknown;
    try {
      render({ ...pins, dns: 0 as never });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RenderError);
    const e = caught as RenderError;
    const file = 'polyaxon/templates/scheduler-deployment.yaml';
    expect(e.message).toBe(
      `template: ${file}:47:3: executing "${file}" at <include "config.dns" .>: error calling include: ` +
        'template: polyaxon/templates/partials/_dns.tpl:5:14: executing "config.dns" at <.Values.dns.backend>: ' +
        "can't evaluate field backend in type interface {}",
    );
    expect(e.where).toEqual({
      template: file,
      line: 47,
      column: 3,
      expression: 'include "config.dns" .',
      includes: [
        { template: 'polyaxon/templates/partials/_dns.tpl', line: 5, column: 14, expression: '.Values.dns.backend' },
      ],
      // The value that could not give `.backend`.
      path: 'dns',
    });
  });

  it('gives the position of a NOTES.txt failure as data too', () => {
    let caught: unknown;
    try {
      render({ ...pins, deploymentType: 1 as never });
    } catch (e) {
      caught = e;
    }
    expect((caught as RenderError).where).toEqual({
      template: 'polyaxon/templates/NOTES.txt',
      line: 21,
      column: 39,
      expression: '.Values.deploymentType',
      path: 'deploymentType',
    });
  });

  it('lists documents as data in print order', () => {
    const docs = renderDocuments(pins);
    expect(docs.length).toBeGreaterThan(40);
    const text = render(pins);
    expect(text.startsWith(`---\n# Source: ${docs[0].source}\n${docs[0].text}\n`)).toBe(true);
    expect(
      docs.filter((d) => d.hook).every((d, i, hooks) => i === 0 || docs.indexOf(hooks[i - 1]) < docs.indexOf(d)),
    ).toBe(true);
    expect(docs.findIndex((d) => d.hook)).toBeGreaterThan(docs.findLastIndex((d) => !d.hook));
  });
});

describe('render() template errors name the values path they read', () => {
  const failure = (values: Record<string, unknown>): RenderError => {
    try {
      render(values);
    } catch (e) {
      if (e instanceof RenderError) return e;
      throw e;
    }
    throw new Error('rendered without an error');
  };
  it.each<[string, Record<string, unknown>, string]>([
    [
      'a subchart value under an include',
      { 'rabbitmq-ha': { rabbitmqAuthHTTP: null } },
      'rabbitmq-ha.rabbitmqAuthHTTP',
    ],
    ['a parent value under an include', { mountPaths: { nvidia: null } }, 'mountPaths.nvidia'],
    ['a field read from a scalar', { api: { resources: 5 } }, 'api.resources'],
  ])('%s', (_, values, path) => {
    const e = failure(values);
    expect(e.code).toBe('template');
    expect(e.where.path).toBe(path);
    expect(e.where.template).toMatch(/^polyaxon\//);
  });
});

describe('render() called from inside a render (a RandomSource that renders)', () => {
  it('prints what it prints alone, and leaves later renders as they were', () => {
    const values = { ingress: { enabled: true }, 'rabbitmq-ha': { rabbitmqUsername: 'u' } };
    const alone = render(values, { seed: 7 });
    const inner: string[] = [];
    const base = seededRandom(7);
    const nesting = {
      alphaNum(n: number): string {
        if (inner.length === 0) inner.push(render({ redis: { enabled: false } }, { seed: 3 }));
        return base.alphaNum(n);
      },
    };
    expect(render(values, { random: nesting })).toBe(alone);
    expect(inner[0]).toBe(render({ redis: { enabled: false } }, { seed: 3 }));
    expect(render(values, { seed: 7 })).toBe(alone);
  });
});
