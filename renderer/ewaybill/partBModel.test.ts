import { describe, expect, it } from 'vitest';
import {
  checkPartB,
  emptyPartB,
  isValidVehicleNo,
  normaliseVehicleNo,
  partBHint,
  toPartBInput,
  transporterIdLiveMessage,
  vehicleNoLiveMessage,
  vehicleTypeApplies,
  type PartBDraft,
} from './partBModel';
import { NOW } from './testView';

const draft = (overrides: Partial<PartBDraft>): PartBDraft => ({ ...emptyPartB(), ...overrides });
const check = (overrides: Partial<PartBDraft>) => checkPartB(draft(overrides), '16/06/2025', NOW);

describe('vehicle numbers', () => {
  it('accepts the e-way bill system formats after upper-casing and dropping spaces and dashes', () => {
    expect(normaliseVehicleNo('ka 01-ab 1234')).toBe('KA01AB1234');
    for (const ok of ['KA01AB1234', 'KA011234', '22BH1234AB', 'TR12AB3456', '15B123456K'])
      expect(isValidVehicleNo(ok), ok).toBe(true);
    for (const bad of ['K01AB1234', 'KA01AB12345', '1234567', 'KA01ABCD1234'])
      expect(isValidVehicleNo(bad), bad).toBe(false);
  });

  it('says nothing while a number is still short, and names the format once it could be complete', () => {
    expect(vehicleNoLiveMessage('KA01')).toBeUndefined();
    expect(vehicleNoLiveMessage('ka01ab1234')).toBeUndefined();
    expect(vehicleNoLiveMessage('KA01AB12X')).toMatch(/KA01AB12X is not in a format .* \(like KA01AB1234/);
  });
});

describe('transporter GSTIN', () => {
  it('checks the check digit once 15 characters are typed', () => {
    expect(transporterIdLiveMessage('29AAGCV4521M1Z')).toBeUndefined();
    expect(transporterIdLiveMessage('29aagcv4521m1zw')).toBeUndefined();
    expect(transporterIdLiveMessage('29AAGCV4521M1ZX')).toMatch(/wrong last character .* it would be W/);
    expect(transporterIdLiveMessage('ABCDEFGHIJKLMNO')).toMatch(/not a valid GSTIN/);
  });
});

describe('Part-B checks', () => {
  it('asks for a vehicle by road and accepts distance 0', () => {
    expect(check({ mode: 'road' })).toEqual({
      vehicleNo: 'Enter the vehicle number for goods going by road.',
    });
    expect(check({ mode: 'road', vehicleNo: 'KA01AB1234', distanceKm: '0' })).toEqual({});
  });

  it('asks for the railway receipt or airway bill and its date, and refuses ODC off road and sea', () => {
    expect(check({ mode: 'rail', vehicleType: 'odc' })).toEqual({
      transportDocNo: 'Enter the railway receipt number.',
      transportDocDate: 'Enter the transport document date.',
      vehicleType: 'Over-dimensional cargo goes by road or ship only.',
    });
    expect(check({ mode: 'air', transportDocNo: 'AWB/778', transportDocDate: '16/06/2025' })).toEqual({});
  });

  it('bounds the transport document date by the invoice date and today, and reads dd/mm/yyyy only', () => {
    const road = { mode: 'road' as const, vehicleNo: 'KA01AB1234', transportDocNo: 'LR-9' };
    expect(check({ ...road, transportDocDate: '2025-06-16' }).transportDocDate).toBe(
      'Write the transport document date as dd/mm/yyyy.',
    );
    expect(check({ ...road, transportDocDate: '17/06/2025' }).transportDocDate).toMatch(/future/);
    expect(check({ ...road, transportDocDate: '15/06/2025' }).transportDocDate).toMatch(
      /before the invoice date 16\/06\/2025/,
    );
    expect(check({ ...road, transportDocDate: '' }).transportDocDate).toBe(
      'Enter the transport document date.',
    );
  });

  it('refuses a distance that is not 0-4000 whole kilometres', () => {
    for (const d of ['', '-1', '12.5', '4001', 'abc'])
      expect(check({ mode: 'road', vehicleNo: 'KA01AB1234', distanceKm: d }).distanceKm, d).toMatch(
        /0 to 4000/,
      );
  });

  it('allows Part-A only when a transporter is named, not with a vehicle', () => {
    expect(check({ mode: '' }).mode).toMatch(/name the transporter/);
    expect(check({ mode: '', transporterId: '29AAGCV4521M1ZW' })).toEqual({});
    expect(check({ mode: '', vehicleNo: 'KA01AB1234', transporterId: '29AAGCV4521M1ZW' }).mode).toMatch(
      /Choose the transport mode/,
    );
  });
});

describe('the request', () => {
  it('sends trimmed, upper-cased values and leaves out empty fields', () => {
    expect(
      toPartBInput(
        draft({
          mode: 'road',
          vehicleNo: 'ka01 ab1234',
          transporterId: ' 29aagcv4521m1zw ',
          transporterName: '  Swift Roadways ',
          distanceKm: ' 0 ',
        }),
      ),
    ).toEqual({
      mode: 'road',
      vehicleNo: 'KA01AB1234',
      vehicleType: 'regular',
      transporterId: '29AAGCV4521M1ZW',
      transporterName: 'Swift Roadways',
      distanceKm: 0,
    });
    expect(
      toPartBInput(draft({ mode: 'rail', transportDocNo: 'RR/1', transportDocDate: '16/06/2025' })),
    ).toEqual({ mode: 'rail', transportDocNo: 'RR/1', transportDocDate: '16/06/2025', distanceKm: 0 });
  });
});

describe('Part-B hints and choices', () => {
  it('names what a field wants for the chosen mode', () => {
    expect(partBHint('vehicleNo', 'road')).toBe('Like KA01AB1234 (required by road)');
    expect(partBHint('vehicleNo', 'ship')).toBe('Like KA01AB1234');
    expect(partBHint('transportDocNo', 'rail')).toBe('Required by rail and air');
    expect(partBHint('transportDocNo', 'road')).toBe('Optional by road');
    expect(partBHint('distanceKm', 'road')).toBe('0 lets the IRP work it out');
    expect(partBHint('mode', 'road')).toBeUndefined();
  });

  it('offers a vehicle type only by road or ship', () => {
    expect(
      ['road', 'ship', 'rail', 'air', ''].map((m) => vehicleTypeApplies(m as PartBDraft['mode'])),
    ).toEqual([true, true, false, false, false]);
  });
});
