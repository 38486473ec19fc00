import { describe, expect, it } from 'vitest';
import {
  financialYear,
  formatIrpDateTime,
  formatIstDate,
  formatIstDateTime,
  fromIstParts,
  parseIrpDateTime,
  parseIstDate,
  toIstParts,
} from './ist';

describe('IST', () => {
  it('reads the Indian wall clock whatever the machine time zone', () => {
    // 18:45 UTC is 00:15 the next day in India.
    const instant = new Date('2026-03-31T18:45:07Z');
    expect(toIstParts(instant)).toEqual({ year: 2026, month: 4, day: 1, hour: 0, minute: 15, second: 7 });
    expect(formatIstDate(instant)).toBe('01/04/2026');
    expect(formatIrpDateTime(instant)).toBe('2026-04-01 00:15:07');
    expect(formatIstDateTime(instant)).toBe('01/04/2026 00:15');
  });

  it('round-trips the IRP date-time format', () => {
    const at = parseIrpDateTime('2019-12-25 12:03:00');
    expect(at?.toISOString()).toBe('2019-12-25T06:33:00.000Z');
    expect(formatIrpDateTime(at!)).toBe('2019-12-25 12:03:00');
    expect(fromIstParts(toIstParts(at!)).getTime()).toBe(at!.getTime());
  });

  it.each(['2019-02-30 10:00:00', '2019-12-25T12:03:00', '2019-12-25 24:00:00', ''])('refuses %j', (text) => {
    expect(parseIrpDateTime(text)).toBeNull();
  });

  it('parses dd/mm/yyyy as the start of the IST day and refuses impossible dates', () => {
    expect(parseIstDate('16/09/2022')?.toISOString()).toBe('2022-09-15T18:30:00.000Z');
    expect(parseIstDate('29/02/2024')).not.toBeNull();
    expect(parseIstDate('29/02/2023')).toBeNull();
    expect(parseIstDate('2022-09-16')).toBeNull();
  });

  it.each([
    [{ year: 2022, month: 9 }, '2022-23'],
    [{ year: 2023, month: 3 }, '2022-23'],
    [{ year: 2023, month: 4 }, '2023-24'],
    [{ year: 1999, month: 4 }, '1999-00'],
  ])('financial year of %j is %s', (parts, fy) => {
    expect(financialYear(parts)).toBe(fy);
  });
});
