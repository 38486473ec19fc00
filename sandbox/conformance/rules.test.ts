/* eslint-disable @typescript-eslint/no-explicit-any */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IrpTestClient } from './client';
import { buildInvoice, docNo, startTestSandbox, type TestSandbox } from './harness';

let t: TestSandbox;
let demo: IrpTestClient;
beforeAll(async () => {
  t = await startTestSandbox();
  demo = await t.authed();
});
afterAll(async () => t.stop());

type Inv = Record<string, any>;
const intra = () =>
  buildInvoice({
    seller: t.taxpayer('Vasundhara Textiles'),
    buyer: t.taxpayer('Cauvery Electricals'),
    docNo: docNo('R'),
  });
const inter = () =>
  buildInvoice({
    seller: t.taxpayer('Vasundhara Textiles'),
    buyer: t.taxpayer('Kaveri Foods'),
    docNo: docNo('R'),
  });
const to = (tradeName: string, extra: Partial<Parameters<typeof buildInvoice>[0]> = {}) =>
  buildInvoice({
    seller: t.taxpayer('Vasundhara Textiles'),
    buyer: t.taxpayer(tradeName),
    docNo: docNo('R'),
    ...extra,
  });
const item = (inv: Inv, i = 0) => inv.ItemList[i];

const cases: Array<[string, () => Inv, string]> = [
  [
    'supplier GSTIN of another business',
    () => ({ ...intra(), SellerDtls: { ...intra().SellerDtls, Gstin: '29AABCC6047H1ZM' } }),
    '2143',
  ],
  [
    'URP supplier',
    () => {
      const v = intra();
      v.SellerDtls.Gstin = 'URP';
      return v;
    },
    '2213',
  ],
  [
    'e-commerce GSTIN that is not TCS',
    () => {
      const v = intra();
      v.TranDtls.EcmGstin = '29AABCC6047H1ZM';
      return v;
    },
    '2195',
  ],
  [
    'supplier and recipient the same',
    () => {
      const v = intra();
      v.BuyerDtls.Gstin = v.SellerDtls.Gstin;
      return v;
    },
    '2211',
  ],
  [
    'supplier state code not matching its GSTIN',
    () => {
      const v = intra();
      v.SellerDtls.Stcd = '27';
      v.SellerDtls.Pin = 411026;
      return v;
    },
    '2258',
  ],
  [
    'recipient state code not matching its GSTIN',
    () => {
      const v = inter();
      v.BuyerDtls.Stcd = '32';
      v.BuyerDtls.Pin = 682002;
      return v;
    },
    '2265',
  ],
  [
    'invalid supplier state code',
    () => {
      const v = intra();
      v.SellerDtls.Stcd = '99';
      return v;
    },
    '2259',
  ],
  [
    'invalid recipient state code',
    () => {
      const v = inter();
      v.BuyerDtls.Stcd = '99';
      return v;
    },
    '2260',
  ],
  [
    'PIN outside the supplier state',
    () => {
      const v = intra();
      v.SellerDtls.Pin = 110020;
      return v;
    },
    '2178',
  ],
  [
    'recipient PIN missing',
    () => {
      const v = inter();
      delete v.BuyerDtls.Pin;
      return v;
    },
    '2244',
  ],
  [
    'invalid ship-to state code',
    () => {
      const v = intra();
      v.ShipDtls = { LglNm: 'Site', Addr1: 'Yard 2', Loc: 'Mysuru', Pin: 570016, Stcd: '99' };
      return v;
    },
    '2200',
  ],
  [
    'recipient not in the master',
    () => {
      const v = inter();
      v.BuyerDtls.Gstin = '33AAFCK8841P2ZX';
      return v;
    },
    '3028',
  ],
  [
    'recipient GSTIN with a wrong check character',
    () => {
      const v = inter();
      v.BuyerDtls.Gstin = '33AAFCK8841P1ZZ';
      return v;
    },
    '3028',
  ],
  ['inactive recipient', () => to('Hooghly Jute'), '3029'],
  ['cancelled recipient, document after de-registration', () => to('Ganga Handlooms'), '3074'],
  ['cancelled recipient without a de-registration date', () => to('Aravali Auto'), '3075'],
  ['recipient registered after the document date', () => to('Thar Marble', { date: '30/05/2025' }), '3079'],
  [
    'reverse charge flag with a bad value',
    () => {
      const v = intra();
      v.TranDtls.RegRev = 'X';
      return v;
    },
    '2159',
  ],
  [
    'reverse charge outside B2B',
    () => {
      const v = to('Deccan Software SEZ', { supTyp: 'SEZWP' });
      v.TranDtls.RegRev = 'Y';
      return v;
    },
    '2162',
  ],
  [
    'IgstOnIntra with a bad value',
    () => {
      const v = intra();
      v.TranDtls.IgstOnIntra = 'X';
      return v;
    },
    '2263',
  ],
  [
    'URP recipient on B2B',
    () => {
      const v = inter();
      v.BuyerDtls.Gstin = 'URP';
      return v;
    },
    '2212',
  ],
  [
    'URP recipient on a deemed export',
    () => {
      const v = inter();
      v.TranDtls.SupTyp = 'DEXP';
      v.BuyerDtls.Gstin = 'URP';
      return v;
    },
    '2171',
  ],
  [
    'export to a registered recipient',
    () => {
      const v = to('Kaveri Foods', { supTyp: 'EXPWP' });
      return v;
    },
    '2248',
  ],
  [
    'export without POS 96',
    () => {
      const v = buildInvoice({
        seller: t.taxpayer('Vasundhara Textiles'),
        buyer: 'URP',
        docNo: docNo('X'),
        supTyp: 'EXPWP',
        pos: '33',
      });
      v.ExpDtls = { Port: 'INMAA1', CntCode: 'SG' };
      return v;
    },
    '2229',
  ],
  [
    'export without export details',
    () =>
      buildInvoice({
        seller: t.taxpayer('Vasundhara Textiles'),
        buyer: 'URP',
        docNo: docNo('X'),
        supTyp: 'EXPWP',
      }),
    '2208',
  ],
  [
    'domestic supply with POS 96',
    () => {
      const v = inter();
      v.BuyerDtls.Pos = '96';
      return v;
    },
    '2242',
  ],
  ['SEZ supply to a non-SEZ recipient', () => to('Kaveri Foods', { supTyp: 'SEZWP' }), '2247'],
  ['B2B supply to an SEZ recipient', () => to('Deccan Software SEZ'), '2246'],
  [
    'IGST on an intra-state item',
    () => {
      const v = intra();
      item(v).IgstAmt = 270;
      return v;
    },
    '2172',
  ],
  [
    'CGST/SGST on an inter-state item',
    () => {
      const v = inter();
      item(v).CgstAmt = 1;
      item(v).SgstAmt = 1;
      return v;
    },
    '2174',
  ],
  [
    'CGST/SGST on an SEZ supply',
    () => {
      const v = to('EC Devices SEZ Unit', { supTyp: 'SEZWP' });
      item(v).CgstAmt = 1;
      item(v).SgstAmt = 1;
      return v;
    },
    '2237',
  ],
  [
    'missing CGST/SGST on an intra-state item',
    () => {
      const v = intra();
      item(v).CgstAmt = 0;
      item(v).SgstAmt = 0;
      return v;
    },
    '2241',
  ],
  [
    'unequal CGST and SGST',
    () => {
      const v = intra();
      item(v).CgstAmt += 0.5;
      item(v).SgstAmt -= 0.5;
      return v;
    },
    '2227',
  ],
  [
    'wrong CGST+SGST amount',
    () => {
      const v = intra();
      item(v).CgstAmt += 5;
      item(v).SgstAmt += 5;
      return v;
    },
    '2234',
  ],
  [
    'wrong IGST amount',
    () => {
      const v = inter();
      item(v).IgstAmt += 5;
      return v;
    },
    '2235',
  ],
  [
    'IgstOnIntra with POS in another state',
    () => {
      const v = inter();
      v.TranDtls.IgstOnIntra = 'Y';
      return v;
    },
    '2262',
  ],
  [
    'wrong cess amount',
    () => {
      const v = intra();
      item(v).CesRt = 1;
      item(v).CesAmt = 0;
      return v;
    },
    '2266',
  ],
  [
    'wrong state cess amount',
    () => {
      const v = intra();
      item(v).StateCesRt = 1;
      item(v).StateCesAmt = 0;
      return v;
    },
    '2267',
  ],
  [
    'empty item list',
    () => {
      const v = intra();
      v.ItemList = [];
      return v;
    },
    '2228',
  ],
  [
    'duplicate serial numbers',
    () => {
      const v = buildInvoice({
        seller: t.taxpayer('Vasundhara Textiles'),
        buyer: t.taxpayer('Cauvery Electricals'),
        docNo: docNo('R'),
        lines: [{}, {}],
      });
      item(v, 1).SlNo = '1';
      return v;
    },
    '2233',
  ],
  [
    'GST rate not in the list',
    () => {
      const v = intra();
      item(v).GstRt = 17;
      return v;
    },
    '2240',
  ],
  [
    'HSN chapter that does not exist',
    () => {
      const v = intra();
      item(v).HsnCd = '77011000';
      return v;
    },
    '2176',
  ],
  [
    'unit not in the UQC list',
    () => {
      const v = intra();
      item(v).Unit = 'XYZ';
      return v;
    },
    '2177',
  ],
  [
    'goods without quantity',
    () => {
      const v = intra();
      delete item(v).Qty;
      return v;
    },
    '2238',
  ],
  [
    'goods without unit',
    () => {
      const v = intra();
      delete item(v).Unit;
      return v;
    },
    '2239',
  ],
  [
    'TotAmt not Qty × UnitPrice',
    () => {
      const v = intra();
      item(v).TotAmt += 10;
      return v;
    },
    '2192',
  ],
  [
    'AssAmt not TotAmt − Discount',
    () => {
      const v = intra();
      item(v).Discount = 100;
      return v;
    },
    '2193',
  ],
  [
    'TotItemVal not the sum',
    () => {
      const v = intra();
      item(v).TotItemVal += 10;
      return v;
    },
    '2194',
  ],
  [
    'AssVal not the sum of items',
    () => {
      const v = intra();
      v.ValDtls.AssVal += 10;
      return v;
    },
    '2182',
  ],
  [
    'SgstVal not the sum',
    () => {
      const v = intra();
      v.ValDtls.SgstVal += 10;
      return v;
    },
    '2183',
  ],
  [
    'CgstVal not the sum',
    () => {
      const v = intra();
      v.ValDtls.CgstVal += 10;
      return v;
    },
    '2184',
  ],
  [
    'IgstVal not the sum',
    () => {
      const v = inter();
      v.ValDtls.IgstVal += 10;
      return v;
    },
    '2185',
  ],
  [
    'CesVal not the sum',
    () => {
      const v = intra();
      v.ValDtls.CesVal = 10;
      return v;
    },
    '2186',
  ],
  [
    'StCesVal not the sum',
    () => {
      const v = intra();
      v.ValDtls.StCesVal = 10;
      return v;
    },
    '2187',
  ],
  [
    'TotInvVal off by more than a rupee',
    () => {
      const v = intra();
      v.ValDtls.TotInvVal += 1.5;
      return v;
    },
    '2189',
  ],
  [
    'header discount at least the invoice value',
    () => {
      const v = intra();
      v.ValDtls.Discount = v.ValDtls.TotInvVal + 10;
      v.ValDtls.OthChrg = 2 * v.ValDtls.TotInvVal + 10;
      return v;
    },
    '2220',
  ],
  [
    'item other charges above the header',
    () => {
      const v = intra();
      item(v).OthChrg = 50;
      item(v).TotItemVal += 50;
      return v;
    },
    '2264',
  ],
  [
    'impossible calendar date',
    () => {
      const v = intra();
      v.DocDtls.Dt = '31/02/2025';
      return v;
    },
    '2144',
  ],
  [
    'future document date',
    () => {
      const v = intra();
      v.DocDtls.Dt = '17/06/2025';
      return v;
    },
    '2163',
  ],
  [
    'Road transport in EwbDtls without a vehicle',
    () => {
      const v = intra();
      v.EwbDtls = { TransMode: '1', Distance: 100 };
      return v;
    },
    '2253',
  ],
  [
    'Rail transport in EwbDtls without a document',
    () => {
      const v = intra();
      v.EwbDtls = { TransMode: '2', Distance: 100 };
      return v;
    },
    '2254',
  ],
  [
    'EwbDtls on a services-only invoice',
    () => {
      const v = buildInvoice({
        seller: t.taxpayer('Vasundhara Textiles'),
        buyer: t.taxpayer('Cauvery Electricals'),
        docNo: docNo('R'),
        lines: [{ service: true }],
      });
      v.EwbDtls = { TransId: '27AABCK5512D1ZY', Distance: 100 };
      return v;
    },
    '2251',
  ],
  [
    'EwbDtls on a credit note',
    () => {
      const v = to('Cauvery Electricals', { type: 'CRN' });
      v.EwbDtls = { TransId: '27AABCK5512D1ZY', Distance: 100 };
      return v;
    },
    '2252',
  ],
];

describe('generate IRN business rules', () => {
  it.each(cases)('refuses %s', async (_label, make, code) => {
    const res = await demo.generate(make());
    expect(res.envelope.Status).toBe(0);
    expect(res.codes).toContain(code);
    for (const e of res.envelope.ErrorDetails ?? []) expect(e.ErrorMessage.length).toBeGreaterThan(5);
  });

  it('reports every failing rule in one answer', async () => {
    const v = intra();
    v.ValDtls.AssVal += 10;
    item(v).Unit = 'XYZ';
    v.DocDtls.Dt = '17/06/2025';
    const res = await demo.generate(v);
    expect(res.codes).toEqual(expect.arrayContaining(['2182', '2177', '2163']));
  });

  it('fills NIC placeholders with the offending value', async () => {
    const v = intra();
    item(v).Unit = 'XYZ';
    const res = await demo.generate(v);
    expect(res.envelope.ErrorDetails).toContainEqual({
      ErrorCode: '2177',
      ErrorMessage: 'Invalid item unit code(s)-XYZ',
    });
  });

  it('accepts tax within the one-rupee tolerance and a cancelled recipient before its de-registration', async () => {
    const v = intra();
    item(v).CgstAmt += 0.4;
    item(v).SgstAmt += 0.4;
    item(v).TotItemVal += 0.8;
    v.ValDtls.CgstVal += 0.4;
    v.ValDtls.SgstVal += 0.4;
    v.ValDtls.TotInvVal += 0.8;
    expect((await demo.generate(v)).codes).toEqual([]);
    expect((await demo.generate(to('Ganga Handlooms', { date: '15/03/2024' }))).codes).toEqual([]);
  });

  it('refuses more than 1000 items with 2173', async () => {
    const lines = Array.from({ length: 1001 }, () => ({ qty: 1, price: 10, rate: 5 }));
    const v = buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: t.taxpayer('Cauvery Electricals'),
      docNo: docNo('Big'),
      lines,
    });
    expect((await demo.generate(v)).codes).toContain('2173');
  });

  it('accepts an export with payment, an SEZ supply and a composition recipient', async () => {
    const exp = buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: 'URP',
      docNo: docNo('Ex'),
      supTyp: 'EXPWP',
    });
    exp.ExpDtls = { Port: 'INMAA1', CntCode: 'SG', ForCur: 'USD' };
    expect((await demo.generate(exp)).codes).toEqual([]);
    expect((await demo.generate(to('Deccan Software SEZ', { supTyp: 'SEZWP' }))).codes).toEqual([]);
    expect((await demo.generate(to('Malnad Coffee Traders'))).codes).toEqual([]);
  });

  it('names the field in schema failures (2140)', async () => {
    const v = intra();
    v.SellerDtls.Loc = 'AB';
    delete v.DocDtls.No;
    const res = await demo.generate(v);
    expect(res.envelope.ErrorDetails).toEqual([
      { ErrorCode: '2140', ErrorMessage: 'The field DocDtls.No is required' },
      {
        ErrorCode: '2140',
        ErrorMessage:
          'The field SellerDtls.Loc must be a string with a minimum length of 3 and a maximum length of 50',
      },
    ]);
  });
});

describe('30-day reporting window', () => {
  it('refuses documents older than 30 days from a taxpayer with AATO of 10 crore or more', async () => {
    const big = await t.authed(1);
    const make = (date: string) =>
      buildInvoice({
        seller: t.taxpayer('Sahyadri Engineering'),
        buyer: t.taxpayer('Konkan Logistics'),
        docNo: docNo('W'),
        date,
      });
    // Today is 16/06/2025: 17/05 is 30 days back, 16/05 is 31.
    expect((await big.generate(make('17/05/2025'))).codes).toEqual([]);
    const old = await big.generate(make('16/05/2025'));
    expect(old.codes).toEqual(['2290']);
    expect(old.envelope.ErrorDetails?.[0]?.ErrorMessage).toContain('DocDtls.Dt');
  });

  it('does not bind a taxpayer below 10 crore', async () => {
    const v = buildInvoice({
      seller: t.taxpayer('Vasundhara Textiles'),
      buyer: t.taxpayer('Cauvery Electricals'),
      docNo: docNo('W'),
      date: '01/04/2025',
    });
    expect((await demo.generate(v)).codes).toEqual([]);
  });

  it('follows the clock: before 1 Nov 2023 no window applied', async () => {
    const big = await t.authed(1);
    await t.setClock('2023-10-20T12:00:00+05:30');
    try {
      const v = buildInvoice({
        seller: t.taxpayer('Sahyadri Engineering'),
        buyer: t.taxpayer('Konkan Logistics'),
        docNo: docNo('W'),
        date: '01/08/2023',
      });
      const c = await t.authed(1);
      expect((await c.generate(v)).codes).toEqual([]);
      expect(big.token).toBeTruthy();
    } finally {
      await t.setClock('2025-06-16T10:00:00+05:30');
    }
  });
});
