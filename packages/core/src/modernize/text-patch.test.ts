import { describe, expect, it } from 'vitest';
import { objectOf, readDocument } from './modernize.js';
import { patchText, sameJson } from './text-patch.js';

/** Applies `change` to the object `text` holds and patches the text. */
function patched(text: string, change: (o: Record<string, unknown>) => void): string {
  const doc = readDocument(text);
  const before = objectOf(doc)!;
  const after = structuredClone(before);
  change(after as Record<string, unknown>);
  const out = patchText(text, doc, before, after);
  expect(sameJson(objectOf(readDocument(out)), after), out).toBe(true);
  return out;
}

describe('patchText: the smallest edit, the rest byte for byte', () => {
  it('replaces a scalar in place, keeping quotes and blank lines elsewhere', () => {
    const text = 'apiVersion: extensions/v1beta1\nkind: Deployment\n\nmetadata:\n  name: "x"\n';
    expect(patched(text, (o) => (o.apiVersion = 'apps/v1'))).toBe(
      'apiVersion: apps/v1\nkind: Deployment\n\nmetadata:\n  name: "x"\n',
    );
  });
  it('inserts a new key before the key that follows it in the new object', () => {
    const text = 'spec:\n  replicas: 1\n  template:\n    x: 1\n';
    const out = patched(text, (o) => {
      const spec = o.spec as Record<string, unknown>;
      o.spec = { replicas: spec.replicas, selector: { matchLabels: { app: 'a' } }, template: spec.template };
    });
    expect(out).toBe('spec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: a\n  template:\n    x: 1\n');
  });
  it('appends a new key after the last one', () => {
    expect(patched('a:\n  b: 1\n', (o) => ((o.a as Record<string, unknown>).c = 'x'))).toBe('a:\n  b: 1\n  c: x\n');
  });
  it('deletes a key with its lines', () => {
    const text = 'c:\n- name: a\n  imagePullPolicy: ""\n  image: x\n';
    expect(patched(text, (o) => delete (o.c as Record<string, unknown>[])[0].imagePullPolicy)).toBe(
      'c:\n- name: a\n  image: x\n',
    );
  });
  it('reprints a list item whose first key goes (it shares its line with "- ")', () => {
    const text = 'c:\n- imagePullPolicy: ""\n  name: a\n';
    expect(patched(text, (o) => delete (o.c as Record<string, unknown>[])[0].imagePullPolicy)).toBe('c:\n- name: a\n');
  });
  it('reprints a flow list that changed, in block style', () => {
    const text = 'rules:\n  - apiGroups: ["", "extensions"]\n    verbs: ["get"]\n';
    const out = patched(
      text,
      (o) => ((o.rules as Record<string, string[]>[])[0].apiGroups = ['', 'extensions', 'apps']),
    );
    expect(out).toBe('rules:\n  - apiGroups:\n    - ""\n    - extensions\n    - apps\n    verbs: ["get"]\n');
  });
  it('reprints a changed map value under a key, indented where the key is', () => {
    const text = 'paths:\n- path: /\n  backend:\n    serviceName: api\n    servicePort: 80\n';
    const out = patched(text, (o) => {
      (o.paths as Record<string, unknown>[])[0].backend = { service: { name: 'api', port: { number: 80 } } };
    });
    expect(out).toBe('paths:\n- path: /\n  backend:\n    service:\n      name: api\n      port:\n        number: 80\n');
  });
  it('leaves an unchanged document alone', () => {
    const text = 'a:   1   # note\nb: [1,2]\n';
    expect(patched(text, () => {})).toBe(text);
  });
});
