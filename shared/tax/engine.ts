/**
 * The GST arithmetic: per-line amounts and document totals in integers. Every amount is
 * computed from exact integers and rounded once (half away from zero) with `divRound` /
 * `mulDivRound`, so a line's tax never depends on another line and totals are plain sums.
 */
import { mulDivRound, divRound } from '../money/round';
import type { Paise } from '../money/types';
import type {
  Invoice,
  InvoiceInput,
  InvoiceLine,
  InvoiceTotals,
  LineAmounts,
  LineInput,
} from '../invoice/model';
import { taxHeads, type TaxHeads } from './heads';

/** qty (thousandths) × price (thousandths of a rupee) = millionths of a rupee; /10^4 → paise. */
const QTY_PRICE_TO_PAISE = 10_000;
/** paise × rate (thousandths of a percent) / 10^5 → paise. */
const RATE_DIVISOR = 100_000;

/** `TotAmt`: quantity × unit price, rounded once; a line without a quantity counts as one unit. */
export function lineTotalAmount(line: Pick<LineInput, 'quantity' | 'unitPrice'>): Paise {
  const quantity = line.quantity ?? 1000;
  return mulDivRound(quantity, line.unitPrice, QTY_PRICE_TO_PAISE);
}

/** Tax at a rate (thousandths of a percent) on an amount in paise, rounded once. */
export function taxAt(assessable: Paise, rateMilli: number): Paise {
  return mulDivRound(assessable, rateMilli, RATE_DIVISOR);
}

/** CGST (= SGST): half the combined rate, each rounded on its own so the two are always equal. */
export function halfTaxAt(assessable: Paise, rateMilli: number): Paise {
  return mulDivRound(assessable, rateMilli, 2 * RATE_DIVISOR);
}

export function computeLineAmounts(line: LineInput, heads: TaxHeads): LineAmounts {
  const totalAmount = lineTotalAmount(line);
  const assessableAmount = totalAmount - line.discount;
  let igst = 0;
  let cgst = 0;
  let sgst = 0;
  if (heads === 'IGST') igst = taxAt(assessableAmount, line.gstRate);
  if (heads === 'CGST_SGST') {
    cgst = halfTaxAt(assessableAmount, line.gstRate);
    sgst = cgst;
  }
  // Exports and SEZ supplies without payment (LUT / bond) are zero-rated for cess too: the
  // rates stay on the line, as the GST rate does, with no amount.
  const cess = heads === 'NONE' ? 0 : taxAt(assessableAmount, line.cessRate);
  const stateCess = heads === 'NONE' ? 0 : taxAt(assessableAmount, line.stateCessRate);
  const totalItemValue =
    assessableAmount +
    igst +
    cgst +
    sgst +
    cess +
    line.cessNonAdvol +
    stateCess +
    line.stateCessNonAdvol +
    line.otherCharges;
  return { totalAmount, assessableAmount, igst, cgst, sgst, cess, stateCess, totalItemValue };
}

/** Every tax on a line (GST heads, cess and state cess, ad valorem and per unit): its total less taxable value and other charges. */
export function lineTaxTotal(line: InvoiceLine): Paise {
  const a = line.amounts;
  return a.igst + a.cgst + a.sgst + a.cess + line.cessNonAdvol + a.stateCess + line.stateCessNonAdvol;
}

export interface TotalsOptions {
  /** Document-level discount after tax. */
  discount?: Paise;
  /** Document-level charges beyond the lines' own other charges. */
  otherCharges?: Paise;
  /** Round the invoice value to the rupee. */
  roundOff?: boolean;
  totalInvoiceValueFc?: Paise;
}

/** Document totals (`ValDtls`) as plain sums of the lines, plus header discount, charges and round-off. */
export function computeTotals(lines: readonly InvoiceLine[], options: TotalsOptions = {}): InvoiceTotals {
  let assessableValue = 0;
  let cgst = 0;
  let sgst = 0;
  let igst = 0;
  let cess = 0;
  let stateCess = 0;
  let lineOtherCharges = 0;
  for (const line of lines) {
    const a = line.amounts;
    assessableValue += a.assessableAmount;
    cgst += a.cgst;
    sgst += a.sgst;
    igst += a.igst;
    cess += a.cess + line.cessNonAdvol;
    stateCess += a.stateCess + line.stateCessNonAdvol;
    lineOtherCharges += line.otherCharges;
  }
  const discount = options.discount ?? 0;
  const otherCharges = lineOtherCharges + (options.otherCharges ?? 0);
  const beforeRounding = assessableValue + cgst + sgst + igst + cess + stateCess + otherCharges - discount;
  const roundOff = options.roundOff ? divRound(beforeRounding, 100) * 100 - beforeRounding : 0;
  const totals: InvoiceTotals = {
    assessableValue,
    cgst,
    sgst,
    igst,
    cess,
    stateCess,
    discount,
    otherCharges,
    roundOff,
    totalInvoiceValue: beforeRounding + roundOff,
  };
  if (options.totalInvoiceValueFc !== undefined) totals.totalInvoiceValueFc = options.totalInvoiceValueFc;
  return totals;
}

/** The heads that apply to a document. */
export function headsFor(
  input: Pick<InvoiceInput, 'supplyType' | 'seller' | 'buyer' | 'igstOnIntra'>,
): TaxHeads {
  return taxHeads({
    supplyType: input.supplyType,
    sellerGstin: input.seller.gstin,
    sellerStateCode: input.seller.stateCode,
    placeOfSupply: input.buyer.placeOfSupply,
    igstOnIntra: input.igstOnIntra,
  });
}

/** Builds the full invoice: heads from the place of supply, each line's amounts, the totals. */
export function buildInvoice(input: InvoiceInput): Invoice {
  const heads = headsFor(input);
  const { lines, discount, otherCharges, roundOff, totalInvoiceValueFc, ...header } = input;
  const built: InvoiceLine[] = lines.map((line) => {
    // Without payment, the per-unit (non-ad-valorem) cess amounts a line may carry from its item
    // are not charged either.
    const charged = heads === 'NONE' ? { ...line, cessNonAdvol: 0, stateCessNonAdvol: 0 } : line;
    return { ...charged, amounts: computeLineAmounts(charged, heads) };
  });
  const totalsOptions: TotalsOptions = { discount, otherCharges, roundOff };
  if (totalInvoiceValueFc !== undefined) totalsOptions.totalInvoiceValueFc = totalInvoiceValueFc;
  return { ...header, lines: built, totals: computeTotals(built, totalsOptions) };
}
