import { describe, expect, it } from 'vitest';
import { runtime } from '@polyaxon-render/templates';
import { render } from './index.js';

/** Renders with nothing kept between renders (as the CLI does), then restores the default. */
function keepOff<T>(f: () => T): T {
  runtime.setKeepBetweenRenders(false);
  try {
    return f();
  } finally {
    runtime.setKeepBetweenRenders(true);
  }
}

describe('renderTemplates with nothing kept between renders (the CLI)', () => {
  // The engine then renders each file without its memo (a file renders once per render)
  // and includes still go through theirs: the text must be the same as with the memo on.
  it.each<[string, Record<string, unknown>]>([
    ['chart defaults', {}],
    // rabbitmq-ha writes generated passwords back with `set` between its templates.
    ['unpinned rabbitmq passwords, ingress', { ingress: { enabled: true }, 'rabbitmq-ha': { rabbitmqPassword: null } }],
    ['a set-free config map read by every workload', { nodeSelector: { a: 'b' }, limitResources: true }],
  ])('prints what a kept render prints: %s', (_, values) => {
    const kept = [render(values, { seed: 7 }), render(values, { seed: 8 })];
    expect(keepOff(() => [render(values, { seed: 7 }), render(values, { seed: 8 })])).toEqual(kept);
    // And a kept render after unkept ones is unaffected by them.
    expect(render(values, { seed: 7 })).toBe(kept[0]);
  });
});
