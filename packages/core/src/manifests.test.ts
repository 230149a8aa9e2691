import { describe, expect, it } from 'vitest';
import { parseHead } from './manifest-head.js';
import { sortManifests, type FileHoles } from './manifests.js';

/** A file of two documents whose holes are filled with `values` (one hole per `@`). */
function file(template: string, values: readonly string[]): string {
  let i = 0;
  return template.replace(/@/g, () => values[i++]);
}

const hex = (n: number) => n.toString(16).padStart(8, '0').replace(/^./, 'a').repeat(8);
const b64 = (n: number) => `"${Buffer.from(`secret-${n}`).toString('base64')}"`;

/** Renders `template` with fresh values three times through one shape; every head must be what reading the document gives. */
function headsAgreeWithFullParse(template: string, fill: (round: number) => string[]): void {
  const shape = {};
  for (let round = 0; round < 3; round++) {
    const values = fill(round);
    const text = file(template, values);
    const holes = new Map<string, FileHoles>([['c/templates/x.yaml', { shape, values }]]);
    const sorted = sortManifests(new Map([['c/templates/x.yaml', text]]), holes);
    for (const m of [...sorted.manifests, ...sorted.hooks]) {
      const full = parseHead(m.content, 'c/templates/x.yaml');
      expect(m.head.kind).toBe(full.kind);
      expect(m.head.name).toBe(full.name);
      expect(m.head.apiVersion).toBe(full.apiVersion);
      expect(m.head.annotations ? Object.fromEntries(m.head.annotations) : undefined).toEqual(
        full.annotations ? Object.fromEntries(full.annotations) : undefined,
      );
    }
  }
}

describe('sortManifests with a replayed shape', () => {
  it('carries a checksum annotation of this render', () => {
    headsAgreeWithFullParse(
      'kind: Deployment\nmetadata:\n  name: web\n  annotations:\n    checksum/secrets: @\nspec:\n  x: @\n',
      (r) => [hex(r), hex(r + 10)],
    );
  });

  it('reads a head again when a hole is in the name, kind or a hook', () => {
    headsAgreeWithFullParse('kind: Secret\nmetadata:\n  name: s-@\n', (r) => [hex(r)]);
    headsAgreeWithFullParse('kind: @\nmetadata:\n  name: s\n', (r) => [hex(r)]);
    headsAgreeWithFullParse('kind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: @\n', (r) => [
      ['pre-install', 'post-install', 'test'][r],
    ]);
  });

  it('reads a head again when a hole value could parse as something else', () => {
    headsAgreeWithFullParse(
      'kind: A\nmetadata:\n  name: a\n  annotations:\n    note: @\n---\nkind: B\nmetadata:\n  name: b\n',
      (r) => [['"x"', '1e3', 'true'][r]],
    );
    headsAgreeWithFullParse('kind: A\nmetadata:\n  name: a\n  annotations:\n    note: @\n', (r) => [
      ['deadbeef', '12345', '"a b"'][r],
    ]);
  });

  it('keeps generated secrets of a multi-document file apart from the heads', () => {
    headsAgreeWithFullParse(
      'kind: Secret\nmetadata:\n  name: one\ndata:\n  a: @\n---\nkind: Secret\nmetadata:\n  name: two\ndata:\n  b: @\n',
      (r) => [b64(r), b64(r + 5)],
    );
  });

  it('keeps heads for generated secret lines, and reads again when a line could be a head field', () => {
    headsAgreeWithFullParse('kind: Secret\nmetadata:\n  name: s\ndata:\n  @\n  b: @\n', (r) => [
      `pw: ${b64(r)}`,
      b64(r + 1),
    ]);
    headsAgreeWithFullParse('apiVersion: v1\n@\nmetadata:\n  name: x\n', (r) => [`kind: ${b64(r)}`]);
    headsAgreeWithFullParse('apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\n@\n', (r) => [
      [`a: ${b64(r)}`, `kind: ${b64(r)}`, `b: ${b64(r)}`][r],
    ]);
  });
});
