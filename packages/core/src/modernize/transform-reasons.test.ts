import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiTable } from './api-table.js';
import { transformReasons } from './transform-reasons.js';
import { transforms } from './transforms.js';

const doc = readFileSync(join(import.meta.dirname, '../../../../docs/modernize.md'), 'utf8');

describe('every transform has its reason, and docs/modernize.md names it', () => {
  it('the reasons name exactly the transforms', () => {
    expect(Object.keys(transformReasons)).toEqual(transforms.map((t) => t.name));
  });
  it.each(transforms.map((t) => t.name))('%s', (name) => {
    // Prettier pads table cells.
    expect(doc).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
  });
  it.each(Object.keys(apiTable))('lists the API versions of %s', (kind) => {
    expect(doc).toMatch(new RegExp(`^\\| ${kind} +\\|`, 'm'));
  });
});
