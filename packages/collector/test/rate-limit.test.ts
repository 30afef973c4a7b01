// @vitest-environment node
// The token bucket, with a clock the test moves: no waiting, no timing assertions.
import { describe, expect, it } from 'vitest';
import { createRateLimiter, forwardedClient } from '../src/rate-limit';

function limiterAt(perMinute: number, burst: number) {
  const clock = { now: 1_000_000 };
  return { clock, take: createRateLimiter({ perMinute, burst }, () => clock.now) };
}

describe('createRateLimiter', () => {
  it('allows a burst, then asks the client to wait until a token is back', () => {
    const { clock, take } = limiterAt(60, 3);
    expect([take('a'), take('a'), take('a')]).toEqual([0, 0, 0]);
    expect(take('a')).toBe(1);
    clock.now += 999;
    expect(take('a')).toBe(1);
    clock.now += 1;
    expect(take('a')).toBe(0);
  });

  it('rounds Retry-After up to whole seconds at slow rates', () => {
    const { take } = limiterAt(6, 1);
    take('a');
    expect(take('a')).toBe(10);
  });

  it('keeps one bucket per client', () => {
    const { take } = limiterAt(60, 1);
    expect([take('a'), take('b'), take('a'), take('b')]).toEqual([0, 0, 1, 1]);
  });

  it('refills no further than the burst', () => {
    const { clock, take } = limiterAt(60, 2);
    clock.now += 3_600_000;
    expect([take('a'), take('a'), take('a')]).toEqual([0, 0, 1]);
  });
});

describe('forwardedClient', () => {
  const at = (forwardedFor?: string) => forwardedClient(new Request('http://collector.test/', { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }), '127.0.0.1');

  it('takes the address the proxy appended, not the ones the client claimed', () => {
    expect(at('198.51.100.1, 203.0.113.7')).toBe('203.0.113.7');
    expect(at('203.0.113.7')).toBe('203.0.113.7');
  });

  it('falls back to the connection address without the header', () => {
    expect(at()).toBe('127.0.0.1');
    expect(at(' , ')).toBe('127.0.0.1');
  });
});
