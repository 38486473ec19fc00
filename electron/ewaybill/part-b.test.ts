import { describe, expect, it } from 'vitest';
import type { DeskError } from '../../shared/api';
import { buildEwbRequest, computedDistance, isValidVehicleNo, parseTransportMode } from './part-b';
import { parseEwbSystemDateTime } from './validity';

const now = new Date('2025-04-10T06:30:00Z');
const irn = 'd'.repeat(64);

describe('buildEwbRequest', () => {
  it('maps road, rail, air and ship to the IRP codes with what each needs', () => {
    expect(
      buildEwbRequest(irn, { mode: 'road', distanceKm: 0, vehicleNo: 'KA-01-AB-1234' }, '01/04/2025', now),
    ).toEqual({
      Irn: irn,
      Distance: 0,
      TransMode: '1',
      VehNo: 'KA01AB1234',
      VehType: 'R',
    });
    expect(
      buildEwbRequest(
        irn,
        { mode: 'rail', distanceKm: 900, transportDocNo: 'RR/778', transportDocDate: '05/04/2025' },
        '01/04/2025',
        now,
      ),
    ).toMatchObject({ TransMode: '2', TransDocNo: 'RR/778', TransDocDt: '05/04/2025' });
    // Ships take the vessel number and never a "regular" vehicle type.
    const ship = buildEwbRequest(
      irn,
      { mode: 'ship', distanceKm: 50, vehicleNo: 'TM1234567' },
      '01/04/2025',
      now,
    );
    expect(ship).toMatchObject({ TransMode: '4', VehNo: 'TM1234567' });
    expect(ship.VehType).toBeUndefined();
    // Part-A only: a transporter and no mode.
    expect(
      buildEwbRequest(irn, { distanceKm: 10, transporterId: '27AAKFS7310Q1ZK' }, '01/04/2025', now),
    ).toEqual({ Irn: irn, Distance: 10, TransId: '27AAKFS7310Q1ZK' });
  });

  it('names the field in plain words', () => {
    const field = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return [(e as DeskError).field, (e as DeskError).message];
      }
      return null;
    };
    expect(
      field(() =>
        buildEwbRequest(
          irn,
          { mode: 'air', distanceKm: 10, transportDocNo: 'A1', transportDocDate: '31/03/2025' },
          '01/04/2025',
          now,
        ),
      ),
    ).toEqual([
      'transportDocDate',
      'The transport document date cannot be before the invoice date 01/04/2025.',
    ]);
    expect(
      field(() =>
        buildEwbRequest(
          irn,
          {
            mode: 'rail',
            distanceKm: 10,
            vehicleType: 'odc',
            transportDocNo: 'R1',
            transportDocDate: '05/04/2025',
          },
          '01/04/2025',
          now,
        ),
      )?.[0],
    ).toBe('vehicleType');
    expect(
      field(() =>
        buildEwbRequest(irn, { mode: 'road', distanceKm: 1.5, vehicleNo: 'KA01AB1234' }, '01/04/2025', now),
      )?.[0],
    ).toBe('distanceKm');
  });

  it('knows the e-way bill system vehicle formats', () => {
    for (const ok of ['KA01AB1234', 'DL3CAB1234', 'KA011234', '22BH1234AB', 'TR12345678', '15B123456K'])
      expect(isValidVehicleNo(ok), ok).toBe(true);
    for (const bad of ['KA1234', 'K01AB1234', 'KA01AB12345', 'TR123', '1234567', 'KA01AB1234567890'])
      expect(isValidVehicleNo(bad), bad).toBe(false);
  });
});

describe('small readers', () => {
  it('parses modes, the EWBPPD note and the e-way bill system date', () => {
    expect(parseTransportMode('Road')).toBe('road');
    expect(parseTransportMode('4')).toBe('ship');
    expect(() => parseTransportMode('truck')).toThrow(/road, rail, air or ship/);
    expect(computedDistance([{ InfCd: 'EWBPPD', Desc: 'Pin-Pin calc distance: 2467KM' }])).toBe(2467);
    expect(computedDistance([])).toBeNull();
    expect(parseEwbSystemDateTime('15/12/2017 11:35:00 PM')?.toISOString()).toBe('2017-12-15T18:05:00.000Z');
    expect(parseEwbSystemDateTime('15/12/2017 12:05:00 AM')?.toISOString()).toBe('2017-12-14T18:35:00.000Z');
    expect(parseEwbSystemDateTime('nonsense')).toBeNull();
  });
});
