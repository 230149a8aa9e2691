import { describe, expect, it } from 'vitest';
import { render, renderDocuments } from 'polyaxon-render';
import { outlineOf, templatesOf } from './outline.js';

describe('outline', () => {
  it('has one entry per printed document, with the kind, name and source renderDocuments gives', () => {
    const text = render(undefined, { seed: 1 });
    const docs = renderDocuments(undefined, { seed: 1 });
    const outline = outlineOf(text);
    expect(outline.map((e) => [e.source, e.kind, e.name])).toEqual(docs.map((d) => [d.source, d.kind, d.name]));
    for (const e of outline) {
      expect(text.slice(e.offset, e.offset + 4)).toBe('---\n');
      expect(text.split('\n')[e.line]).toBe('---');
    }
  });

  it.each([
    [
      'kind and name',
      '---\n# Source: c/templates/a.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s1\n',
      'Secret',
      's1',
    ],
    [
      'quoted name',
      '---\n# Source: c/t.yaml\nkind: "A"\nmetadata:\n  labels:\n    name: no\n  name: \'b\'\n',
      'A',
      'b',
    ],
    ['name outside metadata is not the name', '---\n# Source: c/t.yaml\nspec:\n  name: x\nkind: K\n', 'K', ''],
    ['markup stays text', '---\n# Source: c/t.yaml\nkind: <b>\nmetadata:\n  name: </script>\n', '<b>', '</script>'],
  ])('%s', (_, text, kind, name) => {
    expect(outlineOf(text).map((e) => [e.kind, e.name])).toEqual([[kind, name]]);
  });

  it('lists each template once, in print order, without the chart name (what --show-only matches)', () => {
    const t = templatesOf(render(undefined, { seed: 1 }));
    expect(new Set(t).size).toBe(t.length);
    expect(t).toContain('templates/api-deployment.yaml');
    expect(t).toContain('charts/postgresql/templates/deployment.yaml');
    expect(t.every((p) => !p.startsWith('polyaxon/'))).toBe(true);
  });
});
