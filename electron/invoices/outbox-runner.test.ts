import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS } from '../irp/transport';
import { IN_FLIGHT_LEASE_MS } from './outbox-runner';

describe('the in-flight lease', () => {
  it('stays far above the longest attempt the IRP client can make, so a live request is never taken back', () => {
    const call = DEFAULT_TIMEOUTS.connectMs + DEFAULT_TIMEOUTS.readMs;
    // One attempt at most: a lookup, the send, a sync of the buyer and a resend, each after a re-login.
    expect(IN_FLIGHT_LEASE_MS).toBeGreaterThan(8 * call);
  });
});
