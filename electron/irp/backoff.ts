/**
 * Exponential backoff with full jitter: attempt n waits a random time in [0, min(cap, base·2^n)].
 * Jitter keeps many desks that lost the IRP at the same moment from returning in lockstep.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** Total tries, the first included. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 8_000, maxAttempts: 3 };

export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
