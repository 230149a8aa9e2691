import { describe, expect, it } from 'vitest';
import { writeAll } from './cli-main.js';

/** A descriptor that takes `chunk` bytes per call and is full (EAGAIN) for `fullFor` calls between. */
function slowPipe(chunk: number, fullFor: number) {
  const calls: ('write' | 'again')[] = [];
  let out = Buffer.alloc(0);
  let full = 0;
  const write = (_fd: number, bytes: Buffer, offset: number, length: number): number => {
    if (full > 0) {
      full--;
      calls.push('again');
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
    }
    const n = Math.min(chunk, length);
    out = Buffer.concat([out, bytes.subarray(offset, offset + n)]);
    full = fullFor;
    calls.push('write');
    return n;
  };
  return { write, calls, text: () => out.toString('utf8') };
}

describe('writeAll', () => {
  it('writes everything through short writes, multi-byte characters included', () => {
    const p = slowPipe(3, 0);
    writeAll(1, 'héllo wörld\n', p.write);
    expect(p.text()).toBe('héllo wörld\n');
  });

  it('waits for a full non-blocking pipe by sleeping, not spinning', () => {
    // 8 stalls of 8 EAGAINs each: sleeping 0.05, 0.1, ... 6.4 ms per stall is ~13 ms a stall.
    const p = slowPipe(4, 8);
    const t0 = performance.now();
    writeAll(1, 'x'.repeat(32), p.write);
    const elapsed = performance.now() - t0;
    expect(p.text()).toBe('x'.repeat(32));
    expect(p.calls.filter((c) => c === 'again').length).toBe(7 * 8);
    // A spinning writer would be done in well under a millisecond.
    expect(elapsed).toBeGreaterThan(7 * 10);
  });

  it('stops at EPIPE (the reader went away) and throws anything else', () => {
    const epipe = () => {
      throw Object.assign(new Error('EPIPE'), { code: 'EPIPE' });
    };
    expect(() => writeAll(1, 'x', epipe)).not.toThrow();
    const eio = () => {
      throw Object.assign(new Error('EIO'), { code: 'EIO' });
    };
    expect(() => writeAll(1, 'x', eio)).toThrow('EIO');
  });
});
