/**
 * One row per rule: a clean document (built by the tax engine) must not raise the code,
 * and the same document with one fault must raise it on the named field.
 */
import { describe, expect, it } from 'vitest';
import { validateInv01, type Finding, type ValidationOptions } from '.';
import { buildInvoice } from '../tax';
import { toInv01 } from '../inv01';
import { sampleExportInput, sampleIntraStateInput, sampleInvoiceInput, sampleLine } from '../invoice';
import { parseIstDate } from '../time/ist';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Base = 'inter' | 'intra' | 'export';

const DATE = '15/06/2025';
const NOW = parseIstDate('20/06/2025')!;
const OPTIONS: ValidationOptions = { now: NOW, strictGstinChecksum: true };

function base(kind: Base): Json {
  const input =
    kind === 'intra'
      ? sampleIntraStateInput(DATE)
      : kind === 'export'
        ? sampleExportInput(DATE)
        : sampleInvoiceInput(DATE);
  return JSON.parse(JSON.stringify(toInv01(buildInvoice(input)))) as Json;
}

interface Case {
  code: string;
  field: string;
  base?: Base;
  severity?: 'error' | 'warning';
  options?: Partial<ValidationOptions>;
  mutate: (j: Json) => void;
}

const item0 = (j: Json): Json => j.ItemList[0] as Json;
const ewbRoad = { TransMode: '1', Distance: 100, VehNo: 'KA01AB1234', VehType: 'R' };

const CASES: Array<[string, Case]> = [
  // Schema layer.
  [
    'missing legal name',
    { code: 'L-REQUIRED', field: 'SellerDtls.LglNm', mutate: (j) => delete j.SellerDtls.LglNm },
  ],
  [
    'missing seller GSTIN',
    { code: '2155', field: 'SellerDtls.Gstin', mutate: (j) => delete j.SellerDtls.Gstin },
  ],
  ['short location', { code: 'L-LENGTH', field: 'SellerDtls.Loc', mutate: (j) => (j.SellerDtls.Loc = 'AB') }],
  [
    'double quote in a name',
    { code: 'L-FORMAT', field: 'SellerDtls.LglNm', mutate: (j) => (j.SellerDtls.LglNm = 'The "Best" Co') },
  ],
  ['PIN as text', { code: 'L-TYPE', field: 'SellerDtls.Pin', mutate: (j) => (j.SellerDtls.Pin = '560001') }],
  ['five-digit PIN', { code: 'L-RANGE', field: 'BuyerDtls.Pin', mutate: (j) => (j.BuyerDtls.Pin = 99999) }],
  ['empty item list', { code: '2228', field: 'ItemList', mutate: (j) => (j.ItemList = []) }],
  [
    'more than 1000 items',
    {
      code: '2173',
      field: 'ItemList',
      mutate: (j) =>
        (j.ItemList = Array.from({ length: 1001 }, (_, i) => ({ ...item0(j), SlNo: String(i + 1) }))),
    },
  ],
  ['unknown document type', { code: '2161', field: 'DocDtls.Typ', mutate: (j) => (j.DocDtls.Typ = 'BIL') }],
  ['ISO document date', { code: '2144', field: 'DocDtls.Dt', mutate: (j) => (j.DocDtls.Dt = '2025-06-15') }],
  [
    'impossible document date',
    { code: '2144', field: 'DocDtls.Dt', mutate: (j) => (j.DocDtls.Dt = '31/02/2025') },
  ],
  [
    'document number starting with 0',
    { code: 'L-FORMAT', field: 'DocDtls.No', mutate: (j) => (j.DocDtls.No = '0INV1') },
  ],
  [
    'bad reverse charge flag',
    { code: '2159', field: 'TranDtls.RegRev', mutate: (j) => (j.TranDtls.RegRev = 'X') },
  ],
  [
    'all-zero HSN',
    { code: '2176', field: 'ItemList[0].HsnCd', mutate: (j) => (item0(j).HsnCd = '00000000') },
  ],
  ['five-digit HSN', { code: '2176', field: 'ItemList[0].HsnCd', mutate: (j) => (item0(j).HsnCd = '61091') }],
  [
    'four-digit HSN above ₹5 crore',
    {
      code: '2176',
      field: 'ItemList[0].HsnCd',
      options: { aatoPaise: 6_00_00_000_00 },
      mutate: (j) => (item0(j).HsnCd = '6109'),
    },
  ],
  ['unit of two letters', { code: '2177', field: 'ItemList[0].Unit', mutate: (j) => (item0(j).Unit = 'AB') }],
  ['unit outside UQC', { code: '2177', field: 'ItemList[0].Unit', mutate: (j) => (item0(j).Unit = 'XYZ') }],
  [
    'misspelt field',
    {
      code: 'L-UNKNOWN-FIELD',
      field: 'SellerDtls.Gstn',
      severity: 'warning',
      mutate: (j) => (j.SellerDtls.Gstn = 'x'),
    },
  ],
  ['bad place of supply', { code: '2243', field: 'BuyerDtls.Pos', mutate: (j) => (j.BuyerDtls.Pos = 'AB') }],
  // Parties.
  [
    'seller check digit',
    { code: '3030', field: 'SellerDtls.Gstin', mutate: (j) => (j.SellerDtls.Gstin = '29AAGCB7383J1Z5') },
  ],
  [
    'seller check digit in the sandbox',
    {
      code: '3030',
      field: 'SellerDtls.Gstin',
      severity: 'warning',
      options: { strictGstinChecksum: false },
      mutate: (j) => (j.SellerDtls.Gstin = '29AAGCB7383J1Z5'),
    },
  ],
  [
    'buyer GSTIN structure',
    { code: '3028', field: 'BuyerDtls.Gstin', mutate: (j) => (j.BuyerDtls.Gstin = '27AMBPG7773M002') },
  ],
  ['seller URP', { code: '2213', field: 'SellerDtls.Gstin', mutate: (j) => (j.SellerDtls.Gstin = 'URP') }],
  [
    'self-supply',
    { code: '2211', field: 'BuyerDtls.Gstin', mutate: (j) => (j.BuyerDtls.Gstin = j.SellerDtls.Gstin) },
  ],
  [
    'seller state vs GSTIN',
    { code: '2258', field: 'SellerDtls.Stcd', mutate: (j) => (j.SellerDtls.Stcd = '27') },
  ],
  [
    'buyer state vs GSTIN',
    {
      code: '2265',
      field: 'BuyerDtls.Stcd',
      mutate: (j) => ((j.BuyerDtls.Stcd = '29'), (j.BuyerDtls.Pin = 560001)),
    },
  ],
  [
    'seller state not usable',
    { code: '2259', field: 'SellerDtls.Stcd', mutate: (j) => (j.SellerDtls.Stcd = '99') },
  ],
  [
    'buyer state unknown',
    { code: '2260', field: 'BuyerDtls.Stcd', mutate: (j) => (j.BuyerDtls.Stcd = '98') },
  ],
  [
    'dispatch state unknown',
    {
      code: '2200',
      field: 'DispDtls.Stcd',
      mutate: (j) =>
        (j.DispDtls = { Nm: 'Depot', Addr1: 'Plot 1', Loc: 'Bengaluru', Pin: 560058, Stcd: '98' }),
    },
  ],
  [
    'seller PIN vs state',
    { code: '2178', field: 'SellerDtls.Pin', mutate: (j) => (j.SellerDtls.Pin = 110001) },
  ],
  [
    'ship-to PIN vs state',
    {
      code: '2178',
      field: 'ShipDtls.Pin',
      mutate: (j) =>
        (j.ShipDtls = { LglNm: 'Dock', Addr1: 'Dock 3', Loc: 'Mumbai', Pin: 560001, Stcd: '27' }),
    },
  ],
  ['buyer PIN missing', { code: '2244', field: 'BuyerDtls.Pin', mutate: (j) => delete j.BuyerDtls.Pin }],
  // Supply type and place of supply.
  [
    'reverse charge outside B2B',
    {
      code: '2162',
      field: 'TranDtls.RegRev',
      mutate: (j) => ((j.TranDtls.SupTyp = 'SEZWP'), (j.TranDtls.RegRev = 'Y')),
    },
  ],
  [
    'URP buyer on B2B',
    { code: '2212', field: 'BuyerDtls.Gstin', mutate: (j) => (j.BuyerDtls.Gstin = 'URP') },
  ],
  [
    'URP buyer on DEXP',
    {
      code: '2171',
      field: 'BuyerDtls.Gstin',
      mutate: (j) => ((j.TranDtls.SupTyp = 'DEXP'), (j.BuyerDtls.Gstin = 'URP')),
    },
  ],
  [
    'registered buyer on export',
    {
      code: '2248',
      field: 'BuyerDtls.Gstin',
      base: 'export',
      mutate: (j) => (j.BuyerDtls.Gstin = '27AAPFU0939F1ZV'),
    },
  ],
  [
    'export POS not 96',
    { code: '2229', field: 'BuyerDtls.Pos', base: 'export', mutate: (j) => (j.BuyerDtls.Pos = '27') },
  ],
  [
    'export buyer state not 96',
    { code: '2261', field: 'BuyerDtls.Stcd', base: 'export', mutate: (j) => (j.BuyerDtls.Stcd = '27') },
  ],
  [
    'export without ExpDtls',
    { code: '2208', field: 'ExpDtls', base: 'export', mutate: (j) => delete j.ExpDtls },
  ],
  ['domestic POS 96', { code: '2242', field: 'BuyerDtls.Pos', mutate: (j) => (j.BuyerDtls.Pos = '96') }],
  ['POS not a state', { code: '2243', field: 'BuyerDtls.Pos', mutate: (j) => (j.BuyerDtls.Pos = '99') }],
  [
    'IGST on intra but inter-state',
    { code: '2262', field: 'TranDtls.IgstOnIntra', mutate: (j) => (j.TranDtls.IgstOnIntra = 'Y') },
  ],
  [
    'goods and services on IGST-on-intra',
    {
      code: '2249',
      field: 'ItemList',
      base: 'intra',
      mutate: (j) => {
        j.TranDtls.IgstOnIntra = 'Y';
        j.ItemList.push({ ...item0(j), SlNo: '2', IsServc: 'Y', HsnCd: '998314' });
      },
    },
  ],
  [
    'ship-to state differs from POS',
    {
      code: '2245',
      field: 'ShipDtls.Stcd',
      severity: 'warning',
      mutate: (j) =>
        (j.ShipDtls = { LglNm: 'Depot', Addr1: 'Plot 1', Loc: 'Surat', Pin: 395003, Stcd: '24' }),
    },
  ],
  [
    'e-commerce GSTIN not TCS',
    { code: '2195', field: 'TranDtls.EcmGstin', mutate: (j) => (j.TranDtls.EcmGstin = '27AAPFU0939F1ZV') },
  ],
  [
    'unknown port',
    {
      code: '2201',
      field: 'ExpDtls.Port',
      base: 'export',
      severity: 'warning',
      mutate: (j) => (j.ExpDtls.Port = 'INXYZ1'),
    },
  ],
  [
    'unknown country',
    { code: '2202', field: 'ExpDtls.CntCode', base: 'export', mutate: (j) => (j.ExpDtls.CntCode = 'ZZ') },
  ],
  [
    'unknown currency',
    { code: '2203', field: 'ExpDtls.ForCur', base: 'export', mutate: (j) => (j.ExpDtls.ForCur = 'ABC') },
  ],
  // Items.
  [
    'duplicate serial number',
    { code: '2233', field: 'ItemList[1].SlNo', mutate: (j) => j.ItemList.push({ ...item0(j) }) },
  ],
  ['goods without quantity', { code: '2238', field: 'ItemList[0].Qty', mutate: (j) => delete item0(j).Qty }],
  ['goods without unit', { code: '2239', field: 'ItemList[0].Unit', mutate: (j) => delete item0(j).Unit }],
  ['GST rate 13 %', { code: '2240', field: 'ItemList[0].GstRt', mutate: (j) => (item0(j).GstRt = 13) }],
  [
    'quantity × price',
    { code: '2192', field: 'ItemList[0].TotAmt', mutate: (j) => (item0(j).UnitPrice = 460) },
  ],
  ['taxable value', { code: '2193', field: 'ItemList[0].AssAmt', mutate: (j) => (item0(j).Discount = 100) }],
  [
    'item total',
    { code: '2194', field: 'ItemList[0].TotItemVal', mutate: (j) => (item0(j).TotItemVal += 5) },
  ],
  [
    'IGST on intra-state',
    { code: '2172', field: 'ItemList[0].IgstAmt', base: 'intra', mutate: (j) => (item0(j).IgstAmt = 540) },
  ],
  [
    'CGST on inter-state',
    { code: '2174', field: 'ItemList[0].CgstAmt', mutate: (j) => (item0(j).CgstAmt = 270) },
  ],
  [
    'CGST on export',
    { code: '2180', field: 'ItemList[0].CgstAmt', base: 'export', mutate: (j) => (item0(j).CgstAmt = 270) },
  ],
  [
    'CGST to SEZ',
    {
      code: '2237',
      field: 'ItemList[0].CgstAmt',
      mutate: (j) => ((j.TranDtls.SupTyp = 'SEZWP'), (item0(j).CgstAmt = 270)),
    },
  ],
  [
    'CGST ≠ SGST',
    { code: '2227', field: 'ItemList[0].SgstAmt', base: 'intra', mutate: (j) => (item0(j).SgstAmt = 200) },
  ],
  [
    'no CGST/SGST on intra-state',
    {
      code: '2241',
      field: 'ItemList[0].CgstAmt',
      base: 'intra',
      mutate: (j) => ((item0(j).CgstAmt = 0), (item0(j).SgstAmt = 0)),
    },
  ],
  [
    'wrong CGST/SGST',
    {
      code: '2234',
      field: 'ItemList[0].CgstAmt',
      base: 'intra',
      mutate: (j) => ((item0(j).CgstAmt = 260), (item0(j).SgstAmt = 260)),
    },
  ],
  ['wrong IGST', { code: '2235', field: 'ItemList[0].IgstAmt', mutate: (j) => (item0(j).IgstAmt = 500) }],
  [
    'IGST on export without payment',
    {
      code: '2235',
      field: 'ItemList[0].IgstAmt',
      base: 'export',
      mutate: (j) => (j.TranDtls.SupTyp = 'EXPWOP'),
    },
  ],
  ['wrong cess', { code: '2266', field: 'ItemList[0].CesAmt', mutate: (j) => (item0(j).CesRt = 1) }],
  [
    'wrong state cess',
    { code: '2267', field: 'ItemList[0].StateCesAmt', mutate: (j) => (item0(j).StateCesRt = 1) },
  ],
  // Totals.
  [
    'total taxable value',
    { code: '2182', field: 'ValDtls.AssVal', mutate: (j) => (j.ValDtls.AssVal += 0.01) },
  ],
  [
    'total SGST',
    { code: '2183', field: 'ValDtls.SgstVal', base: 'intra', mutate: (j) => (j.ValDtls.SgstVal += 0.01) },
  ],
  [
    'total CGST',
    { code: '2184', field: 'ValDtls.CgstVal', base: 'intra', mutate: (j) => (j.ValDtls.CgstVal += 0.01) },
  ],
  ['total IGST', { code: '2185', field: 'ValDtls.IgstVal', mutate: (j) => (j.ValDtls.IgstVal += 0.01) }],
  ['total cess', { code: '2186', field: 'ValDtls.CesVal', mutate: (j) => (j.ValDtls.CesVal = 1) }],
  ['total state cess', { code: '2187', field: 'ValDtls.StCesVal', mutate: (j) => (j.ValDtls.StCesVal = 1) }],
  [
    'invoice value off by ₹2',
    { code: '2189', field: 'ValDtls.TotInvVal', mutate: (j) => (j.ValDtls.TotInvVal += 2) },
  ],
  [
    'discount as large as the invoice',
    {
      code: '2220',
      field: 'ValDtls.Discount',
      mutate: (j) => ((j.ValDtls.Discount = j.ValDtls.TotInvVal), (j.ValDtls.TotInvVal = 0)),
    },
  ],
  [
    'header other charges below items',
    {
      code: '2264',
      field: 'ValDtls.OthChrg',
      mutate: (j) => ((item0(j).OthChrg = 10), (item0(j).TotItemVal += 10)),
    },
  ],
  // Document.
  ['future date', { code: '2163', field: 'DocDtls.Dt', mutate: (j) => (j.DocDtls.Dt = '21/06/2025') }],
  [
    'older than 30 days at ₹10 crore',
    {
      code: 'L-REPORTING-WINDOW',
      field: 'DocDtls.Dt',
      options: { aatoPaise: 10_00_00_000_00 },
      mutate: (j) => (j.DocDtls.Dt = '20/05/2025'),
    },
  ],
  [
    'credit note without reference',
    {
      code: '2191',
      field: 'RefDtls.PrecDocDtls',
      severity: 'warning',
      mutate: (j) => (j.DocDtls.Typ = 'CRN'),
    },
  ],
  [
    'invoice with a preceding document',
    {
      code: '2210',
      field: 'RefDtls.PrecDocDtls',
      severity: 'warning',
      mutate: (j) => (j.RefDtls = { PrecDocDtls: [{ InvNo: 'INV/1', InvDt: '01/06/2025' }] }),
    },
  ],
  [
    'schema version',
    { code: 'L-VERSION', field: 'Version', severity: 'warning', mutate: (j) => (j.Version = '1.0') },
  ],
  [
    'service code on goods',
    {
      code: 'L-HSN-KIND',
      field: 'ItemList[0].HsnCd',
      severity: 'warning',
      mutate: (j) => (item0(j).HsnCd = '998314'),
    },
  ],
  // E-way bill details (warnings: the IRN is still generated).
  [
    'e-way bill on a note',
    {
      code: '2252',
      field: 'EwbDtls',
      severity: 'warning',
      mutate: (j) => ((j.DocDtls.Typ = 'CRN'), (j.EwbDtls = ewbRoad)),
    },
  ],
  [
    'e-way bill for services only',
    {
      code: '2251',
      field: 'EwbDtls',
      severity: 'warning',
      mutate: (j) => ((item0(j).IsServc = 'Y'), (item0(j).HsnCd = '998314'), (j.EwbDtls = ewbRoad)),
    },
  ],
  [
    'road without vehicle',
    {
      code: '2253',
      field: 'EwbDtls.VehNo',
      severity: 'warning',
      mutate: (j) => (j.EwbDtls = { TransMode: '1', Distance: 10, VehType: 'R' }),
    },
  ],
  [
    'rail without document',
    {
      code: '2254',
      field: 'EwbDtls.TransDocNo',
      severity: 'warning',
      mutate: (j) => (j.EwbDtls = { TransMode: '2', Distance: 10 }),
    },
  ],
  [
    'neither Part A nor Part B',
    {
      code: '4019',
      field: 'EwbDtls.TransId',
      severity: 'warning',
      mutate: (j) => (j.EwbDtls = { Distance: 10, TransName: 'ABC Logistics' }),
    },
  ],
  [
    'transport date in the future',
    {
      code: '4016',
      field: 'EwbDtls.TransDocDt',
      severity: 'warning',
      mutate: (j) =>
        (j.EwbDtls = { TransMode: '3', Distance: 10, TransDocNo: 'AWB1', TransDocDt: '25/06/2025' }),
    },
  ],
  [
    'transport date before the invoice',
    {
      code: '4021',
      field: 'EwbDtls.TransDocDt',
      severity: 'warning',
      mutate: (j) =>
        (j.EwbDtls = { TransMode: '3', Distance: 10, TransDocNo: 'AWB1', TransDocDt: '14/06/2025' }),
    },
  ],
  [
    'bad transport date',
    {
      code: '4017',
      field: 'EwbDtls.TransDocDt',
      mutate: (j) =>
        (j.EwbDtls = { TransMode: '3', Distance: 10, TransDocNo: 'AWB1', TransDocDt: '2025-06-15' }),
    },
  ],
  [
    'transporter check digit',
    {
      code: '4018',
      field: 'EwbDtls.TransId',
      severity: 'warning',
      mutate: (j) => (j.EwbDtls = { TransId: '29AAGCB7383J1Z5', Distance: 10 }),
    },
  ],
  [
    'ship by regular vehicle',
    {
      code: '4039',
      field: 'EwbDtls.VehType',
      severity: 'warning',
      mutate: (j) => (j.EwbDtls = { TransMode: '4', Distance: 10, VehNo: 'SHIP123', VehType: 'R' }),
    },
  ],
  [
    'ship without vessel or document',
    {
      code: '4040',
      field: 'EwbDtls.TransDocNo',
      severity: 'warning',
      mutate: (j) => (j.EwbDtls = { TransMode: '4', Distance: 10 }),
    },
  ],
  // Decimal places (warnings: the IRP's handling is unpublished; this app keeps paise).
  [
    'amount with three decimals',
    {
      code: 'L-DECIMALS',
      field: 'ItemList[0].AssAmt',
      severity: 'warning',
      mutate: (j) => (item0(j).AssAmt = (item0(j).AssAmt as number) + 0.005),
    },
  ],
  [
    'quantity with four decimals',
    {
      code: 'L-DECIMALS',
      field: 'ItemList[0].Qty',
      severity: 'warning',
      mutate: (j) => (item0(j).Qty = 1.0005),
    },
  ],
  [
    'invoice total with three decimals',
    {
      code: 'L-DECIMALS',
      field: 'ValDtls.TotInvVal',
      severity: 'warning',
      mutate: (j) => (j.ValDtls.TotInvVal = (j.ValDtls.TotInvVal as number) + 0.001),
    },
  ],
  [
    'export e-way bill without ship-to',
    {
      code: '4031',
      field: 'ShipDtls',
      base: 'export',
      severity: 'warning',
      mutate: (j) => (delete j.ShipDtls, (j.EwbDtls = ewbRoad)),
    },
  ],
];

function run(json: unknown, c: Case): Finding[] {
  return validateInv01(json, { ...OPTIONS, ...c.options });
}

describe('clean documents', () => {
  it.each(['inter', 'intra', 'export'] as const)('the %s sample has no findings at all', (kind) => {
    expect(validateInv01(base(kind), { ...OPTIONS, aatoPaise: 20_00_00_000_00 })).toEqual([]);
  });
});

describe.each(CASES)('%s', (_name, c) => {
  it(`passes: a clean document raises no ${c.code}`, () => {
    const findings = run(base(c.base ?? 'inter'), c);
    expect(findings.filter((f) => f.code === c.code)).toEqual([]);
  });

  it(`fails: raises ${c.code} on ${c.field}`, () => {
    const json = base(c.base ?? 'inter');
    c.mutate(json);
    const findings = run(json, c);
    const hit = findings.find((f) => f.code === c.code && f.field === c.field);
    expect(hit, JSON.stringify(findings, null, 1)).toBeDefined();
    expect(hit!.severity).toBe(c.severity ?? 'error');
    expect(hit!.message.length).toBeGreaterThan(15);
  });
});

describe('decimal places', () => {
  it('names the value kept, and takes binary-inexact two-decimal amounts as they are written', () => {
    const json = base('inter');
    item0(json).Discount = 10.005;
    item0(json).FreeQty = 0.1 + 0.2; // 0.30000000000000004: 0.3 to a double's precision
    json.ValDtls.OthChrg = 1234.56;
    const findings = validateInv01(json, OPTIONS).filter((f) => f.code === 'L-DECIMALS');
    expect(findings.map((f) => f.field)).toEqual(['ItemList[0].Discount']);
    expect(findings[0]!.message).toContain('₹10.01');
    expect(findings[0]!.message).toContain('ItemList[0].Discount');
  });
});

describe('tolerances and edge cases', () => {
  it('allows the IRP’s ±₹1 on the invoice value', () => {
    const json = base('inter');
    json.ValDtls.TotInvVal += 1;
    expect(validateInv01(json, OPTIONS).map((f) => f.code)).not.toContain('2189');
  });

  it('accepts a lower-case supply type like the IRP, and still applies its rules', () => {
    const json = base('intra');
    json.TranDtls.SupTyp = 'b2b';
    expect(validateInv01(json, OPTIONS)).toEqual([]);
  });

  it('skips quantity × price when the quantity is 0 (price-difference notes)', () => {
    const json = base('inter');
    item0(json).Qty = 0;
    expect(validateInv01(json, OPTIONS).map((f) => f.code)).not.toContain('2192');
  });

  it('names a non-object document', () => {
    expect(validateInv01([1, 2], OPTIONS)).toEqual([
      expect.objectContaining({ code: 'L-NOT-INVOICE', field: '', severity: 'error' }),
    ]);
  });

  it('reports schema faults but no rule noise when main sections are missing', () => {
    const findings = validateInv01({ Version: '1.1' }, OPTIONS);
    expect(findings.map((f) => f.field).sort()).toEqual(
      ['BuyerDtls', 'DocDtls', 'ItemList', 'SellerDtls', 'TranDtls', 'ValDtls'].sort(),
    );
    expect(findings[0]!.message).toMatch(/is required\.$/);
  });

  it('writes messages in plain words that name the field', () => {
    const json = base('inter');
    item0(json).HsnCd = '12';
    const f = validateInv01(json, OPTIONS).find((x) => x.field === 'ItemList[0].HsnCd')!;
    expect(f.message).toBe('Item 1 HSN/SAC code (ItemList[0].HsnCd) must be at least 4 characters long.');
    expect(f.code).toBe('2176');
  });

  it('validates a 1000-line invoice built by the engine', () => {
    const input = sampleInvoiceInput(DATE);
    input.lines = Array.from({ length: 1000 }, (_, i) => sampleLine(String(i + 1), { quantity: 1000 + i }));
    expect(validateInv01(toInv01(buildInvoice(input)), OPTIONS)).toEqual([]);
  });
});
