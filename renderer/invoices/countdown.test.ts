import { describe, expect, it } from 'vitest';
import { isUrgent, timeLeftText } from './countdown';

const now = new Date('2025-06-16T05:00:00.000Z');
const after = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe('timeLeftText', () => {
  it('shows hours and minutes while more than an hour is left', () => {
    expect(timeLeftText(after((23 * 60 + 12) * 60_000 + 59_000), now)).toBe('23 h 12 min left');
    expect(timeLeftText(after(24 * 3600_000), now)).toBe('24 h 0 min left');
    expect(timeLeftText(after(3600_000), now)).toBe('1 h 0 min left');
  });

  it('shows minutes, then seconds, near the end', () => {
    expect(timeLeftText(after(59 * 60_000), now)).toBe('59 min left');
    expect(timeLeftText(after(4 * 60_000 + 10_000), now)).toBe('4 min 10 s left');
    expect(timeLeftText(after(42_000), now)).toBe('42 s left');
  });

  it('says the window is closed at and after the deadline', () => {
    expect(timeLeftText(after(0), now)).toBe('window closed');
    expect(timeLeftText(after(-5_000), now)).toBe('window closed');
    expect(timeLeftText('not a date', now)).toBe('window closed');
  });

  it('ticks down with the clock', () => {
    const deadline = after(2 * 3600_000);
    expect(timeLeftText(deadline, new Date(now.getTime() + 60_000))).toBe('1 h 59 min left');
    expect(isUrgent(deadline, now)).toBe(false);
    expect(isUrgent(deadline, new Date(now.getTime() + 3600_001))).toBe(true);
  });
});
