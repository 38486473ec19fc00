import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildInvoice,
  computeLineAmounts,
  halfTaxAt,
  lineTaxTotal,
  lineTotalAmount,
  taxAt,
  taxHeads,
} from '.';
import {
  sampleExportInput,
  sampleIntraStateInput,
  sampleInvoiceInput,
  sampleLine,
  type InvoiceInput,
  type LineInput,
  type SupplyType,
} from '../invoice';
import { GST_RATES_MILLI } from '../masters/gst-rates';
import { validateInvoice } from '../validation';
import { parseIstDate } from '../time/ist';

describe('tax heads by place of supply', () => {
  const facts = { sellerGstin: '29AAGCB7383J1Z4', igstOnIntra: false };
  it.each([
    ['B2B', '29', false, 'CGST_SGST'],
    ['B2B', '27', false, 'IGST'],
    ['B2B', '29', true, 'IGST'],
    ['DEXP', '29', false, 'CGST_SGST'],
    ['DEXP', '27', false, 'IGST'],
    ['SEZWP', '29', false, 'IGST'],
    ['SEZWOP', '29', false, 'NONE'],
    ['EXPWP', '96', false, 'IGST'],
    ['EXPWOP', '96', false, 'NONE'],
  ] as const)('%s with POS %s (IGST on intra: %s) → %s', (supplyType, placeOfSupply, igstOnIntra, heads) => {
    expect(taxHeads({ ...facts, supplyType, placeOfSupply, igstOnIntra })).toBe(heads);
  });

  it('takes the supplier state from the GSTIN and accepts a one-digit POS', () => {
    expect(
      taxHeads({ supplyType: 'B2B', sellerGstin: '07AAAGD1234A1Z5', placeOfSupply: '7', igstOnIntra: false }),
    ).toBe('CGST_SGST');
  });
});

describe('line amounts', () => {
  it('rounds quantity × price once, half away from zero', () => {
    // 3.333 × ₹1.005 = ₹3.349665 → ₹3.35
    expect(lineTotalAmount({ quantity: 3333, unitPrice: 1005 })).toBe(335);
    // 1 × ₹0.005 = half a paisa → 1 paisa
    expect(lineTotalAmount({ quantity: 1000, unitPrice: 5 })).toBe(1);
    expect(lineTotalAmount({ unitPrice: 100_000 })).toBe(10000);
  });

  it('splits intra-state tax into equal CGST and SGST of half the rate each', () => {
    const line = sampleLine('1', { quantity: 1000, unitPrice: 7_600, gstRate: 12_000 });
    const a = computeLineAmounts(line, 'CGST_SGST');
    expect(a).toEqual({
      totalAmount: 760,
      assessableAmount: 760,
      igst: 0,
      cgst: 46, // 7.60 × 6 % = 0.456 → 0.46
      sgst: 46,
      cess: 0,
      stateCess: 0,
      totalItemValue: 852,
    });
  });

  it('charges IGST, cess and state cess on the taxable value after discount', () => {
    const line = sampleLine('1', {
      quantity: 2000,
      unitPrice: 500_000,
      discount: 10000,
      gstRate: 28_000,
      cessRate: 12_000,
      cessNonAdvol: 400,
      stateCessRate: 1_000,
      stateCessNonAdvol: 100,
      otherCharges: 250,
    });
    const a = computeLineAmounts(line, 'IGST');
    expect(a.totalAmount).toBe(100000);
    expect(a.assessableAmount).toBe(90000);
    expect(a.igst).toBe(25200);
    expect(a.cess).toBe(10800);
    expect(a.stateCess).toBe(900);
    expect(a.totalItemValue).toBe(90000 + 25200 + 10800 + 400 + 900 + 100 + 250);
    expect(taxAt(90000, 28_000)).toBe(25200);
    expect(halfTaxAt(101, 5_000)).toBe(3); // 2.525 paise → 3
  });

  it('charges nothing on supplies without payment', () => {
    const a = computeLineAmounts(sampleLine('1'), 'NONE');
    expect(a.igst + a.cgst + a.sgst).toBe(0);
    expect(a.totalItemValue).toBe(a.assessableAmount);
  });

  it('counts every tax of a line, so taxable + tax + other charges = the line total', () => {
    const input = sampleIntraStateInput();
    input.lines = [
      sampleLine('1', {
        cessRate: 12_000,
        cessNonAdvol: 400,
        stateCessRate: 1_000,
        stateCessNonAdvol: 100,
        otherCharges: 250,
      }),
    ];
    const [line] = buildInvoice(input).lines;
    expect(lineTaxTotal(line!)).toBeGreaterThan(line!.amounts.cgst * 2 + line!.amounts.cess);
    expect(line!.amounts.assessableAmount + lineTaxTotal(line!) + line!.otherCharges).toBe(
      line!.amounts.totalItemValue,
    );
  });

  it('charges no cess of any kind on an export or SEZ supply without payment (LUT / bond)', () => {
    const line = sampleLine('1', {
      cessRate: 12_000,
      stateCessRate: 1_000,
      cessNonAdvol: 400,
      stateCessNonAdvol: 100,
    });
    const withPayment = sampleExportInput();
    withPayment.supplyType = 'EXPWP';
    withPayment.lines = [line];
    expect(buildInvoice(withPayment).totals.cess).toBeGreaterThan(400);
    for (const supplyType of ['EXPWOP', 'SEZWOP'] as const) {
      const input = { ...withPayment, supplyType };
      const invoice = buildInvoice(input);
      const [built] = invoice.lines;
      expect(built!.amounts).toMatchObject({ igst: 0, cess: 0, stateCess: 0 });
      expect(built).toMatchObject({ cessRate: 12_000, cessNonAdvol: 0, stateCessNonAdvol: 0 });
      expect(invoice.totals).toMatchObject({ cess: 0, stateCess: 0 });
      expect(invoice.totals.totalInvoiceValue).toBe(built!.amounts.assessableAmount);
    }
  });
});

describe('document totals', () => {
  it('rounds the invoice value to the rupee when asked', () => {
    const input = sampleIntraStateInput();
    input.lines = [
      sampleLine('1', { quantity: 1000, unitPrice: 7_600 }),
      sampleLine('2', { quantity: 1000, unitPrice: 7_600 }),
    ];
    input.roundOff = true;
    input.otherCharges = 10000;
    const invoice = buildInvoice(input);
    expect(invoice.totals).toMatchObject({
      assessableValue: 1520,
      cgst: 92,
      sgst: 92,
      igst: 0,
      otherCharges: 10000,
      roundOff: -4,
      totalInvoiceValue: 11700,
    });
  });

  it('subtracts a document discount after tax', () => {
    const invoice = buildInvoice({ ...sampleInvoiceInput(), discount: 5000 });
    const t = invoice.totals;
    expect(t.totalInvoiceValue).toBe(t.assessableValue + t.igst - 5000);
  });
});

const GOODS_HSN = ['61091000', '940360', '847130', '30049099'];
const SERVICE_SAC = ['998314', '995411', '99831400'];

const lineArb = (serialNo: number, kind: 'goods' | 'service'): fc.Arbitrary<LineInput> =>
  fc
    .record({
      quantity: fc.integer({ min: 1, max: 5_000_000 }),
      unitPrice: fc.integer({ min: 0, max: 2_000_000_000 }),
      discountShare: fc.integer({ min: 0, max: 100 }),
      gstRate: fc.constantFrom(...GST_RATES_MILLI),
      cessRate: fc.constantFrom(0, 0, 1_000, 12_000, 15_000),
      cessNonAdvol: fc.constantFrom(0, 0, 400, 123_456),
      stateCessRate: fc.constantFrom(0, 0, 500),
      otherCharges: fc.integer({ min: 0, max: 1_000_000 }),
      hsn: fc.constantFrom(...(kind === 'goods' ? GOODS_HSN : SERVICE_SAC)),
    })
    .map((r) => {
      const base = sampleLine(String(serialNo), {
        isService: kind === 'service',
        hsn: r.hsn,
        quantity: r.quantity,
        unitPrice: r.unitPrice,
        gstRate: r.gstRate,
        cessRate: r.cessRate,
        cessNonAdvol: r.cessNonAdvol,
        stateCessRate: r.stateCessRate,
        otherCharges: r.otherCharges,
      });
      const gross = lineTotalAmount(base);
      return { ...base, discount: Math.floor((gross * r.discountShare) / 100) };
    });

const documentArb = fc
  .record({
    kind: fc.constantFrom('intra', 'inter', 'igstOnIntra', 'SEZWP', 'SEZWOP', 'EXPWP', 'EXPWOP', 'DEXP'),
    lineKinds: fc.array(fc.constantFrom<'goods' | 'service'>('goods', 'service'), {
      minLength: 1,
      maxLength: 12,
    }),
    roundOff: fc.boolean(),
    headerCharges: fc.constantFrom(0, 0, 5000, 99_999),
    discountShare: fc.constantFrom(0, 0, 1, 10),
    docType: fc.constantFrom('INV', 'CRN', 'DBN'),
  })
  .chain((d) => {
    // Goods and services may not be mixed on an IGST-on-intra document (2249).
    const kinds = d.kind === 'igstOnIntra' ? d.lineKinds.map(() => d.lineKinds[0]!) : d.lineKinds;
    return fc.tuple(fc.constant(d), fc.tuple(...kinds.map((k, i) => lineArb(i + 1, k))));
  })
  .map(([d, lines]) => {
    const date = '15/06/2025';
    let input: InvoiceInput;
    if (d.kind === 'intra' || d.kind === 'igstOnIntra') input = sampleIntraStateInput(date);
    else if (d.kind === 'EXPWP' || d.kind === 'EXPWOP') input = sampleExportInput(date);
    else input = sampleInvoiceInput(date);
    if (d.kind === 'igstOnIntra') input.igstOnIntra = true;
    if (!['intra', 'inter', 'igstOnIntra'].includes(d.kind)) input.supplyType = d.kind as SupplyType;
    input.docType = d.docType as InvoiceInput['docType'];
    if (d.docType !== 'INV')
      input.references = { precedingDocuments: [{ number: 'INV/2025/000', date: '01/06/2025' }] };
    input.lines = lines;
    input.roundOff = d.roundOff;
    input.otherCharges = d.headerCharges;
    const provisional = buildInvoice(input);
    input.discount = Math.floor((provisional.totals.totalInvoiceValue * d.discountShare) / 100);
    return input;
  });

describe('property: what the engine builds, the validator accepts', () => {
  const now = parseIstDate('20/06/2025')!;

  it('every invoice built from random lines validates with no errors and no warnings', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const invoice = buildInvoice(input);
        const findings = validateInvoice(invoice, {
          now,
          strictGstinChecksum: true,
          aatoPaise: 600_00_00_000_00,
        });
        expect(findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('totals reconcile to the paisa', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const { lines, totals: t } = buildInvoice(input);
        const sum = (pick: (l: (typeof lines)[number]) => number) =>
          lines.reduce((acc, l) => acc + pick(l), 0);
        expect(t.assessableValue).toBe(sum((l) => l.amounts.assessableAmount));
        expect(t.cgst).toBe(sum((l) => l.amounts.cgst));
        expect(t.sgst).toBe(t.cgst);
        expect(t.igst).toBe(sum((l) => l.amounts.igst));
        expect(t.cess).toBe(sum((l) => l.amounts.cess + l.cessNonAdvol));
        expect(t.stateCess).toBe(sum((l) => l.amounts.stateCess + l.stateCessNonAdvol));
        expect(t.otherCharges).toBe(sum((l) => l.otherCharges) + (input.otherCharges ?? 0));
        // Two independent routes to the invoice value agree exactly.
        expect(t.totalInvoiceValue).toBe(
          sum((l) => l.amounts.totalItemValue) + (input.otherCharges ?? 0) - t.discount + t.roundOff,
        );
        expect(t.totalInvoiceValue).toBe(
          t.assessableValue +
            t.cgst +
            t.sgst +
            t.igst +
            t.cess +
            t.stateCess +
            t.otherCharges -
            t.discount +
            t.roundOff,
        );
        if (input.roundOff) expect(t.totalInvoiceValue % 100).toBe(0);
        expect(Math.abs(t.roundOff)).toBeLessThanOrEqual(50);
        for (const v of Object.values(t)) expect(Number.isSafeInteger(v)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
