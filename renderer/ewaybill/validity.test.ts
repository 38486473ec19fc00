import { describe, expect, it } from 'vitest';
import { generateBlockedReason } from './eligibility';
import { ewayBill, generatedView, NOW, servicesOnlyView } from './testView';
import { cancelTimeLeft, parseEwbDateTime, spanText, validityText } from './validity';

describe('e-way bill times', () => {
  it("reads the IRP's and the e-way bill system's date formats as IST", () => {
    expect(parseEwbDateTime('2025-06-16 10:30:00')?.toISOString()).toBe('2025-06-16T05:00:00.000Z');
    expect(parseEwbDateTime('16/06/2025 10:30:00 PM')?.toISOString()).toBe('2025-06-16T17:00:00.000Z');
    expect(parseEwbDateTime('16/06/2025 12:05:00 AM')?.toISOString()).toBe('2025-06-15T18:35:00.000Z');
    expect(parseEwbDateTime('tomorrow')).toBeNull();
  });

  it('counts down the validity in days and hours, then hours and minutes, then says expired', () => {
    expect(validityText('2025-06-17 14:30:00', NOW)).toBe('valid for 1 day 4 h');
    expect(validityText('2025-06-16 14:42:00', NOW)).toBe('valid for 4 h 12 min');
    expect(validityText('2025-06-16 10:30:40', NOW)).toBe('valid for 40 s');
    expect(validityText('2025-06-16 10:30:00', NOW)).toBe('expired');
    expect(validityText(null, NOW)).toMatch(/Part-A only/);
    expect(spanText(3 * 86_400_000 + 3_600_000)).toBe('3 days 1 h');
  });

  it('gives the time left in the 24-hour cancel window, and null once it has closed', () => {
    expect(cancelTimeLeft('2025-06-16 06:30:00', NOW)).toBe('20 h 0 min left');
    expect(cancelTimeLeft('2025-06-16 10:30:00', NOW)).toBe('24 h 0 min left');
    expect(cancelTimeLeft('2025-06-15 11:00:00', NOW)).toBe('30 min left');
    expect(cancelTimeLeft('2025-06-15 10:29:00', NOW)).toBeNull();
  });
});

describe('when an e-way bill can be generated', () => {
  it('needs a generated invoice with an active IRN, a goods line and no active e-way bill', () => {
    expect(generateBlockedReason(generatedView())).toBeNull();
    expect(generateBlockedReason(generatedView({ status: 'draft', irn: null }))).toMatch(
      /Generate the IRN first/,
    );
    expect(generateBlockedReason(servicesOnlyView())).toMatch(/services only/);
    expect(generateBlockedReason(generatedView({ ewayBills: [ewayBill()] }))).toMatch(
      /131000000041 is already active/,
    );
    expect(generateBlockedReason(generatedView({ ewayBills: [ewayBill({ status: 'CNL' })] }))).toBeNull();
    const crn = generatedView();
    expect(generateBlockedReason({ ...crn, invoice: { ...crn.invoice, docType: 'CRN' } })).toMatch(
      /invoices only/,
    );
  });
});
