import { describe, expect, it } from 'vitest';
import { editorFindings } from './checks.js';

describe('values checks for the editor', () => {
  it('puts each finding at the line of its key, without the file:line prefix', () => {
    const values = 'api:\n  replicas: "3"\n  replicsa: 2\nnotAKey: 1\n';
    const f = editorFindings(values, 'values.yaml');
    expect(f.map((x) => x.line)).toEqual(expect.arrayContaining([2, 3, 4]));
    expect(f).toHaveLength(3);
    for (const x of f) expect(x.message).not.toMatch(/^values\.yaml/);
    expect(f.find((x) => x.line === 3)?.message).toMatch(/replicas/);
  });

  it('has nothing to say about values it cannot read (the render shows that error)', () => {
    expect(editorFindings('api: [', 'values.yaml')).toEqual([]);
  });

  it('finds nothing in values the chart knows', () => {
    expect(editorFindings('api:\n  replicas: 2\n', 'values.yaml')).toEqual([]);
  });
});
