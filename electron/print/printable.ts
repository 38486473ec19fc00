/**
 * What a printed e-invoice shows, gathered in one plain object: the particulars Rule 46 of the
 * CGST Rules asks of a tax invoice, the IRP's IRN / Ack / signed QR code, and the e-way bill.
 * Built from the invoice service's detail view so that the app and the CLI print the same thing.
 */
import type { InvoiceDetailView } from '../../shared/api';
import type { DocType, Invoice, InvoiceTotals } from '../../shared/invoice';
import { findState } from '../../shared/masters';
import type { EwayBill } from '../ledger';

export interface PrintableParty {
  legalName: string;
  tradeName?: string;
  /** A GSTIN, or `URP` for an unregistered buyer. */
  gstin: string;
  addressLines: string[];
  stateCode: string;
  stateName: string;
  phone?: string;
  email?: string;
}

export interface PrintableLine {
  serialNo: string;
  description: string;
  hsn: string;
  isService: boolean;
  /** Thousandths of a unit; absent for services without a quantity. */
  quantityMilli?: number;
  unit?: string;
  /** Thousandths of a rupee per unit. */
  unitPriceMilli: number;
  discountPaise: number;
  taxablePaise: number;
  /** Combined GST rate in thousandths of a percent (18 % = 18000). */
  gstRateMilli: number;
  igstPaise: number;
  cgstPaise: number;
  sgstPaise: number;
  /** Ad valorem plus state cess. */
  cessPaise: number;
  totalPaise: number;
}

export interface PrintableIrn {
  irn: string;
  ackNo: string;
  /** `yyyy-MM-dd HH:mm:ss` IST, as the IRP sent it. */
  ackDt: string;
  /** The JWT the QR code carries, exactly as stored. */
  signedQrCode: string;
  status: 'ACT' | 'CNL';
}

export interface PrintableEwayBill {
  ewbNo: string;
  /** `yyyy-MM-dd HH:mm:ss` IST. */
  ewbDate: string;
  /** Null while only Part-A exists. */
  validTill: string | null;
  status: 'ACT' | 'CNL';
  distanceKm: number;
  vehicleNo: string | null;
}

export interface PrintableInvoice {
  docType: DocType;
  /** "Tax Invoice", "Credit Note", "Debit Note". */
  title: string;
  docNo: string;
  /** dd/mm/yyyy. */
  docDate: string;
  supplyType: string;
  reverseCharge: boolean;
  seller: PrintableParty;
  buyer: PrintableParty;
  placeOfSupply: { code: string; name: string };
  dispatchFrom?: { name: string; addressLines: string[] };
  shipTo?: { name: string; gstin?: string; addressLines: string[] };
  /** Invoices a credit or debit note adjusts. */
  precedingDocuments: Array<{ number: string; date: string }>;
  remarks?: string;
  lines: PrintableLine[];
  totals: InvoiceTotals;
  amountInWords: string;
  irn: PrintableIrn | null;
  ewayBill: PrintableEwayBill | null;
  /** Issued against a sandbox IRP: watermarked as not a valid tax invoice. */
  sandbox: boolean;
  cancelled: boolean;
}

const TITLES: Record<DocType, string> = { INV: 'Tax Invoice', CRN: 'Credit Note', DBN: 'Debit Note' };

function stateName(code: string): string {
  return findState(code)?.name ?? code;
}

function addressLines(a: { address1: string; address2?: string; location: string; pin?: number }): string[] {
  const lines = [a.address1, a.address2].filter((l): l is string => Boolean(l && l.trim()));
  const place = [a.location, a.pin ? String(a.pin) : ''].filter(Boolean).join(' - ');
  if (place) lines.push(place);
  return lines;
}

function optional<K extends string, V>(key: K, value: V | undefined | null): Partial<Record<K, V>> {
  return value === undefined || value === null || value === '' ? {} : ({ [key]: value } as Record<K, V>);
}

export function printableLines(invoice: Invoice): PrintableLine[] {
  return invoice.lines.map((l) => ({
    serialNo: l.serialNo,
    description: l.description ?? '',
    hsn: l.hsn,
    isService: l.isService,
    ...optional('quantityMilli', l.quantity),
    ...optional('unit', l.unit),
    unitPriceMilli: l.unitPrice,
    discountPaise: l.discount,
    taxablePaise: l.amounts.assessableAmount,
    gstRateMilli: l.gstRate,
    igstPaise: l.amounts.igst,
    cgstPaise: l.amounts.cgst,
    sgstPaise: l.amounts.sgst,
    cessPaise: l.amounts.cess + l.amounts.stateCess,
    totalPaise: l.amounts.totalItemValue,
  }));
}

/**
 * The printable form of an invoice. The e-way bill shown is the active one, else the latest
 * (cancelled) one, so a reprint still tells the transporter what happened.
 */
export function toPrintable(view: InvoiceDetailView, ewayBills: EwayBill[] = []): PrintableInvoice {
  const inv = view.computed;
  const ewb = ewayBills.find((e) => e.status === 'ACT') ?? ewayBills[ewayBills.length - 1] ?? null;
  const irn = view.irn;
  return {
    docType: inv.docType,
    title: TITLES[inv.docType] ?? 'Tax Invoice',
    docNo: inv.docNo,
    docDate: inv.docDate,
    supplyType: inv.supplyType,
    reverseCharge: inv.reverseCharge,
    seller: {
      legalName: inv.seller.legalName,
      ...optional('tradeName', inv.seller.tradeName),
      gstin: inv.seller.gstin,
      addressLines: addressLines(inv.seller),
      stateCode: inv.seller.stateCode,
      stateName: stateName(inv.seller.stateCode),
      ...optional('phone', inv.seller.phone),
      ...optional('email', inv.seller.email),
    },
    buyer: {
      legalName: inv.buyer.legalName,
      ...optional('tradeName', inv.buyer.tradeName),
      gstin: inv.buyer.gstin,
      addressLines: addressLines(inv.buyer),
      stateCode: inv.buyer.stateCode,
      stateName: stateName(inv.buyer.stateCode),
      ...optional('phone', inv.buyer.phone),
      ...optional('email', inv.buyer.email),
    },
    placeOfSupply: { code: inv.buyer.placeOfSupply, name: stateName(inv.buyer.placeOfSupply) },
    ...(inv.dispatchFrom
      ? { dispatchFrom: { name: inv.dispatchFrom.name, addressLines: addressLines(inv.dispatchFrom) } }
      : {}),
    ...(inv.shipTo
      ? {
          shipTo: {
            name: inv.shipTo.legalName,
            ...optional('gstin', inv.shipTo.gstin),
            addressLines: addressLines(inv.shipTo),
          },
        }
      : {}),
    precedingDocuments: (inv.references?.precedingDocuments ?? []).map((d) => ({
      number: d.number,
      date: d.date,
    })),
    ...optional('remarks', inv.references?.remarks),
    lines: printableLines(inv),
    totals: inv.totals,
    amountInWords: view.amountInWords,
    irn:
      irn && irn.signedQrCode
        ? {
            irn: irn.irn,
            ackNo: irn.ackNo,
            ackDt: irn.ackDt,
            signedQrCode: irn.signedQrCode,
            status: irn.status,
          }
        : null,
    ewayBill: ewb
      ? {
          ewbNo: ewb.ewbNo,
          ewbDate: ewb.ewbDate,
          validTill: ewb.validTill,
          status: ewb.status,
          distanceKm: ewb.distanceKm,
          vehicleNo: ewb.vehicleNo,
        }
      : null,
    sandbox: view.isSandbox,
    cancelled: view.status === 'cancelled' || irn?.status === 'CNL',
  };
}
