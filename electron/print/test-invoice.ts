/**
 * A printable inter-state invoice for tests: `n` varies the document number, the line texts and
 * the amounts, so invoices printed together use different glyphs and can be told apart.
 */
import type { PrintableInvoice, PrintableLine } from './printable';

/** The demo seller (Karnataka) and an inter-state buyer (Maharashtra), as printed parties. */
export const TEST_SELLER: PrintableInvoice['seller'] = {
  legalName: 'Vasundhara Textiles Private Limited',
  gstin: '29AAGCV4521M1ZW',
  addressLines: ['14, 2nd Cross, Peenya Industrial Area', 'Bengaluru - 560058'],
  stateCode: '29',
  stateName: 'Karnataka',
};

export const TEST_BUYER: PrintableInvoice['buyer'] = {
  legalName: 'Sahyadri Engineering Works',
  gstin: '27AAKFS7310Q1ZK',
  addressLines: ['Plot 7, Hadapsar', 'Pune - 411026'],
  stateCode: '27',
  stateName: 'Maharashtra',
};

/**
 * An invoice's totals as the plain sums of its lines (no header discount, charges, round-off or
 * state cess), which is what every printed test invoice carries.
 */
export function totalsOfLines(lines: readonly PrintableLine[]): PrintableInvoice['totals'] {
  const sum = (pick: (l: PrintableLine) => number) => lines.reduce((s, l) => s + pick(l), 0);
  return {
    assessableValue: sum((l) => l.taxablePaise),
    cgst: sum((l) => l.cgstPaise),
    sgst: sum((l) => l.sgstPaise),
    igst: sum((l) => l.igstPaise),
    cess: sum((l) => l.cessPaise),
    stateCess: 0,
    discount: 0,
    otherCharges: 0,
    roundOff: 0,
    totalInvoiceValue: sum((l) => l.totalPaise),
  };
}

const DESCRIPTIONS = ['Cotton fabric', 'Jute sacks (½ tonne)', 'Brass fittings Ø 12 mm', 'Wool yarn № 7'];

export function testInvoice(n: number, lines = 3): PrintableInvoice {
  const items: PrintableLine[] = Array.from({ length: lines }, (_, i) => {
    const taxable = 1_000_000 + n * 1_111 + i * 10_000;
    const igst = Math.round(taxable * 0.12);
    return {
      serialNo: String(i + 1),
      description: `${DESCRIPTIONS[(n + i) % DESCRIPTIONS.length]} lot ${n}-${i + 1}`,
      hsn: '520811',
      isService: false,
      quantityMilli: 10_000 + n,
      unit: 'NOS',
      unitPriceMilli: 100_000,
      discountPaise: 0,
      taxablePaise: taxable,
      gstRateMilli: 12_000,
      igstPaise: igst,
      cgstPaise: 0,
      sgstPaise: 0,
      cessPaise: 0,
      totalPaise: taxable + igst,
    };
  });
  return {
    docType: 'INV',
    title: 'Tax Invoice',
    docNo: `CONC/${100 + n}`,
    docDate: '02/04/2025',
    supplyType: 'B2B',
    reverseCharge: false,
    seller: TEST_SELLER,
    buyer: { ...TEST_BUYER, legalName: `Buyer number ${n} Traders` },
    placeOfSupply: { code: '27', name: 'Maharashtra' },
    precedingDocuments: [],
    lines: items,
    totals: totalsOfLines(items),
    amountInWords: `Rupees Test Amount ${n} Only`,
    irn: {
      irn: (n.toString(16) + 'd'.repeat(64)).slice(0, 64),
      ackNo: `11251000000${String(n).padStart(4, '0')}`,
      ackDt: '2025-04-02 11:05:00',
      signedQrCode: `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(`{"DocNo":"CONC/${100 + n}"}`).toString('base64url')}.c2ln${n}`,
      status: 'ACT',
    },
    ewayBill: null,
    sandbox: n % 2 === 1,
    cancelled: false,
  };
}
