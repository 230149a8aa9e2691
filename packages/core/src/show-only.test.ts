import { describe, expect, it } from 'vitest';
import { filepathMatch } from './show-only.js';

describe('filepathMatch (Go path/filepath.Match)', () => {
  it.each([
    ['templates/api-svc.yaml', 'templates/api-svc.yaml', true],
    ['templates/*-svc.yaml', 'templates/api-svc.yaml', true],
    ['templates/[a-c]pi-svc.yaml', 'templates/api-svc.yaml', true],
    ['templates/[\\-]', 'templates/-', true],
    ['templates/a\\-b', 'templates/a-b', true],
    ['templates/*', 'templates/hooks/x.yaml', false],
    ['templates/api-svc.yaml', 'templates/apisvc.yaml', false],
  ])('%s against %s is %s', (pattern, name, want) => {
    expect(filepathMatch(pattern, name)).toBe(want);
  });
});
