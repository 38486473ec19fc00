/**
 * Ready-made invoices with real, checksum-valid GSTINs, for tests and demos across the
 * app (the sandbox's own test GSTINs fail the check digit; these do not).
 */
import { emptyLine, type InvoiceInput, type LineInput } from './model';

/** Karnataka (29), checksum-valid. */
export const SELLER_GSTIN = '29AAGCB7383J1Z4';
/** Karnataka (29), checksum-valid: an intra-state buyer for the seller above. */
export const INTRA_BUYER_GSTIN = '29DPZPS4403C1ZF';
/** Maharashtra (27), checksum-valid: an inter-state buyer. */
export const INTER_BUYER_GSTIN = '27AAPFU0939F1ZV';

export function sampleLine(serialNo: string, overrides: Partial<LineInput> = {}): LineInput {
  return {
    ...emptyLine(serialNo),
    description: 'Cotton T-shirt',
    hsn: '61091000',
    quantity: 10_000,
    unit: 'NOS',
    unitPrice: 450_000,
    gstRate: 12_000,
    ...overrides,
  };
}

/** An inter-state B2B invoice (Karnataka → Maharashtra) with one goods line, dated `docDate`. */
export function sampleInvoiceInput(
  docDate = '01/04/2025',
  overrides: Partial<InvoiceInput> = {},
): InvoiceInput {
  return {
    version: '1.1',
    supplyType: 'B2B',
    reverseCharge: false,
    igstOnIntra: false,
    docType: 'INV',
    docNo: 'INV/2025/001',
    docDate,
    seller: {
      gstin: SELLER_GSTIN,
      legalName: 'Bharat Textiles Private Limited',
      tradeName: 'Bharat Textiles',
      address1: '12 MG Road',
      location: 'Bengaluru',
      pin: 560001,
      stateCode: '29',
      phone: '9876543210',
      email: 'accounts@bharattextiles.in',
    },
    buyer: {
      gstin: INTER_BUYER_GSTIN,
      legalName: 'Mumbai Garments LLP',
      placeOfSupply: '27',
      address1: '4 Linking Road',
      location: 'Mumbai',
      pin: 400050,
      stateCode: '27',
    },
    lines: [sampleLine('1')],
    ...overrides,
  };
}

/** The same seller selling to a Karnataka buyer: CGST + SGST. */
export function sampleIntraStateInput(docDate = '01/04/2025'): InvoiceInput {
  return sampleInvoiceInput(docDate, {
    buyer: {
      gstin: INTRA_BUYER_GSTIN,
      legalName: 'Mysuru Retail Stores',
      placeOfSupply: '29',
      address1: '7 Sayyaji Rao Road',
      location: 'Mysuru',
      pin: 570001,
      stateCode: '29',
    },
  });
}

/** An export with payment of IGST to a US buyer, shipped from Nhava Sheva. */
export function sampleExportInput(docDate = '01/04/2025'): InvoiceInput {
  return sampleInvoiceInput(docDate, {
    supplyType: 'EXPWP',
    buyer: {
      gstin: 'URP',
      legalName: 'Brooklyn Apparel Inc',
      placeOfSupply: '96',
      address1: '100 Atlantic Avenue',
      location: 'New York',
      pin: 999999,
      stateCode: '96',
    },
    shipTo: {
      legalName: 'Nhava Sheva Port',
      address1: 'JNPT',
      location: 'Navi Mumbai',
      pin: 400707,
      stateCode: '27',
    },
    export: {
      port: 'INNSA1',
      currency: 'USD',
      country: 'US',
      shippingBillNo: 'SB123',
      shippingBillDate: '01/04/2025',
    },
  });
}
