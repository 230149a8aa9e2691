import { describe, expect, it } from 'vitest';
import { computeReleaseValues } from './values.js';

const input = { set: ['postgresql.imageTag.a=1'] };

function compute(): { values: ReturnType<typeof computeReleaseValues>['values']; warnings: string[] } {
  const warnings: string[] = [];
  const { values } = computeReleaseValues(undefined, input, (m) => warnings.push(m), () => {});
  return { values, warnings };
}

describe('computeReleaseValues', () => {
  it('gives every render of the same values the same objects (the memo keys on them) and replays Helm warnings', () => {
    const a = compute();
    const b = compute();
    expect(a.warnings.length).toBeGreaterThan(0);
    expect(b.warnings).toEqual(a.warnings);
    expect(b.values).toBe(a.values);
  });

  it('computes new objects for other values', () => {
    const a = compute();
    const other = computeReleaseValues(undefined, { set: ['postgresql.imageTag.a=2'] }, () => {}, () => {});
    expect(other.values).not.toBe(a.values);
  });

  it('tells a float64 from an int64 of the same value', () => {
    const f = computeReleaseValues(undefined, { setJson: ['api.replicas=2'] }, () => {}, () => {});
    const i = computeReleaseValues(undefined, { set: ['api.replicas=2'] }, () => {}, () => {});
    expect(typeof (f.values.api as Record<string, unknown>).replicas).toBe('number');
    expect(typeof (i.values.api as Record<string, unknown>).replicas).toBe('bigint');
  });
});
