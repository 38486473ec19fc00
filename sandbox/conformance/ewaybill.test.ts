import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildInvoice, docNo, startTestSandbox, TEST_NOW, type TestSandbox } from './harness';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(async () => t.stop());
beforeEach(async () => t.setClock(TEST_NOW));

const TRANSPORTER = '27AABCK5512D1ZY';

async function registered(buyer = 'Kaveri Foods', extra: Partial<Parameters<typeof buildInvoice>[0]> = {}) {
  const c = await t.authed();
  const res = await c.generate(
    buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: t.taxpayer(buyer),
      docNo: docNo('E'),
      ...extra,
    }),
  );
  expect(res.codes).toEqual([]);
  return { c, irn: res.data['Irn'] as string };
}

const road = (irn: string, distance = 0) => ({
  Irn: irn,
  Distance: distance,
  TransMode: '1',
  VehNo: 'KA01AB1234',
  VehType: 'R',
});

describe('generate e-way bill by IRN', () => {
  it('computes the distance when 0 is sent, reports EWBPPD, and sets validity by 200 km a day ending 23:59', async () => {
    const { c, irn } = await registered();
    const res = await c.generateEwb(road(irn));
    expect(res.codes).toEqual([]);
    const info = res.envelope.InfoDtls?.[0];
    expect(info?.InfCd).toBe('EWBPPD');
    const km = Number(/Pin-Pin calc distance: (\d+)KM/.exec(String(info?.Desc))?.[1]);
    expect(km).toBeGreaterThan(100);
    expect(String(res.data['EwbNo'])).toMatch(/^\d{12}$/);
    expect(res.data['EwbDt']).toMatch(/^2025-06-16 10:\d{2}:00$/);
    const days = Math.ceil(km / 200);
    expect(res.data['EwbValidTill']).toBe(`2025-06-${16 + days} 23:59:00`);
    expect(res.data['Remarks']).toBeNull();

    const got = await c.getEwb(irn);
    expect(got.data).toEqual({
      EwbNo: res.data['EwbNo'],
      Status: 'ACT',
      GenGstin: c.creds.gstin,
      EwbDt: res.data['EwbDt'],
      EwbValidTill: res.data['EwbValidTill'],
    });
    expect((await c.getIrn(irn)).data['EwbNo']).toBe(res.data['EwbNo']);
  });

  it('uses a supplied distance as is (57 km → valid till the next day 23:59)', async () => {
    const { c, irn } = await registered('Cauvery Electricals');
    const res = await c.generateEwb(road(irn, 57));
    expect(res.codes).toEqual([]);
    expect(res.envelope.InfoDtls).toBeNull();
    expect(res.data['EwbValidTill']).toBe('2025-06-17 23:59:00');
  });

  it('allows one e-way bill per IRN (4002)', async () => {
    const { c, irn } = await registered();
    expect((await c.generateEwb(road(irn))).codes).toEqual([]);
    expect((await c.generateEwb(road(irn))).codes).toEqual(['4002']);
  });

  it('makes a Part-A-only bill when only the transporter is given', async () => {
    const { c, irn } = await registered();
    const res = await c.generateEwb({
      Irn: irn,
      Distance: 300,
      TransId: TRANSPORTER,
      TransName: 'Konkan Logistics',
    });
    expect(res.codes).toEqual([]);
    expect(res.data['EwbNo']).toBeTruthy();
    expect(res.data['EwbValidTill']).toBeNull();
  });

  it.each([
    ['no transporter and no Part-B', { Distance: 100 }, '4019'],
    ['a vehicle number without transport mode', { Distance: 100, VehNo: 'KA01AB1234' }, '4028'],
    ['road without vehicle number', { Distance: 100, TransMode: '1', VehType: 'R' }, '4011'],
    ['road without vehicle type', { Distance: 100, TransMode: '1', VehNo: 'KA01AB1234' }, '4022'],
    [
      'rail without a transport document',
      { Distance: 100, TransMode: '2', TransDocDt: '16/06/2025' },
      '4012',
    ],
    [
      'air without a transport document date',
      { Distance: 100, TransMode: '3', TransDocNo: 'AWB123' },
      '4023',
    ],
    ['ship with neither vehicle nor document', { Distance: 100, TransMode: '4' }, '4040'],
    [
      'ship with a regular vehicle type',
      { Distance: 100, TransMode: '4', VehNo: 'KA01AB1234', VehType: 'R' },
      '4039',
    ],
    [
      'ODC by rail',
      { Distance: 100, TransMode: '2', TransDocNo: 'RR1', TransDocDt: '16/06/2025', VehType: 'O' },
      '4024',
    ],
    ['a malformed vehicle number', { Distance: 100, TransMode: '1', VehNo: '1234KA', VehType: 'R' }, '4014'],
    [
      'a future transport document date',
      { Distance: 100, TransMode: '2', TransDocNo: 'RR1', TransDocDt: '18/06/2025' },
      '4016',
    ],
    [
      'a transport document before the invoice',
      { Distance: 100, TransMode: '2', TransDocNo: 'RR1', TransDocDt: '10/06/2025' },
      '4021',
    ],
    [
      'an impossible transport document date',
      { Distance: 100, TransMode: '2', TransDocNo: 'RR1', TransDocDt: '31/02/2025' },
      '4017',
    ],
    ['an invalid transporter id', { Distance: 100, TransId: '27AABCK5512D1ZZ' }, '4018'],
    [
      'a distance far above the PIN-to-PIN estimate',
      { Distance: 3900, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' },
      '4038',
    ],
  ])('refuses %s', async (_label, body, code) => {
    const { c, irn } = await registered();
    const res = await c.generateEwb({ Irn: irn, ...body });
    expect(res.codes).toContain(code);
  });

  it('refuses 0 km between identical PINs (4029) and unknown PINs (4030)', async () => {
    const { c, irn } = await registered('Cauvery Electricals');
    const samePin = { Nm: 'Yard', Addr1: 'Hebbal', Loc: 'Mysuru', Pin: 570016, Stcd: '29' };
    expect((await c.generateEwb({ ...road(irn), DispDtls: samePin })).codes).toEqual(['4029']);
    const unknown = { Nm: 'Depot', Addr1: 'Somewhere', Loc: 'Nowhere', Pin: 990001, Stcd: '29' };
    expect((await c.generateEwb({ ...road(irn), DispDtls: unknown })).codes).toEqual(['4030']);
  });

  it('refuses credit notes (4010), services only (4009), blocked parties (4015), cancelled IRNs (4000), unknown IRNs (4003)', async () => {
    const note = await registered('Kaveri Foods', { type: 'CRN' });
    expect((await note.c.generateEwb(road(note.irn))).codes).toEqual(['4010']);
    const svc = await registered('Kaveri Foods', { lines: [{ service: true }] });
    expect((await svc.c.generateEwb(road(svc.irn))).codes).toEqual(['4009']);
    const blocked = await registered('Sabarmati Chemicals');
    const res = await blocked.c.generateEwb(road(blocked.irn));
    expect(res.envelope.ErrorDetails).toEqual([
      {
        ErrorCode: '4015',
        ErrorMessage: `EWayBill will not be generated for blocked User -${t.taxpayer('Sabarmati Chemicals').gstin}`,
      },
    ]);
    const gone = await registered();
    await gone.c.cancel(gone.irn);
    expect((await gone.c.generateEwb(road(gone.irn))).codes).toEqual(['4000']);
    expect((await gone.c.generateEwb(road('c'.repeat(64)))).codes).toEqual(['4003']);
  });

  it('answers 4005 when an IRN has no e-way bill', async () => {
    const { c, irn } = await registered();
    expect((await c.getEwb(irn)).codes).toEqual(['4005']);
  });
});

describe('e-way bill inside generate IRN', () => {
  it('generates the bill with the IRN when EwbDtls carries Part-B', async () => {
    const c = await t.authed();
    const inv = buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: t.taxpayer('Kaveri Foods'),
      docNo: docNo('P'),
    });
    inv.EwbDtls = { TransMode: '1', Distance: 0, VehNo: 'KA05MN4321', VehType: 'R' };
    const res = await c.generate(inv);
    expect(res.codes).toEqual([]);
    expect(String(res.data['EwbNo'])).toMatch(/^\d{12}$/);
    expect(res.data['EwbDt']).toBe(res.data['AckDt']);
    expect(res.data['EwbValidTill']).toMatch(/ 23:59:00$/);
    expect(res.envelope.InfoDtls?.[0]?.InfCd).toBe('EWBPPD');
  });

  it('still registers the IRN when the bill fails, reporting EWBERR', async () => {
    const c = await t.authed();
    const inv = buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: t.taxpayer('Sabarmati Chemicals'),
      docNo: docNo('P'),
    });
    inv.EwbDtls = { TransMode: '1', Distance: 0, VehNo: 'KA05MN4321', VehType: 'R' };
    const res = await c.generate(inv);
    expect(res.codes).toEqual([]);
    expect(res.data['Irn']).toMatch(/^[0-9a-f]{64}$/);
    expect(res.data['EwbNo']).toBeNull();
    expect(res.envelope.InfoDtls).toEqual([
      { InfCd: 'EWBERR', Desc: [expect.objectContaining({ ErrorCode: '4015' })] },
    ]);
  });
});

describe('cancel e-way bill (CANEWB, e-way bill system style)', () => {
  it('cancels within 24 hours, after which the IRN can be cancelled (2230 before)', async () => {
    const { c, irn } = await registered();
    const ewb = await c.generateEwb(road(irn));
    const ewbNo = ewb.data['EwbNo'] as number;
    expect((await c.cancel(irn)).codes).toEqual(['2230']);
    const res = await c.cancelEwb(ewbNo);
    expect(res.status).toBe('1');
    expect(res.data).toEqual({
      ewayBillNo: ewbNo,
      cancelDate: expect.stringMatching(/^16\/06\/2025 10:\d{2}:\d{2} AM$/),
    });
    expect((await c.getEwb(irn)).data['Status']).toBe('CNL');
    expect((await c.cancel(irn)).codes).toEqual([]);
  });

  it('answers 312 for a cancelled, unknown or foreign e-way bill and 315 after 24 hours', async () => {
    const { c, irn } = await registered();
    const ewbNo = (await c.generateEwb(road(irn))).data['EwbNo'] as number;
    expect((await (await t.authed(1)).cancelEwb(ewbNo)).codes).toEqual(['312']);
    expect((await c.cancelEwb(999999999999)).codes).toEqual(['312']);
    await t.advanceMinutes(24 * 60 + 1);
    const later = await t.authed();
    expect((await later.cancelEwb(ewbNo)).codes).toEqual(['315']);
    await t.setClock(TEST_NOW);
    const again = await t.authed();
    expect((await again.cancelEwb(ewbNo)).status).toBe('1');
    expect((await again.cancelEwb(ewbNo)).codes).toEqual(['312']);
  });
});
