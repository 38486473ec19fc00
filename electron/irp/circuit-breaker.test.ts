import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import { CircuitBreaker } from './circuit-breaker';

describe('circuit breaker', () => {
  function breaker() {
    let now = 0;
    const b = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: () => now });
    return { b, advance: (ms: number) => (now += ms) };
  }

  it('opens after consecutive failures and fails fast while open', () => {
    const { b } = breaker();
    b.failure();
    b.failure();
    expect(b.allow()).toBe(true);
    b.failure();
    expect(b.current).toBe('open');
    expect(b.allow()).toBe(false);
    expect(b.retryInMs()).toBe(1000);
  });

  it('a success resets the count', () => {
    const { b } = breaker();
    b.failure();
    b.failure();
    b.success();
    b.failure();
    b.failure();
    expect(b.current).toBe('closed');
  });

  it('lets exactly one trial through after the cooldown; its outcome decides', () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    advance(1000);
    expect(b.current).toBe('half-open');
    expect(b.allow()).toBe(true);
    expect(b.allow()).toBe(false);
    b.failure();
    expect(b.current).toBe('open');
    advance(1000);
    expect(b.allow()).toBe(true);
    b.success();
    expect(b.current).toBe('closed');
    expect(b.allow()).toBe(true);
  });
});

describe('backoff', () => {
  it('grows exponentially up to the cap, with full jitter', () => {
    const policy = { baseMs: 100, capMs: 1000, maxAttempts: 5 };
    expect(backoffDelay(0, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(1, policy, () => 0.999)).toBe(199);
    expect(backoffDelay(3, policy, () => 0.999)).toBe(799);
    expect(backoffDelay(6, policy, () => 0.999)).toBe(999);
    expect(backoffDelay(6, policy, () => 0)).toBe(0);
  });
});
