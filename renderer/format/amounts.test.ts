import { describe, expect, it } from 'vitest';
import { formatAckDate, formatCount, formatGstRate, formatMilliRupees, stateLabel } from './amounts';

describe('renderer formats', () => {
  it('formats unit prices in thousandths of a rupee with lakh grouping', () => {
    expect(formatMilliRupees(12_345_678_500)).toBe('₹1,23,45,678.50');
    expect(formatMilliRupees(12_125)).toBe('₹12.125');
    expect(formatMilliRupees(0)).toBe('₹0.00');
    expect(formatMilliRupees(-1_500)).toBe('-₹1.50');
  });

  it('formats GST rates from thousandths of a percent', () => {
    expect(formatGstRate(18_000)).toBe('18%');
    expect(formatGstRate(250)).toBe('0.25%');
    expect(formatGstRate(7_500)).toBe('7.5%');
    expect(formatGstRate(0)).toBe('0%');
  });

  it('shows the IRP acknowledgement time as dd/mm/yyyy HH:mm and keeps unknown text', () => {
    expect(formatAckDate('2025-06-16 10:30:05')).toBe('16/06/2025 10:30');
    expect(formatAckDate('yesterday')).toBe('yesterday');
  });

  it('names states and groups counts the Indian way', () => {
    expect(stateLabel('27')).toBe('27 · Maharashtra');
    expect(stateLabel('7')).toBe('07 · Delhi');
    expect(stateLabel('XX')).toBe('XX');
    expect(formatCount(1_00_000)).toBe('1,00,000');
  });
});
