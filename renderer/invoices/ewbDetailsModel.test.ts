import { describe, expect, it } from 'vitest';
import { emptyPartB } from '../ewaybill/partBModel';
import {
  checkEwbDraft,
  detailsFromDraft,
  draftFromDetails,
  ewbSummary,
  isDraftEmpty,
} from './ewbDetailsModel';

const NOW = new Date('2025-06-16T10:00:00+05:30');

describe('e-way bill details in the invoice editor', () => {
  it('treats an untouched section (mode and vehicle type alone) as no e-way bill', () => {
    const blank = emptyPartB();
    expect(isDraftEmpty(blank)).toBe(true);
    expect(isDraftEmpty({ ...blank, mode: 'rail', distanceKm: '' })).toBe(true);
    expect(detailsFromDraft(blank)).toBeUndefined();
    expect(checkEwbDraft(blank, '16/06/2025', NOW)).toEqual({});
    expect(isDraftEmpty({ ...blank, distanceKm: '12' })).toBe(false);
  });

  it('converts the form to the invoice model (mode code, R/O, upper case) and back', () => {
    const draft = {
      ...emptyPartB(),
      vehicleNo: 'ka01 ab-1234',
      vehicleType: 'odc' as const,
      transporterId: '29aagcv4521m1zw',
      transporterName: ' Speedy Roadlines ',
      distanceKm: '0',
    };
    const details = detailsFromDraft(draft);
    expect(details).toEqual({
      distanceKm: 0,
      mode: '1',
      vehicleNo: 'KA01AB1234',
      vehicleType: 'O',
      transporterId: '29AAGCV4521M1ZW',
      transporterName: 'Speedy Roadlines',
    });
    expect(draftFromDetails(details)).toEqual({
      ...emptyPartB(),
      vehicleNo: 'KA01AB1234',
      vehicleType: 'odc',
      transporterId: '29AAGCV4521M1ZW',
      transporterName: 'Speedy Roadlines',
    });
    const rail = detailsFromDraft({
      ...emptyPartB(),
      mode: 'rail',
      transportDocNo: 'RR/7781',
      transportDocDate: '16/06/2025',
      distanceKm: '640',
    });
    expect(rail).toEqual({
      distanceKm: 640,
      mode: '2',
      transportDocNo: 'RR/7781',
      transportDocDate: '16/06/2025',
    });
    expect(draftFromDetails(rail).mode).toBe('rail');
    // Part-A only: a transporter named, no mode.
    expect(detailsFromDraft({ ...emptyPartB(), mode: '', transporterId: '29AAGCV4521M1ZW' })).toEqual({
      distanceKm: 0,
      transporterId: '29AAGCV4521M1ZW',
    });
    expect(draftFromDetails({ distanceKm: 5 }).mode).toBe('');
  });

  it("applies the Part-B dialog's checks to a filled section", () => {
    const errors = checkEwbDraft(
      {
        ...emptyPartB(),
        vehicleNo: 'KA1',
        distanceKm: '4001',
        transportDocDate: '15/06/2025',
        transportDocNo: 'LR 1',
      },
      '16/06/2025',
      NOW,
    );
    expect(errors.vehicleNo).toMatch(/Vehicle number KA1 is not in a format/);
    expect(errors.distanceKm).toMatch(/0 to 4000/);
    expect(errors.transportDocNo).toMatch(/up to 15 letters/);
    expect(errors.transportDocDate).toMatch(/before the invoice date 16\/06\/2025/);
    expect(checkEwbDraft({ ...emptyPartB(), distanceKm: '120' }, '16/06/2025', NOW).vehicleNo).toMatch(
      /vehicle number for goods going by road/,
    );
  });

  it('sums the details up for the folded section', () => {
    expect(ewbSummary(undefined)).toMatch(/^None/);
    expect(ewbSummary({ distanceKm: 0, mode: '1', vehicleNo: 'KA01AB1234' })).toBe(
      'By road · KA01AB1234 · distance worked out by the IRP',
    );
    expect(ewbSummary({ distanceKm: 640, transporterId: '29AAGCV4521M1ZW' })).toBe(
      'Part-A only · 29AAGCV4521M1ZW · 640 km',
    );
  });
});
