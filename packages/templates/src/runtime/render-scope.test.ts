import { describe, expect, it } from 'vitest';
import { toGoValue, type GoMap } from '@polyaxon-render/values';
import { withRenderScope } from './render-scope.js';
import { set } from './sprig.js';
import { toYaml } from './to-yaml.js';

describe('toYaml inside a render scope', () => {
  it('prints a value object once and reuses the text', () => {
    const v = toGoValue({ a: { b: 1 } }) as GoMap;
    withRenderScope(() => {
      const first = toYaml(v);
      (v.a as GoMap).b = 2; // not through `set`: a template cannot do this, so the cached text stays
      expect(toYaml(v)).toBe(first);
    });
  });

  it('prints again after `set` changed the values', () => {
    const v = toGoValue({ a: 'x' }) as GoMap;
    withRenderScope(() => {
      expect(toYaml(v)).toBe('a: x');
      set(v, 'a', 'z');
      expect(toYaml(v)).toBe('a: z');
    });
  });

  it('caches nothing outside a render', () => {
    const v = toGoValue({ a: 'x' }) as GoMap;
    expect(toYaml(v)).toBe('a: x');
    v.a = 'z';
    expect(toYaml(v)).toBe('a: z');
  });
});
