import { describe, expect, it } from 'vitest';
import { createRenderer } from './renderer.js';
import { render, renderDocuments } from './render.js';
import { renderNotes } from './notes.js';

const values = { ingress: { enabled: true }, 'rabbitmq-ha': { rabbitmqPassword: null } };

describe('createRenderer', () => {
  it('prints what render(), renderDocuments() and renderNotes() print, call for call', async () => {
    const r = createRenderer();
    for (let i = 0; i < 2; i++) {
      expect(r.render(values, { seed: 5, releaseName: `r${i}` })).toBe(
        render(values, { seed: 5, releaseName: `r${i}` }),
      );
      expect(r.renderDocuments(values, { seed: 5 })).toEqual(renderDocuments(values, { seed: 5 }));
      expect(await r.renderNotes(values, { namespace: 'ml' })).toBe(await renderNotes(values, { namespace: 'ml' }));
    }
  });

  it('keeps inputs within maxCacheBytes, least recently used out first', () => {
    const r = createRenderer();
    expect(r.cacheBytes).toBe(0);
    r.render({ api: { replicas: 1 } });
    const one = r.cacheBytes;
    expect(one).toBeGreaterThan(0);
    r.render({ api: { replicas: 1 } });
    expect(r.cacheBytes).toBe(one);
    const small = createRenderer({ maxCacheBytes: 2 * one + 1 });
    for (const replicas of [1, 2, 3]) small.render({ api: { replicas } });
    expect(small.cacheBytes).toBeLessThanOrEqual(2 * one + 1);
    expect(createRenderer({ maxCacheBytes: 0 }).cacheBytes).toBe(0);
    const none = createRenderer({ maxCacheBytes: 0 });
    none.render({ api: { replicas: 1 } });
    expect(none.cacheBytes).toBe(0);
  });

  it('replays the warnings of a kept input', () => {
    const r = createRenderer();
    const warnings: string[][] = [[], []];
    for (const w of warnings) r.render(undefined, { set: ['postgresql.imageTag.a=1'], warn: (m) => w.push(m) });
    expect(warnings[0].length).toBeGreaterThan(0);
    expect(warnings[1]).toEqual(warnings[0]);
  });

  it('clear() drops what it keeps; dispose() also refuses later calls', () => {
    const r = createRenderer();
    r.render({});
    r.clear();
    expect(r.cacheBytes).toBe(0);
    r.render({});
    r.dispose();
    expect(r.cacheBytes).toBe(0);
    expect(() => r.render({})).toThrow(/disposed/);
  });

  it('refuses a negative or non-numeric bound', () => {
    expect(() => createRenderer({ maxCacheBytes: -1 })).toThrow(RangeError);
    expect(() => createRenderer({ maxCacheBytes: Number.NaN })).toThrow(RangeError);
  });
});
