/**
 * The cdk8s and Pulumi recipes that README.md, packages/core/README.md (the npm
 * page) and docs/embedding.md show are the files of packages/core/examples, which
 * `pnpm typecheck` compiles (cdk8s against the real cdk8s, Pulumi against
 * examples/pulumi-sdk.d.ts). A recipe edited in one place only fails here.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The ```ts blocks of a Markdown file. */
const tsBlocks = (markdown: string) => [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

const recipes = [
  { example: 'packages/core/examples/pulumi.ts', marker: `from '@pulumi/kubernetes'` },
  { example: 'packages/core/examples/cdk8s.ts', marker: `from 'polyaxon-render/cdk8s'` },
];

const pages: { page: string; shows: string[] }[] = [
  { page: 'README.md', shows: ['packages/core/examples/pulumi.ts'] },
  { page: 'packages/core/README.md', shows: ['packages/core/examples/pulumi.ts', 'packages/core/examples/cdk8s.ts'] },
  { page: 'docs/embedding.md', shows: ['packages/core/examples/pulumi.ts', 'packages/core/examples/cdk8s.ts'] },
];

describe('recipes in the docs', () => {
  it.each(pages)('$page shows the type-checked examples verbatim', ({ page, shows }) => {
    const blocks = tsBlocks(read(page));
    for (const { example, marker } of recipes) {
      const shown = blocks.filter((b) => b.includes(marker));
      expect(shown, `${page}: recipes importing ${marker}`).toEqual(shows.includes(example) ? [read(example)] : []);
    }
  });
});
