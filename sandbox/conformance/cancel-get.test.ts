import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildInvoice, docNo, startTestSandbox, TEST_DATE, TEST_NOW, type TestSandbox } from './harness';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(async () => t.stop());
beforeEach(async () => t.setClock(TEST_NOW));

async function registered() {
  const c = await t.authed();
  const no = docNo('L');
  const inv = buildInvoice({
    seller: t.taxpayer('Vasundhara Textiles'),
    buyer: t.taxpayer('Kaveri Foods'),
    docNo: no,
  });
  const res = await c.generate(inv);
  expect(res.codes).toEqual([]);
  return { c, no, irn: res.data['Irn'] as string, ack: res.data };
}

describe('cancel IRN', () => {
  it('cancels within 24 hours and reports the cancel date', async () => {
    const { c, irn } = await registered();
    const res = await c.cancel(irn, '1', 'Duplicate entry');
    expect(res.codes).toEqual([]);
    expect(res.data).toEqual({ Irn: irn, CancelDate: expect.stringMatching(/^2025-06-16 10:\d{2}:00$/) });
    expect((await c.getIrn(irn)).data['Status']).toBe('CNL');
  });

  it('answers 9999 for an IRN already cancelled', async () => {
    const { c, irn } = await registered();
    await c.cancel(irn);
    expect((await c.cancel(irn)).envelope.ErrorDetails).toEqual([
      { ErrorCode: '9999', ErrorMessage: 'Invoice is not active' },
    ]);
  });

  it('answers 2270 once 24 hours have passed since AckDt', async () => {
    const { c, irn } = await registered();
    await t.advanceMinutes(24 * 60 - 2);
    const c2 = await t.authed();
    expect(c2.token).toBeTruthy();
    await t.advanceMinutes(3);
    const late = await t.authed();
    expect((await late.cancel(irn)).codes).toEqual(['2270']);
    expect(c.token).toBeTruthy();
  });

  it('answers 2148 for an unknown IRN and 2143 for another business', async () => {
    const { irn } = await registered();
    const c = await t.authed();
    expect((await c.cancel('a'.repeat(64))).codes).toEqual(['2148']);
    const other = await t.authed(1);
    expect((await other.cancel(irn)).codes).toEqual(['2143']);
  });

  it('validates the cancel request itself', async () => {
    const { c, irn } = await registered();
    const res = await c.cancel(irn, '7', '');
    expect(res.codes).toEqual(['2140', '2140']);
  });
});

describe('get IRN details', () => {
  it('returns the same shape as generate for 2 days, then 2283', async () => {
    const { irn, ack } = await registered();
    const c = await t.authed();
    const got = await c.getIrn(irn);
    expect(got.codes).toEqual([]);
    expect(got.data).toEqual({
      AckNo: ack['AckNo'],
      AckDt: ack['AckDt'],
      Irn: irn,
      SignedInvoice: ack['SignedInvoice'],
      SignedQRCode: ack['SignedQRCode'],
      Status: 'ACT',
      EwbNo: null,
      EwbDt: null,
      EwbValidTill: null,
      Remarks: null,
    });
    await t.advanceMinutes(47 * 60);
    expect((await (await t.authed()).getIrn(irn)).codes).toEqual([]);
    await t.advanceMinutes(2 * 60);
    expect((await (await t.authed()).getIrn(irn)).codes).toEqual(['2283']);
  });

  it('answers 2148 for an unknown IRN, 2143 for another business and 2145 for a malformed one', async () => {
    const { irn } = await registered();
    const c = await t.authed();
    expect((await c.getIrn('b'.repeat(64))).codes).toEqual(['2148']);
    expect((await (await t.authed(1)).getIrn(irn)).codes).toEqual(['2143']);
    expect((await c.getIrn('xyz')).codes).toEqual(['2145']);
  });
});

describe('get IRN by document details', () => {
  it('finds a document by type, number and date (query parameters, "/" encoded)', async () => {
    const c = await t.authed();
    const no = `S/${docNo('D')}`.slice(0, 16);
    const res = await c.generate(
      buildInvoice({
        seller: t.taxpayer('Vasundhara Textiles'),
        buyer: t.taxpayer('Kaveri Foods'),
        docNo: no,
      }),
    );
    expect(res.codes).toEqual([]);
    const got = await c.getByDocument('INV', no, TEST_DATE);
    expect(got.codes).toEqual([]);
    expect(got.data['Irn']).toBe(res.data['Irn']);
    expect(got.data['SignedQRCode']).toBe(res.data['SignedQRCode']);
  });

  it('answers 2154 when nothing matches, 2142 for missing parameters, 2144 for a bad date, 2283 after 2 days', async () => {
    const { c, no } = await registered();
    expect((await c.getByDocument('INV', 'NOPE-1', TEST_DATE)).codes).toEqual(['2154']);
    expect((await c.getByDocument('INV', no, '15/06/2025')).codes).toEqual(['2154']);
    expect((await c.get('/eicore/v1.03/Invoice/irnbydocdetails?doctype=INV')).codes).toEqual(['2142']);
    expect((await c.getByDocument('INV', no, '2025-06-16')).codes).toEqual(['2144']);
    expect((await c.getByDocument('XYZ', no, TEST_DATE)).codes).toEqual(['2161']);
    await t.advanceMinutes(49 * 60);
    expect((await (await t.authed()).getByDocument('INV', no, TEST_DATE)).codes).toEqual(['2283']);
  });
});
