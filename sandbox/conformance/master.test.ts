import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInvoice, docNo, startTestSandbox, type TestSandbox } from './harness';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(async () => t.stop());

describe('GSTIN details and sync', () => {
  it('answers GSTIN details from the master (v1.04 and v1.03 paths)', async () => {
    const c = await t.authed();
    const sab = t.taxpayer('Sabarmati Chemicals');
    for (const version of ['v1.04', 'v1.03']) {
      const res = await c.gstinDetails(sab.gstin, version);
      expect(res.codes).toEqual([]);
      expect(res.data).toMatchObject({
        Gstin: sab.gstin,
        TradeName: 'Sabarmati Chemicals',
        LegalName: sab.legalName,
        StateCode: 24,
        AddrPncd: sab.pin,
        TxpType: 'REG',
        Status: 'ACT',
        BlkStatus: 'B',
        DtReg: '2017-07-01',
        DtDReg: null,
      });
    }
    expect((await c.gstinDetails(t.taxpayer('Deccan Software SEZ').gstin)).data['TxpType']).toBe('SEZ');
    expect((await c.gstinDetails(t.taxpayer('Ganga Handlooms').gstin)).data).toMatchObject({
      Status: 'CNL',
      DtDReg: '2024-03-31',
    });
  });

  it('answers 3001 for a well-formed GSTIN it does not know and 3030 for a malformed one', async () => {
    const c = await t.authed();
    expect((await c.gstinDetails('27AAPFU0939F1ZV')).codes).toEqual(['3001']);
    expect((await c.gstinDetails('27AAPFU0939F1ZX')).codes).toEqual(['3030']);
    expect((await c.gstinDetails('NOTAGSTIN')).codes).toEqual(['3030']);
  });

  it('sync copies the common-portal status: 3029 before, accepted after', async () => {
    const c = await t.authed();
    const periyar = t.taxpayer('Periyar Spices');
    const inv = buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: periyar,
      docNo: docNo('M'),
    });
    expect((await c.generate(inv)).codes).toEqual(['3029']);
    expect((await c.gstinDetails(periyar.gstin)).data['Status']).toBe('INA');
    const synced = await c.syncGstin(periyar.gstin);
    expect(synced.codes).toEqual([]);
    expect(synced.data['Status']).toBe('ACT');
    expect((await c.generate(inv)).codes).toEqual([]);
  });
});

describe('heartbeat', () => {
  it('answers Status 1 without authentication', async () => {
    for (const version of ['v1.04', 'v1.03']) {
      const res = await fetch(`${t.sandbox.url}/eivital/${version}/heartbeat/ping`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ Status: 1, Data: null, ErrorDetails: null, InfoDtls: null });
    }
  });
});
