import { describe, expect, it } from 'vitest';
import { formatDate, formatIndianNumber, formatRupees, groupIndian } from './indian';

describe('Indian formatting', () => {
  it.each([
    [0, '₹0.00'],
    [5, '₹0.05'],
    [12345650, '₹1,23,456.50'],
    [123456789012, '₹1,23,45,67,890.12'],
    [-99900, '-₹999.00'],
    [100000, '₹1,000.00'],
  ])('formats %i paise as %s', (paise, text) => {
    expect(formatRupees(paise)).toBe(text);
  });

  it('formats amounts beyond the float-safe range exactly', () => {
    expect(formatRupees(99999999999999999n)).toBe('₹99,99,99,99,99,99,999.99');
  });

  it('groups by lakh and crore', () => {
    expect(groupIndian('1')).toBe('1');
    expect(groupIndian('1000')).toBe('1,000');
    expect(groupIndian('100000')).toBe('1,00,000');
    expect(groupIndian('10000000')).toBe('1,00,00,000');
  });

  it('agrees with Intl en-IN grouping', () => {
    expect(formatIndianNumber(1234567.5)).toBe('12,34,567.50');
  });

  it('writes dates as dd/mm/yyyy in IST', () => {
    expect(formatDate(new Date('2026-11-24T20:00:00Z'))).toBe('25/11/2026');
  });
});
