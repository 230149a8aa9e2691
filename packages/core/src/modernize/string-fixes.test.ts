import { describe, expect, it } from 'vitest';
import * as schemas from './schemas.js';
import { fixStrings, fixStringsInText } from './string-fixes.js';

describe('fixStrings: numbers, booleans and nulls where Kubernetes wants a string', () => {
  it.each([
    ['metadata:\n  name: sa\n  namespace: 1\n', 'metadata:\n  name: sa\n  namespace: "1"\n'],
    [
      'metadata:\n  name: sa\n  namespace: 1e+06\n',
      'metadata:\n  name: sa\n  namespace: 1e+06\n'.replace('1e+06\n', '"1e+06"\n'),
    ],
    ['metadata:\n  name: sa\n  namespace: yes\n', 'metadata:\n  name: sa\n  namespace: "yes"\n'],
    ['metadata:\n  name: sa\n  labels:\n    a:\n', 'metadata:\n  name: sa\n  labels:\n    a: ""\n'],
  ])('%j', (body, fixed) => {
    const head = 'apiVersion: v1\nkind: ServiceAccount\n';
    expect(fixStrings(schemas, head + body)).toBe(head + fixed);
  });
  it('leaves a valid document and everything around it byte for byte', () => {
    const text =
      '---\n# Source: a.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: "sa"\n---\n# Source: b.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: x\n  namespace: 2\n';
    expect(fixStringsInText(schemas, text)).toBe(text.replace('namespace: 2', 'namespace: "2"'));
  });
});
