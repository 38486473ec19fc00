import { createHash, createPublicKey, X509Certificate, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from './client';
import { buildInvoice, docNo, startTestSandbox, TEST_DATE, type TestSandbox } from './harness';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(async () => t.stop());

function verifyJwt(token: string, certPem: string): boolean {
  const [h, p, s] = token.split('.') as [string, string, string];
  const key = createPublicKey(new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'pem' }));
  return verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'));
}

describe('generate IRN', () => {
  it('registers a valid intra-state invoice and answers like NIC', async () => {
    const c = await t.authed();
    const no = docNo('Gen');
    const inv = buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: t.taxpayer('Cauvery Electricals'),
      docNo: no,
      lines: [
        { hsn: '52081190', qty: 10, price: 120.5, rate: 5 },
        { hsn: '54075290', qty: 3, price: 999.99, rate: 12 },
      ],
    });
    const res = await c.generate(inv);
    expect(res.codes).toEqual([]);
    expect(res.http).toBe(200);
    expect(res.envelope.Status).toBe(1);
    const d = res.data;
    // IRN = SHA-256 of GSTIN + FY + type + number.
    const expectedIrn = createHash('sha256').update(`29AAGCV4521M1ZW2025-26INV${no}`).digest('hex');
    expect(d['Irn']).toBe(expectedIrn);
    expect(String(d['AckNo'])).toMatch(/^\d{15}$/);
    expect(d['AckDt']).toMatch(/^2025-06-16 10:\d{2}:00$/);
    expect(d['Status']).toBe('ACT');
    expect(d['EwbNo']).toBeNull();

    const si = decodeJwt(d['SignedInvoice'] as string);
    const cert = new X509Certificate(t.sandbox.signingCertPem);
    const thumb = createHash('sha1').update(cert.raw).digest();
    expect(si.header).toEqual({
      alg: 'RS256',
      kid: thumb.toString('hex').toUpperCase(),
      typ: 'JWT',
      x5t: thumb.toString('base64url'),
    });
    expect(si.claims['iss']).toBe('NIC');
    expect(typeof si.claims['data']).toBe('string');
    const signed = JSON.parse(si.claims['data'] as string);
    expect(Object.keys(signed).slice(0, 3)).toEqual(['AckNo', 'AckDt', 'Irn']);
    expect(signed.AckNo).toBe(d['AckNo']);
    expect(signed.AckDt.slice(0, 16)).toBe((d['AckDt'] as string).slice(0, 16));
    expect(signed.AckDt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(signed.ItemList[0].ItemNo).toBe(0);
    expect(signed.DocDtls).toEqual({ Typ: 'INV', No: no, Dt: TEST_DATE });
    expect(verifyJwt(d['SignedInvoice'] as string, t.sandbox.signingCertPem)).toBe(true);

    const qr = decodeJwt(d['SignedQRCode'] as string);
    expect(verifyJwt(d['SignedQRCode'] as string, t.sandbox.signingCertPem)).toBe(true);
    const qrData = JSON.parse(qr.claims['data'] as string);
    expect(Object.keys(qrData)).toEqual([
      'SellerGstin',
      'BuyerGstin',
      'DocNo',
      'DocTyp',
      'DocDt',
      'TotInvVal',
      'ItemCnt',
      'MainHsnCode',
      'Irn',
      'IrnDt',
    ]);
    expect(qrData.ItemCnt).toBe(2);
    // Line 2 (2999.97) has a larger taxable value than line 1 (1205.00).
    expect(qrData.MainHsnCode).toBe('54075290');
    expect(qrData.TotInvVal).toBe(inv.ValDtls.TotInvVal);
  });

  it('answers a second submission of the same document with 2150 and the DUPIRN details', async () => {
    const c = await t.authed();
    const inv = buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: t.taxpayer('Kaveri Foods'),
      docNo: docNo('Dup'),
    });
    const first = await c.generate(inv);
    expect(first.codes).toEqual([]);
    const again = await c.generate(inv);
    expect(again.envelope.Status).toBe(0);
    expect(again.envelope.ErrorDetails).toEqual([{ ErrorCode: '2150', ErrorMessage: 'Duplicate IRN' }]);
    expect(again.envelope.InfoDtls).toEqual([
      {
        InfCd: 'DUPIRN',
        Desc: { AckNo: first.data['AckNo'], AckDt: first.data['AckDt'], Irn: first.data['Irn'] },
      },
    ]);
  });

  it('treats the document number case-insensitively for duplicates and keeps cancelled numbers taken', async () => {
    const c = await t.authed();
    const no = docNo('case');
    const inv = buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: t.taxpayer('Kaveri Foods'),
      docNo: no,
    });
    const first = await c.generate(inv);
    expect(first.codes).toEqual([]);
    const upper = await c.generate({ ...inv, DocDtls: { ...inv.DocDtls, No: no.toUpperCase() } });
    expect(upper.codes).toEqual(['2150']);
    expect((await c.cancel(first.data['Irn'] as string)).codes).toEqual([]);
    const afterCancel = await c.generate(inv);
    expect(afterCancel.codes).toEqual(['2150']);
  });

  it('registers only one of two identical documents sent at the same moment', async () => {
    const c = await t.authed();
    const inv = buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: t.taxpayer('Kaveri Foods'),
      docNo: docNo('Race'),
    });
    const results = await Promise.all([c.generate(inv), c.generate(inv), c.generate(inv)]);
    expect(results.filter((r) => r.codes.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.codes[0] === '2150')).toHaveLength(2);
  });

  it('keeps a credit note apart from an invoice with the same number', async () => {
    const c = await t.authed();
    const no = docNo('Nt');
    const seller = t.taxpayer('Vasundhara Textiles');
    const buyer = t.taxpayer('Cauvery Electricals');
    expect((await c.generate(buildInvoice({ seller, buyer, docNo: no }))).codes).toEqual([]);
    const note = await c.generate(buildInvoice({ seller, buyer, docNo: no, type: 'CRN' }));
    expect(note.codes).toEqual([]);
    expect(note.data['Irn']).toBe(
      createHash('sha256').update(`${seller.gstin}2025-26CRN${no}`).digest('hex'),
    );
  });

  it('numbers acknowledgements upwards', async () => {
    const c = await t.authed();
    const seller = t.taxpayer('Vasundhara Textiles');
    const buyer = t.taxpayer('Cauvery Electricals');
    const a = await c.generate(buildInvoice({ seller, buyer, docNo: docNo('Seq') }));
    const b = await c.generate(buildInvoice({ seller, buyer, docNo: docNo('Seq') }));
    expect(Number(b.data['AckNo'])).toBeGreaterThan(Number(a.data['AckNo']));
  });
});
