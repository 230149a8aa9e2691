import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const browserTests = ['packages/playground/src/e2e.test.ts'];

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources, not a possibly stale dist/.
    alias: {
      '@polyaxon-render/values': src('./packages/values/src/index.ts'),
      '@polyaxon-render/templates': src('./packages/templates/src/index.ts'),
      'polyaxon-render': src('./packages/core/src/index.ts'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'fixtures/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...browserTests, '**/node_modules/**'],
        },
      },
      // The playground in chromium runs after everything else, alone, so its keystroke timing is its own.
      { extends: true, test: { name: 'browser', include: browserTests, sequence: { groupOrder: 1 } } },
    ],
    pool: 'threads',
    // The JSON report is what .ci/run counts (CI reads one plain "N passed, N failed" line).
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-report.json' },
    testTimeout: 60_000,
  },
});
