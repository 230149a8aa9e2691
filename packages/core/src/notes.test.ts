import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RenderError, toGoValue, type GoMap } from '@polyaxon-render/values';
import { formatNotes, notesCompileOptions, notesTemplate, notesView, renderNotes, type NotesView } from './notes.js';

const golden = (name: string) =>
  readFileSync(new URL(`../../../fixtures/cases/${name}/expected.yaml`, import.meta.url), 'utf8');
const values = (v: object) => toGoValue(v) as GoMap;
const release = { name: 'px', namespace: 'ns' };
const base = {
  ingress: { enabled: false, tls: [] },
  deploymentType: 'kubernetes',
  serviceType: 'LoadBalancer',
  api: { service: { externalPort: 80 } },
  user: { username: 'root' },
};

describe('notesView', () => {
  it.each<[string, object, Partial<NotesView>]>([
    ['LoadBalancer', {}, { loadBalancer: { port: '80' }, https: false }],
    ['NodePort', { serviceType: 'NodePort' }, { nodePort: true }],
    [
      'ClusterIP with a float port',
      { serviceType: 'ClusterIP', api: { service: { externalPort: 1e6 } } },
      { clusterIP: { port: '1e+06' } },
    ],
    ['no known service type', { serviceType: 'ExternalName' }, {}],
    ['minikube', { deploymentType: 'minikube' }, { minikube: true }],
    [
      'ingress',
      { ingress: { enabled: true, hostName: 'h', tls: [] } },
      { ingress: { ip: 'h', port: '80' }, https: false },
    ],
    [
      'ingress, tls, minikube',
      { deploymentType: 'minikube', ingress: { enabled: true, tls: [{}] } },
      { ingress: { ip: '$(minikube ip)', port: '443' }, https: true },
    ],
    ['ingress without host', { ingress: { enabled: true, tls: [] } }, { ingress: { ip: '<no value>', port: '80' } }],
    ['tls without ingress', { ingress: { enabled: false, tls: [{}] } }, { loadBalancer: { port: '80' }, https: true }],
  ])('%s', (_name, override, want) => {
    const view = notesView(values({ ...base, ...override }), release);
    expect(view).toMatchObject({ namespace: 'ns', fullname: 'px-polyaxon', username: 'root', ...want });
    const branches = ['ingress', 'minikube', 'nodePort', 'loadBalancer', 'clusterIP'].filter((k) => k in view);
    expect(branches.length).toBeLessThanOrEqual(1);
  });

  it('truncates the fullname at 63 characters without a trailing dash', () => {
    expect(notesView(values(base), { name: 'a'.repeat(62) + '-b', namespace: 'ns' }).fullname).toBe('a'.repeat(62));
  });

  it.each<[string, object, string]>([
    ['int64 deploymentType', { deploymentType: 1n }, 'wrong type for value; expected string; got int64'],
    ['nil deploymentType', { deploymentType: null }, 'wrong type for value; expected string; got interface {}'],
    ['ingress not a map', { ingress: 'off' }, "can't evaluate field enabled in type interface {}"],
    ['nil user', { user: null }, 'nil pointer evaluating interface {}.username'],
  ])('fails as text/template for %s', (_name, override, message) => {
    expect(() => notesView(values({ ...base, ...override }), release)).toThrow(message);
  });
});

describe('formatNotes', () => {
  it('deletes "<no value>" and trims, as helm prints NOTES', async () => {
    const text = await formatNotes({
      namespace: 'ns',
      fullname: 'px-polyaxon',
      https: true,
      username: '<no value>',
      ingress: { ip: '<no value>', port: '443' },
    });
    expect(text).toContain('    export POLYAXON_IP=\n    export POLYAXON_PORT=443\n');
    expect(text).toContain('--use_https=true\n');
    expect(text).toContain('  USER: \n');
    expect(text.endsWith('| base64 --decode\n')).toBe(true);
  });
});

describe('renderNotes (library)', () => {
  it('matches the NOTES helm renders for the same values', async () => {
    const v = {
      ingress: {
        enabled: true,
        hostName: 'polyaxon.example.com',
        tls: [{ secretName: 'polyaxon-tls', hosts: ['polyaxon.example.com'] }],
      },
      user: { username: 'admin' },
    };
    expect(await renderNotes(v, { releaseName: 'px' })).toBe(golden('cli-notes-ingress-tls'));
    expect(
      await renderNotes(undefined, { releaseName: 'px', namespace: 'team-a', set: ['serviceType=NodePort'] }),
    ).toBe(golden('cli-notes-node-port'));
    expect(await renderNotes()).toBe(golden('cli-notes-defaults'));
  });

  it('rejects what helm rejects before showing notes', async () => {
    await expect(renderNotes(undefined, { releaseName: 'Px' })).rejects.toBeInstanceOf(RenderError);
    await expect(renderNotes(undefined, { set: ['deploymentType=1'] })).rejects.toThrow(
      'template: polyaxon/templates/NOTES.txt:21:39: executing "polyaxon/templates/NOTES.txt" at <.Values.deploymentType>: wrong type for value; expected string; got int64',
    );
  });
});

describe('notes-template.generated.ts', () => {
  it('is handlebars.precompile of notesTemplate (regenerate: UPDATE_NOTES_TEMPLATE=1 pnpm exec vitest run packages/core/src/notes.test.ts)', async () => {
    const { default: handlebars } = await import('handlebars');
    const file = new URL('./notes-template.generated.ts', import.meta.url);
    const text = [
      '// @ts-nocheck -- generated by packages/core/src/notes.test.ts (UPDATE_NOTES_TEMPLATE=1) from notesTemplate in notes.ts:',
      '// handlebars.precompile with notesCompileOptions, so that --notes builds no function from a string at run time.',
      `export const notesTemplateSpec = ${handlebars.precompile(notesTemplate, notesCompileOptions)};`,
      '',
    ].join('\n');
    if (process.env.UPDATE_NOTES_TEMPLATE) writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
