import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromInv01, inputFromInv01, invoiceFromSignedPayload, toInv01, type Inv01Invoice } from '.';
import { buildInvoice } from '../tax';
import {
  sampleExportInput,
  sampleIntraStateInput,
  sampleInvoiceInput,
  sampleLine,
  type InvoiceInput,
} from '../invoice';

/** Every optional section filled, to prove each maps both ways. */
function fullInput(): InvoiceInput {
  return {
    ...sampleInvoiceInput('10/06/2025'),
    ecmGstin: '29AAACF0365N1C7',
    reverseCharge: true,
    dispatchFrom: {
      name: 'Warehouse 2',
      address1: 'Plot 9',
      address2: 'Peenya',
      location: 'Bengaluru',
      pin: 560058,
      stateCode: '29',
    },
    shipTo: {
      gstin: '27AAPFU0939F1ZV',
      legalName: 'Mumbai Garments LLP',
      tradeName: 'MG',
      address1: 'Dock 3',
      location: 'Mumbai',
      pin: 400001,
      stateCode: '27',
    },
    payment: {
      payeeName: 'Bharat Textiles',
      accountDetails: '123456789',
      mode: 'NEFT',
      ifsc: 'HDFC0000123',
      creditDays: 30,
      paidAmount: 0,
      amountDue: 5040000,
    },
    references: {
      remarks: 'Thank you',
      periodStart: '01/06/2025',
      periodEnd: '30/06/2025',
      precedingDocuments: [{ number: 'INV/2025/000', date: '01/06/2025', otherReference: 'PO-7' }],
      contracts: [{ poRef: 'PO-7', poDate: '31/05/2025', contractRef: 'C-1' }],
    },
    additionalDocuments: [{ url: 'https://example.in/spec.pdf', info: 'Specification' }],
    ewayBill: {
      transporterId: '29AAGCB7383J1Z4',
      mode: '1',
      distanceKm: 980,
      vehicleNo: 'KA01AB1234',
      vehicleType: 'R',
    },
    lines: [
      sampleLine('1', {
        barcode: '8901234567890',
        freeQuantity: 1000,
        batch: { name: 'B-2025-06', expiryDate: '31/12/2026' },
        attributes: [{ name: 'Colour', value: 'Blue' }],
        orderLineRef: 'L1',
        originCountry: 'IN',
        productSerialNo: 'SN1',
        preTaxValue: 45000,
        cessRate: 1_000,
        cessNonAdvol: 250,
        stateCessRate: 500,
        stateCessNonAdvol: 100,
        otherCharges: 1500,
        discount: 500,
      }),
      sampleLine('2', {
        isService: true,
        hsn: '998314',
        quantity: undefined,
        unit: undefined,
        unitPrice: 1_250_500,
      }),
    ],
    discount: 1000,
    otherCharges: 2000,
    roundOff: true,
  };
}

describe('toInv01', () => {
  it('writes amounts with ≤2 decimals and quantities, prices, rates with ≤3', () => {
    const json = toInv01(buildInvoice(fullInput()));
    const item = json.ItemList[0]!;
    expect(item).toMatchObject({
      Qty: 10,
      UnitPrice: 450,
      GstRt: 12,
      CesRt: 1,
      StateCesRt: 0.5,
      Discount: 5,
    });
    expect(json.ItemList[1]).toMatchObject({ IsServc: 'Y', UnitPrice: 1250.5, TotAmt: 1250.5 });
    expect(json.ItemList[1]).not.toHaveProperty('Qty');
    const text = JSON.stringify(json);
    for (const m of text.matchAll(/"(\w+)":(-?\d+\.(\d+))/g)) {
      const threeDecimals = ['Qty', 'FreeQty', 'UnitPrice', 'GstRt', 'CesRt', 'StateCesRt'].includes(m[1]!);
      expect(m[3]!.length, m[0]).toBeLessThanOrEqual(threeDecimals ? 3 : 2);
    }
  });

  it('leaves out empty sections and zero-valued extras', () => {
    const json = toInv01(buildInvoice(sampleInvoiceInput()));
    expect(Object.keys(json).sort()).toEqual([
      'BuyerDtls',
      'DocDtls',
      'ItemList',
      'SellerDtls',
      'TranDtls',
      'ValDtls',
      'Version',
    ]);
    expect(json.ItemList[0]).not.toHaveProperty('CesAmt');
    expect(json.ItemList[0]).toHaveProperty('CgstAmt', 0);
    expect(json.ValDtls).not.toHaveProperty('RndOffAmt');
    expect(json.BuyerDtls).not.toHaveProperty('TrdNm');
  });

  it('keeps an empty item list so the validator can name it', () => {
    const input = sampleInvoiceInput();
    input.lines = [];
    expect(toInv01(buildInvoice(input)).ItemList).toEqual([]);
  });

  it('writes export details', () => {
    const json = toInv01(buildInvoice(sampleExportInput()));
    expect(json.ExpDtls).toEqual({
      ShipBNo: 'SB123',
      ShipBDt: '01/04/2025',
      Port: 'INNSA1',
      ForCur: 'USD',
      CntCode: 'US',
    });
    expect(json.BuyerDtls).toMatchObject({ Gstin: 'URP', Pos: '96', Stcd: '96', Pin: 999999 });
  });
});

describe('round trip', () => {
  it('model → JSON → model is the identity, every section included', () => {
    const invoice = buildInvoice(fullInput());
    expect(fromInv01(toInv01(invoice))).toEqual(invoice);
  });

  it('holds for random line values', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            // Within the IRP's limits: an item amount stays below ₹10^12.
            quantity: fc.integer({ min: 1, max: 99_999_999 }),
            unitPrice: fc.integer({ min: 0, max: 9_999_999_999 }),
            gstRate: fc.constantFrom(0, 250, 5000, 18000),
            cessRate: fc.integer({ min: 0, max: 999_999 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (values) => {
          const input = sampleInvoiceInput();
          input.lines = values.map((v, i) => sampleLine(String(i + 1), v));
          const invoice = buildInvoice(input);
          const json = JSON.parse(JSON.stringify(toInv01(invoice))) as Inv01Invoice;
          expect(fromInv01(json)).toEqual(invoice);
        },
      ),
    );
  });
});

describe('inputFromInv01', () => {
  it('gives back the document discount, charges and round-off, so a rebuild has the same totals', () => {
    const input = sampleIntraStateInput();
    input.lines = [
      sampleLine('1', { otherCharges: 1_000, stateCessRate: 1_000 }),
      sampleLine('2', { otherCharges: 250 }),
    ];
    input.discount = 5_000;
    input.otherCharges = 2_500;
    input.roundOff = true;
    const invoice = buildInvoice(input);
    expect(invoice.totals.roundOff).not.toBe(0);
    const json = JSON.parse(JSON.stringify(toInv01(invoice))) as Inv01Invoice;
    const back = inputFromInv01(json);
    expect(back).toMatchObject({ discount: 5_000, otherCharges: 2_500, roundOff: true });
    expect(buildInvoice(back).totals).toEqual(invoice.totals);
    expect(toInv01(buildInvoice(back)).ValDtls).toEqual(json.ValDtls);
  });

  it('leaves them out when the document has none', () => {
    const json = JSON.parse(JSON.stringify(toInv01(buildInvoice(sampleInvoiceInput()))));
    const back = inputFromInv01(json as Inv01Invoice);
    expect(back).not.toHaveProperty('discount');
    expect(back).not.toHaveProperty('otherCharges');
    expect(back).not.toHaveProperty('roundOff');
    expect(back).not.toHaveProperty('totals');
  });
});

describe('real sandbox documents', () => {
  const samples = JSON.parse(
    readFileSync('../shared/irp-data/india-compliance_test_e_invoice.json', 'utf8'),
  ) as Record<string, { response_data?: { result?: { SignedInvoice?: string; Irn?: string } } }>;
  const signed = Object.entries(samples).filter(
    ([, v]) => typeof v.response_data?.result?.SignedInvoice === 'string',
  );

  it('has SignedInvoice samples to read', () => {
    expect(signed.length).toBeGreaterThanOrEqual(5);
  });

  it.each(signed)('reads the SignedInvoice of %s and maps it back stably', (_name, sample) => {
    const jwt = sample.response_data!.result!.SignedInvoice!;
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as {
      data: string;
    };
    const invoice = invoiceFromSignedPayload(payload);
    const data = JSON.parse(payload.data) as Inv01Invoice & { Irn: string };
    expect(data.Irn).toMatch(/^[0-9a-f]{64}$/);
    expect(invoice.docNo).toBe(data.DocDtls.No);
    expect(invoice.totals.totalInvoiceValue).toBe(Math.round(data.ValDtls.TotInvVal * 100));
    expect(invoice.lines).toHaveLength(data.ItemList.length);
    // Signed-only fields are dropped; everything else survives JSON → model → JSON → model.
    const again = toInv01(invoice);
    expect(again).not.toHaveProperty('Irn');
    expect(again.ItemList[0]).not.toHaveProperty('ItemNo');
    expect(fromInv01(again)).toEqual(invoice);
  });
});
