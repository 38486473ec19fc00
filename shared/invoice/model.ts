/**
 * The invoice as the app holds it: everything the IRP's INV-01 v1.1 document carries, in
 * named integer units (amounts in paise, quantities / unit prices / rates in thousandths).
 * Field names are plain English; `shared/inv01` maps them to and from the IRP's JSON.
 *
 * Two shapes: `InvoiceInput` is what a person or an import provides (no computed amounts),
 * `Invoice` adds the per-line amounts and document totals, either computed by
 * `shared/tax` or read from an INV-01 JSON as it was sent.
 */
import type { Milli, Paise } from '../money/types';

export type DocType = 'INV' | 'CRN' | 'DBN';
export const DOC_TYPES: readonly DocType[] = ['INV', 'CRN', 'DBN'];

/** B2B, supplies to SEZ with/without payment of IGST, exports with/without payment, deemed exports. */
export type SupplyType = 'B2B' | 'SEZWP' | 'SEZWOP' | 'EXPWP' | 'EXPWOP' | 'DEXP';
export const SUPPLY_TYPES: readonly SupplyType[] = ['B2B', 'SEZWP', 'SEZWOP', 'EXPWP', 'EXPWOP', 'DEXP'];

export const EXPORT_SUPPLY_TYPES: readonly SupplyType[] = ['EXPWP', 'EXPWOP'];
export const SEZ_SUPPLY_TYPES: readonly SupplyType[] = ['SEZWP', 'SEZWOP'];

/** A date as the IRP writes it, `dd/mm/yyyy` (an IST calendar day). */
export type IrpDate = string;

export interface Seller {
  gstin: string;
  legalName: string;
  tradeName?: string;
  address1: string;
  address2?: string;
  location: string;
  pin: number;
  stateCode: string;
  phone?: string;
  email?: string;
}

export interface Buyer {
  /** A GSTIN, or `URP` for an unregistered (e.g. foreign) buyer. */
  gstin: string;
  legalName: string;
  tradeName?: string;
  /** State code of the place of supply; `96` outside India. */
  placeOfSupply: string;
  address1: string;
  address2?: string;
  location: string;
  /** Required except for exports; 999999 for a foreign address. */
  pin?: number;
  stateCode: string;
  phone?: string;
  email?: string;
}

export interface DispatchFrom {
  name: string;
  address1: string;
  address2?: string;
  location: string;
  pin: number;
  stateCode: string;
}

export interface ShipTo {
  gstin?: string;
  legalName: string;
  tradeName?: string;
  address1: string;
  address2?: string;
  location: string;
  pin: number;
  stateCode: string;
}

export interface Batch {
  name: string;
  expiryDate?: IrpDate;
  warrantyDate?: IrpDate;
}

export interface Attribute {
  name?: string;
  value?: string;
}

/** What a line needs before tax is worked out. */
export interface LineInput {
  /** `SlNo`: unique within the document, 1-6 digits. */
  serialNo: string;
  description?: string;
  isService: boolean;
  /** HSN (goods) or SAC (services) code: 4, 6 or 8 digits. */
  hsn: string;
  barcode?: string;
  /** Thousandths of a unit; required for goods. */
  quantity?: Milli;
  freeQuantity?: Milli;
  /** UQC unit code (`NOS`, `KGS`, …); required for goods. */
  unit?: string;
  /** Thousandths of a rupee. */
  unitPrice: Milli;
  discount: Paise;
  /** Value before a special valuation (e.g. pure agent), informational. */
  preTaxValue?: Paise;
  /** Combined GST rate (the IGST-equivalent), thousandths of a percent: 18 % = 18000. */
  gstRate: Milli;
  /** Ad valorem compensation cess rate, thousandths of a percent. */
  cessRate: Milli;
  /** Non-ad-valorem (specific) cess, as an amount. */
  cessNonAdvol: Paise;
  stateCessRate: Milli;
  stateCessNonAdvol: Paise;
  otherCharges: Paise;
  orderLineRef?: string;
  /** ISO 3166 alpha-2 country of origin. */
  originCountry?: string;
  productSerialNo?: string;
  batch?: Batch;
  attributes?: Attribute[];
}

/** The amounts of a line as the IRP sees them. */
export interface LineAmounts {
  /** `TotAmt` = quantity × unit price. */
  totalAmount: Paise;
  /** `AssAmt` = total amount − discount. */
  assessableAmount: Paise;
  igst: Paise;
  cgst: Paise;
  sgst: Paise;
  /** Ad valorem cess amount (`CesAmt`). */
  cess: Paise;
  /** Ad valorem state cess amount (`StateCesAmt`). */
  stateCess: Paise;
  /** `TotItemVal`: assessable + every tax and cess + other charges. */
  totalItemValue: Paise;
}

export interface InvoiceLine extends LineInput {
  amounts: LineAmounts;
}

/** `ValDtls`. */
export interface InvoiceTotals {
  assessableValue: Paise;
  cgst: Paise;
  sgst: Paise;
  igst: Paise;
  /** Ad valorem + non-ad-valorem cess of all lines (`CesVal`). */
  cess: Paise;
  /** Ad valorem + non-ad-valorem state cess (`StCesVal`). */
  stateCess: Paise;
  /** Document-level discount (after tax), subtracted from the invoice value. */
  discount: Paise;
  /** Line other charges plus any document-level charges (`OthChrg`). */
  otherCharges: Paise;
  /** Between −99.99 and 99.99 rupees. */
  roundOff: Paise;
  totalInvoiceValue: Paise;
  /** Invoice value in the foreign currency, for exports (`TotInvValFc`). */
  totalInvoiceValueFc?: Paise;
}

export interface Payment {
  payeeName?: string;
  accountDetails?: string;
  mode?: string;
  ifsc?: string;
  terms?: string;
  instruction?: string;
  creditTransfer?: string;
  directDebit?: string;
  creditDays?: number;
  paidAmount?: Paise;
  amountDue?: Paise;
}

export interface PrecedingDocument {
  number: string;
  date: IrpDate;
  otherReference?: string;
}

export interface ContractReference {
  receiptAdviceRef?: string;
  receiptAdviceDate?: IrpDate;
  tenderRef?: string;
  contractRef?: string;
  externalRef?: string;
  projectRef?: string;
  poRef?: string;
  poDate?: IrpDate;
}

export interface References {
  remarks?: string;
  periodStart?: IrpDate;
  periodEnd?: IrpDate;
  /** Original invoices a credit or debit note adjusts. */
  precedingDocuments?: PrecedingDocument[];
  contracts?: ContractReference[];
}

export interface AdditionalDocument {
  url?: string;
  docs?: string;
  info?: string;
}

export interface ExportDetails {
  shippingBillNo?: string;
  shippingBillDate?: IrpDate;
  /** Port code from the IRP's port master (e.g. `INNSA1`). */
  port?: string;
  refundClaim?: boolean;
  /** ISO 4217 currency code. */
  currency?: string;
  /** ISO 3166 alpha-2 country code. */
  country?: string;
  exportDuty?: Paise;
}

/** IRP transport modes: 1 road, 2 rail, 3 air, 4 ship. */
export type TransportMode = '1' | '2' | '3' | '4';

export interface EwayBillDetails {
  transporterId?: string;
  transporterName?: string;
  mode?: TransportMode;
  /** Kilometres, 0-4000; 0 lets the IRP compute the PIN-to-PIN distance. */
  distanceKm: number;
  transportDocNo?: string;
  transportDocDate?: IrpDate;
  vehicleNo?: string;
  /** R regular, O over-dimensional cargo. */
  vehicleType?: 'R' | 'O';
}

/** Header and parties, shared by both shapes. */
export interface InvoiceHeader {
  /** Always `1.1` for documents this app builds. */
  version: string;
  supplyType: SupplyType;
  reverseCharge: boolean;
  /** Intra-state supply charged to IGST (e.g. to an SEZ unit in the same state). */
  igstOnIntra: boolean;
  /** GSTIN of the e-commerce operator (a TCS registration) when sold through one. */
  ecmGstin?: string;
  docType: DocType;
  docNo: string;
  docDate: IrpDate;
  seller: Seller;
  buyer: Buyer;
  dispatchFrom?: DispatchFrom;
  shipTo?: ShipTo;
  payment?: Payment;
  references?: References;
  additionalDocuments?: AdditionalDocument[];
  export?: ExportDetails;
  ewayBill?: EwayBillDetails;
}

export interface InvoiceInput extends InvoiceHeader {
  lines: LineInput[];
  /** Document-level discount after tax. */
  discount?: Paise;
  /** Document-level charges not carried by any line (freight billed once, …). */
  otherCharges?: Paise;
  /** Round the invoice value to the nearest rupee (half away from zero) with `RndOffAmt`. */
  roundOff?: boolean;
  /** Invoice value in the foreign currency, for exports. */
  totalInvoiceValueFc?: Paise;
}

export interface Invoice extends InvoiceHeader {
  lines: InvoiceLine[];
  totals: InvoiceTotals;
}

export function isExportSupply(type: string): boolean {
  return (EXPORT_SUPPLY_TYPES as readonly string[]).includes(type);
}

export function isSezSupply(type: string): boolean {
  return (SEZ_SUPPLY_TYPES as readonly string[]).includes(type);
}

/** Exports and SEZ supplies "without payment" carry no tax (LUT / bond). */
export function isWithoutPayment(type: string): boolean {
  return type === 'EXPWOP' || type === 'SEZWOP';
}

/** A line with every numeric field at zero and no options: a base for forms and tests. */
export function emptyLine(serialNo: string): LineInput {
  return {
    serialNo,
    isService: false,
    hsn: '',
    unitPrice: 0,
    discount: 0,
    gstRate: 0,
    cessRate: 0,
    cessNonAdvol: 0,
    stateCessRate: 0,
    stateCessNonAdvol: 0,
    otherCharges: 0,
  };
}
