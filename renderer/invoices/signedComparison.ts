/**
 * Key fields of the local document beside the IRP's signed copy (the decoded SignedInvoice),
 * so a difference (an adopted IRN, an edit after sending) stands out.
 */
import type { InvoiceDetailView } from '../../shared/api/types';
import { formatRupees } from '../../shared/format/indian';
import { rupeesToPaise } from '../../shared/money';

export interface ComparisonRow {
  label: string;
  local: string;
  signed: string;
  differs: boolean;
}

function at(data: Record<string, unknown> | null, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function str(value: unknown): string {
  return value === undefined || value === null ? '—' : String(value);
}

function money(value: unknown): string {
  return typeof value === 'number' ? formatRupees(rupeesToPaise(value)) : '—';
}

export function compareSigned(view: InvoiceDetailView): ComparisonRow[] {
  const inv = view.invoice;
  const s = view.signedInvoiceData;
  const totals = view.computed.totals;
  const items = at(s, 'ItemList');
  const rows: Array<[string, string, string]> = [
    ['Seller GSTIN', inv.seller.gstin, str(at(s, 'SellerDtls.Gstin'))],
    ['Seller', inv.seller.legalName, str(at(s, 'SellerDtls.LglNm'))],
    ['Buyer GSTIN', inv.buyer.gstin, str(at(s, 'BuyerDtls.Gstin'))],
    ['Buyer', inv.buyer.legalName, str(at(s, 'BuyerDtls.LglNm'))],
    ['Place of supply', inv.buyer.placeOfSupply, str(at(s, 'BuyerDtls.Pos'))],
    ['Document type', inv.docType, str(at(s, 'DocDtls.Typ'))],
    ['Document number', inv.docNo, str(at(s, 'DocDtls.No'))],
    ['Document date', inv.docDate, str(at(s, 'DocDtls.Dt'))],
    ['Items', String(view.computed.lines.length), Array.isArray(items) ? String(items.length) : '—'],
    ['Taxable value', formatRupees(totals.assessableValue), money(at(s, 'ValDtls.AssVal'))],
    ['IGST', formatRupees(totals.igst), money(at(s, 'ValDtls.IgstVal'))],
    [
      'CGST + SGST',
      formatRupees(totals.cgst + totals.sgst),
      sumMoney(at(s, 'ValDtls.CgstVal'), at(s, 'ValDtls.SgstVal')),
    ],
    ['Invoice total', formatRupees(totals.totalInvoiceValue), money(at(s, 'ValDtls.TotInvVal'))],
  ];
  return rows.map(([label, local, signed]) => ({
    label,
    local,
    signed,
    differs: s !== null && signed !== '—' && signed.toUpperCase() !== local.toUpperCase(),
  }));
}

function sumMoney(a: unknown, b: unknown): string {
  if (typeof a !== 'number' && typeof b !== 'number') return '—';
  return formatRupees(
    rupeesToPaise(typeof a === 'number' ? a : 0) + rupeesToPaise(typeof b === 'number' ? b : 0),
  );
}
