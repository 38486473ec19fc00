/**
 * The register as CSV for spreadsheets. Amounts in rupees with two decimals and dates as
 * dd/mm/yyyy (what an Indian spreadsheet user types); cells that a spreadsheet would run as a
 * formula are prefixed with an apostrophe (CSV injection).
 */
import type { InvoiceRow } from '../../shared/api';

const HEADER = [
  'Document type',
  'Document no',
  'Date',
  'Buyer',
  'Buyer GSTIN',
  'Total (INR)',
  'Status',
  'IRN',
  'Ack no',
  'Ack date',
];

function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rupees(paise: number): string {
  const sign = paise < 0 ? '-' : '';
  const abs = Math.abs(paise);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function registerCsv(rows: readonly InvoiceRow[]): string {
  const lines = [HEADER.map(cell).join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.docType,
        r.docNo,
        r.docDate,
        r.buyerName,
        r.buyerGstin,
        rupees(r.totalPaise),
        r.status,
        r.irn,
        r.ackNo,
        r.ackDt,
      ]
        .map((v, i) => (i === 5 ? v : cell(v)))
        .join(','),
    );
  }
  // BOM: Excel reads UTF-8 (₹, names in Indian scripts) correctly only with it.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
