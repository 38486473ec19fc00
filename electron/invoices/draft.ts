/**
 * From the invoice model to the ledger's rows. Drafts are saved without the IRP's rules (those
 * run when the user asks to generate), but a draft must still identify a document: type,
 * number, date, buyer and place of supply, which the ledger keys and filters on.
 */
import { DeskError, LocalErrorCode } from '../../shared/api';
import type { Invoice, InvoiceInput } from '../../shared/invoice';
import { buildInvoice } from '../../shared/tax';
import { parseIstDate } from '../../shared/time/ist';
import type { InvoiceDraftInput, InvoiceLineInput } from '../ledger';

const HSN = /^(\d{4}|\d{6}|\d{8})$/;

function need(condition: unknown, field: string, message: string): void {
  if (!condition) throw new DeskError(LocalErrorCode.BadRequest, message, field);
}

/** The minimum a draft needs; every other rule waits for "Generate". */
export function checkDraft(input: InvoiceInput): void {
  need(input && typeof input === 'object', 'invoice', 'The invoice is missing.');
  need(
    ['INV', 'CRN', 'DBN'].includes(input.docType),
    'docType',
    'Choose Invoice, Credit note or Debit note.',
  );
  need(
    typeof input.docNo === 'string' && input.docNo.trim().length >= 1 && input.docNo.trim().length <= 16,
    'docNo',
    'The document number must have 1 to 16 characters.',
  );
  need(
    typeof input.docDate === 'string' && parseIstDate(input.docDate),
    'docDate',
    'The document date must be a real date written dd/mm/yyyy.',
  );
  need(input.seller?.gstin, 'seller.gstin', 'The invoice has no seller GSTIN.');
  need(input.buyer?.legalName?.trim(), 'buyer.legalName', 'Choose the buyer before saving.');
  need(
    /^\d{1,2}$/.test(input.buyer?.placeOfSupply ?? ''),
    'buyer.placeOfSupply',
    'Choose the place of supply.',
  );
  need(Array.isArray(input.lines), 'lines', 'The invoice has no lines.');
}

/** Works the tax out; a half-typed draft must not stop a save, so failures give null. */
export function computeOrNull(input: InvoiceInput): Invoice | null {
  try {
    return buildInvoice(input);
  } catch {
    return null;
  }
}

export function toDraftRow(
  businessGstin: string,
  input: InvoiceInput,
  partyId: number | null,
  id?: number,
  /** The amounts as they will be sent, when they are not to be recomputed (imports). */
  given?: Invoice,
): InvoiceDraftInput {
  checkDraft(input);
  const computed = given ?? computeOrNull(input);
  // Lines the ledger's line table can hold (a complete HSN): the model keeps every line as typed.
  const lines: InvoiceLineInput[] = (computed?.lines ?? [])
    .filter((line) => HSN.test(line.hsn))
    .map((line, index) => ({
      lineNo: index + 1,
      description: line.description ?? null,
      hsnCode: line.hsn,
      isService: line.isService,
      qtyMilli: Math.max(0, line.quantity ?? 0),
      freeQtyMilli: Math.max(0, line.freeQuantity ?? 0),
      unit: line.unit && line.unit.length >= 3 ? line.unit : null,
      unitPriceMilli: Math.max(0, line.unitPrice),
      discountPaise: Math.max(0, line.discount),
      otherChargesPaise: Math.max(0, line.otherCharges),
      gstRateMilli: Math.max(0, line.gstRate),
      assessablePaise: Math.max(0, line.amounts.assessableAmount),
      cgstPaise: Math.max(0, line.amounts.cgst),
      sgstPaise: Math.max(0, line.amounts.sgst),
      igstPaise: Math.max(0, line.amounts.igst),
      cessPaise: Math.max(0, line.amounts.cess),
      stateCessPaise: Math.max(0, line.amounts.stateCess),
      totalPaise: Math.max(0, line.amounts.totalItemValue),
    }));
  const t = computed?.totals;
  const buyerGstin = input.buyer.gstin?.trim().toUpperCase() || null;
  return {
    ...(id === undefined ? {} : { id }),
    businessGstin,
    docType: input.docType,
    docNo: input.docNo.trim(),
    docDate: input.docDate,
    supplyType: input.supplyType,
    reverseCharge: input.reverseCharge,
    partyId,
    buyerGstin: buyerGstin && (buyerGstin === 'URP' || buyerGstin.length === 15) ? buyerGstin : null,
    buyerName: input.buyer.legalName.trim().slice(0, 100),
    posStateCode: input.buyer.placeOfSupply.padStart(2, '0'),
    ...(t
      ? {
          totals: {
            assessablePaise: Math.max(0, t.assessableValue),
            cgstPaise: Math.max(0, t.cgst),
            sgstPaise: Math.max(0, t.sgst),
            igstPaise: Math.max(0, t.igst),
            cessPaise: Math.max(0, t.cess),
            stateCessPaise: Math.max(0, t.stateCess),
            otherChargesPaise: Math.max(0, t.otherCharges),
            discountPaise: Math.max(0, t.discount),
            roundOffPaise: t.roundOff,
            totalPaise: Math.max(0, t.totalInvoiceValue),
          },
        }
      : {}),
    model: input,
    lines,
  };
}
