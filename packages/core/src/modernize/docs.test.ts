import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiTable } from './api-table.js';
import { transforms } from './transforms.js';

const doc = readFileSync(join(import.meta.dirname, '../../../../docs/modernize.md'), 'utf8');

describe('docs/modernize.md', () => {
  it.each(transforms.map((t) => t.name))('documents the transform %s', (name) => {
    // Prettier pads table cells.
    expect(doc).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
  });
  it.each(Object.keys(apiTable))('lists the API versions of %s', (kind) => {
    expect(doc).toMatch(new RegExp(`^\\| ${kind} +\\|`, 'm'));
  });
});
