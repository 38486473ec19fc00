/**
 * What the IRP hands back for a registered document: the IRN hash, AckNo/AckDt, and the JSON that goes
 * inside SignedInvoice and SignedQRCode.
 */
import { createHash } from 'node:crypto';
import { formatIrpDateTime } from '../shared/time/ist';
import type { Invoice } from './rules/invoice';

/** SHA-256 hex of GSTIN + financial year + document type + document number (case kept). */
export function computeIrn(gstin: string, financialYear: string, docType: string, docNo: string): string {
  return createHash('sha256').update(`${gstin}${financialYear}${docType}${docNo}`, 'utf8').digest('hex');
}

/** The duplicate-check key: one document per seller, financial year, type and number. */
export function duplicateKey(gstin: string, fy: string, docType: string, docNo: string, ignoreCase: boolean) {
  return [gstin.toUpperCase(), fy, docType.toUpperCase(), ignoreCase ? docNo.toUpperCase() : docNo].join('|');
}

/** `<2-digit IRP prefix><YY>1<10-digit sequence>`: 15 digits, like the samples NIC returns. */
export function formatAckNo(prefix: string, year: number, sequence: number): number {
  const yy = String(year % 100).padStart(2, '0');
  return Number(`${prefix}${yy}1${String(sequence % 1e10).padStart(10, '0')}`);
}

/** Response timestamps have their seconds cut to :00; the signed copy keeps the real ones. */
export function formatMinute(instant: Date): string {
  return `${formatIrpDateTime(instant).slice(0, 17)}00`;
}

/** Drops null, undefined, empty strings and emptied containers, as the IRP does before signing. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, compact(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value === null || value === '' ? undefined : value;
}

/** The `data` claim of SignedInvoice: AckNo, AckDt, Irn first, then the stored invoice with ItemNo added. */
export function signedInvoiceData(inv: Invoice, ackNo: number, ackDt: string, irn: string): string {
  const stored = compact(inv) as Record<string, unknown>;
  const items = (stored['ItemList'] as Array<Record<string, unknown>>).map((item) => ({
    ItemNo: 0,
    ...item,
  }));
  return JSON.stringify({ AckNo: ackNo, AckDt: ackDt, Irn: irn, ...stored, ItemList: items });
}

/** The `data` claim of SignedQRCode (§5.3); MainHsnCode is the HSN of the line with the largest taxable value. */
export function signedQrData(inv: Invoice, irn: string, irnDt: string): string {
  let main = inv.ItemList[0];
  for (const item of inv.ItemList) if (main === undefined || item.AssAmt > main.AssAmt) main = item;
  return JSON.stringify({
    SellerGstin: inv.SellerDtls.Gstin,
    BuyerGstin: inv.BuyerDtls.Gstin,
    DocNo: inv.DocDtls.No,
    DocTyp: inv.DocDtls.Typ.toUpperCase(),
    DocDt: inv.DocDtls.Dt,
    TotInvVal: inv.ValDtls.TotInvVal,
    ItemCnt: inv.ItemList.length,
    MainHsnCode: main?.HsnCd ?? '',
    Irn: irn,
    IrnDt: irnDt,
  });
}
