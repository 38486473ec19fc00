/**
 * The one clock every rule reads (24 h cancel, 2-day get, 30-day window, token expiry, e-way bill
 * validity). It runs with real time from wherever it was last set, so `/sandbox/clock` can jump it
 * forward without freezing it.
 */
export class SandboxClock {
  private offsetMs: number;

  constructor(initial?: Date) {
    this.offsetMs = initial ? initial.getTime() - Date.now() : 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  advanceMinutes(minutes: number): void {
    this.offsetMs += minutes * 60_000;
  }
}
