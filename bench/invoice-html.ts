/**
 * The print benchmark's reference: the same e-invoice as electron/print/layout.ts lays out, as a
 * print-ready HTML page for Chromium's page.pdf(). Same parts in the same order (title, e-invoice
 * block with the QR code, parties, particulars, item table with its two header rows, amount in
 * words and totals, signature block, watermark, "Page x of y" footer), the same font and sizes,
 * so that both engines draw the same page. Bench-only: the app prints with pdfmake.
 */
import { formatRupees } from '../shared/format/indian';
import {
  CANCELLED_WATERMARK,
  groupSpan,
  irpDateTime,
  itemColumns,
  SANDBOX_WATERMARK,
  totalsRows,
} from '../electron/print/layout';
import type { PrintableInvoice, PrintableParty } from '../electron/print/printable';
import { qrImage } from '../electron/print/qr-image';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function party(title: string, p: PrintableParty): string {
  const lines = [
    `<div class=label>${title}</div>`,
    `<div class=name>${esc(p.legalName)}</div>`,
    p.tradeName && p.tradeName !== p.legalName ? `<div>${esc(p.tradeName)}</div>` : '',
    ...p.addressLines.map((l) => `<div>${esc(l)}</div>`),
    `<div><span class=grey>GSTIN: </span><b>${p.gstin}</b></div>`,
    `<div><span class=grey>State: </span>${esc(p.stateName)} (code ${p.stateCode})</div>`,
  ];
  const contact = [p.phone, p.email].filter(Boolean).join(' · ');
  if (contact) lines.push(`<div>${esc(contact)}</div>`);
  return `<td>${lines.join('')}</td>`;
}

function eInvoiceBlock(p: PrintableInvoice): string {
  const qr = p.irn ? qrImage(p.irn.signedQrCode) : null;
  const facts: string[] = [];
  if (p.irn) {
    facts.push(
      `<div class=label>IRN</div><div class=irn>${p.irn.irn}</div>`,
      `<div><span class=grey>Ack No: </span><b>${p.irn.ackNo}</b><span class=gap></span><span class=grey>Ack Date: </span>${irpDateTime(p.irn.ackDt)}</div>`,
    );
    if (p.irn.status === 'CNL') facts.push('<div class=red>IRN cancelled</div>');
  } else {
    facts.push('<div class=red>No IRN has been generated for this document.</div>');
  }
  if (p.ewayBill) {
    const e = p.ewayBill;
    facts.push(
      `<div class=ewb><div><span class=grey>E-way bill No: </span><b>${e.ewbNo}</b>${e.status === 'CNL' ? ' <span class=red>(cancelled)</span>' : ''}</div>`,
      `<div><span class=grey>Generated: </span>${irpDateTime(e.ewbDate)}</div>`,
      `<div><span class=grey>Valid till: </span>${e.validTill ? irpDateTime(e.validTill) : 'Part-A only (no vehicle yet)'}</div>`,
      `<div><span class=grey>Distance: </span>${e.distanceKm} km${e.vehicleNo ? `   Vehicle: ${esc(e.vehicleNo)}` : ''}</div></div>`,
    );
  }
  if (p.sandbox) facts.push('<div class="red ewb">Issued by a sandbox IRP: not a valid tax invoice.</div>');
  const image = qr ? `<img class=qr src="${qr.dataUrl}" style="width:${qr.sizePt}pt">` : '';
  return `<div class=einv><div class=facts>${facts.join('')}</div>${image}</div>`;
}

function itemTable(p: PrintableInvoice): string {
  const columns = itemColumns(p);
  let row1 = '';
  let row2 = '';
  columns.forEach((c, i) => {
    if (!c.group) row1 += `<th rowspan=2>${c.head}</th>`;
    else {
      if (columns[i - 1]?.group !== c.group) row1 += `<th colspan=${groupSpan(columns, i)}>${c.group}</th>`;
      row2 += `<th>${c.head}</th>`;
    }
  });
  // The pdfmake table's column widths are text widths (cells add 4 pt of padding); '*' takes the rest.
  const cols = columns
    .map((c) => (c.width === '*' ? '<col>' : `<col style="width:${c.width + 4.5}pt">`))
    .join('');
  const rows = p.lines.map(
    (l) =>
      `<tr>${columns.map((c) => `<td${c.right ? ' class=r' : ''}>${esc(c.text(l))}</td>`).join('')}</tr>`,
  );
  return `<table class=items><colgroup>${cols}</colgroup><thead><tr>${row1}</tr><tr>${row2}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function totals(p: PrintableInvoice): string {
  const body = totalsRows(p).map(
    ([name, value]) => `<tr><td>${name}</td><td class=r>${formatRupees(value)}</td></tr>`,
  );
  body.push(
    `<tr class=grand><td>Total invoice value</td><td class=r>${formatRupees(p.totals.totalInvoiceValue)}</td></tr>`,
  );
  return `<table class=totals>${body.join('')}</table>`;
}

function notes(p: PrintableInvoice): string {
  let out = `<div class=label>Amount in words</div><div class=words>${esc(p.amountInWords)}</div>`;
  if (p.precedingDocuments.length)
    out += `<div class=label>Against</div><div>${p.precedingDocuments.map((d) => `${esc(d.number)} dated ${d.date}`).join(', ')}</div>`;
  if (p.remarks) out += `<div class=label>Remarks</div><div>${esc(p.remarks)}</div>`;
  return out;
}

/** The page, and the footer template page.pdf() draws on every page. */
export function invoiceHtml(p: PrintableInvoice): { html: string; footerTemplate: string } {
  const watermark = p.cancelled ? CANCELLED_WATERMARK : p.sandbox ? SANDBOX_WATERMARK : null;
  const cell = (name: string, value: string) =>
    `<div><div class=label>${name}</div><b>${esc(value)}</b></div>`;
  const extra = [
    p.dispatchFrom
      ? `<div><div class=label>Dispatch from</div><b>${esc(p.dispatchFrom.name)}</b>${p.dispatchFrom.addressLines.map((l) => `<div>${esc(l)}</div>`).join('')}</div>`
      : '',
    p.shipTo
      ? `<div><div class=label>Ship to</div><b>${esc(p.shipTo.name)}</b>${p.shipTo.addressLines.map((l) => `<div>${esc(l)}</div>`).join('')}${p.shipTo.gstin ? `<div>GSTIN: ${p.shipTo.gstin}</div>` : ''}</div>`
      : '',
  ].join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 28pt 28pt 36pt 28pt; }
    body { margin: 0; font: 8pt/1.28 'DejaVu Sans', sans-serif; } /* pdfmake: 1.1 × the font's own 1.164 */
    .grey, .label { color: #555; } .label { font-size: 7pt; } .red { color: #c00000; font-weight: bold; }
    .title { display: flex; justify-content: space-between; margin-bottom: 8pt; }
    .title h1 { font-size: 15pt; margin: 0; } .title span { color: #555; font-size: 9pt; margin-top: 4pt; }
    .einv { display: flex; gap: 12pt; margin-bottom: 8pt; } .facts { flex: 1; } .irn { font: bold 7pt 'DejaVu Sans'; margin-bottom: 3pt; }
    .gap { display: inline-block; width: 12pt; } .ewb { margin-top: 6pt; }
    table { border-collapse: collapse; width: 100%; }
    .parties td { border: 0.5pt solid #999; padding: 4pt 5pt; width: 50%; vertical-align: top; } .name { font-weight: bold; font-size: 9pt; }
    .details { display: flex; gap: 8pt; margin-top: 8pt; } .details > div { flex: 1; }
    .extra { display: flex; gap: 16pt; margin-top: 6pt; }
    .items { margin-top: 6pt; font-size: 6.5pt; table-layout: fixed; } .items td, .items th { border: 0.5pt solid #999; padding: 1.5pt 2pt; }
    .items th { background: #eee; font-weight: bold; text-align: center; } .items tr { break-inside: avoid; }
    thead { display: table-header-group; } .r { text-align: right; }
    .bottom { display: flex; gap: 16pt; margin-top: 8pt; break-inside: avoid; } .bottom > div:first-child { flex: 1; }
    .words { font-weight: bold; font-size: 8.5pt; margin-bottom: 6pt; } .totals { width: 220pt; } .totals td { padding: 1pt 4pt; }
    .grand td { font-weight: bold; border-top: 0.8pt solid black; }
    .sign { display: flex; margin-top: 18pt; break-inside: avoid; } .sign .note { flex: 1; color: #555; font-size: 7pt; margin-top: 30pt; }
    .sign .who { width: 200pt; text-align: right; font-size: 8.5pt; } .sign .who div:last-child { margin-top: 22pt; }
    .watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-50deg);
      color: #c00000; opacity: 0.14; font-weight: bold; font-size: ${p.cancelled ? 80 : 28}pt; }
  </style></head><body>
    ${watermark ? `<div class=watermark>${watermark}</div>` : ''}
    <div class=title><h1>${esc(p.title.toUpperCase())}</h1><span>e-Invoice</span></div>
    ${eInvoiceBlock(p)}
    <table class=parties><tr>${party('Supplier', p.seller)}${party('Recipient', p.buyer)}</tr></table>
    <div class=details>${cell(`${p.title} No`, p.docNo)}${cell('Date', p.docDate)}${cell('Place of supply', `${p.placeOfSupply.name} (${p.placeOfSupply.code})`)}${cell('Reverse charge', p.reverseCharge ? 'Yes' : 'No')}${cell('Supply type', p.supplyType)}</div>
    ${extra ? `<div class=extra>${extra}</div>` : ''}
    ${itemTable(p)}
    <div class=bottom><div>${notes(p)}</div><div>${totals(p)}</div></div>
    <div class=sign><div class=note>This is a computer-generated e-invoice; its authenticity can be checked by scanning the QR code.</div>
      <div class=who><div><b>For ${esc(p.seller.legalName)}</b></div><div>Authorised signatory</div></div></div>
  </body></html>`;
  const footerTemplate = `<div style="font: 7pt 'DejaVu Sans', sans-serif; color: #555; width: 100%; margin: 0 28pt; display: flex; justify-content: space-between;">
    <span>${esc(p.title)} ${esc(p.docNo)} · ${p.seller.gstin}</span><span>Page <span class=pageNumber></span> of <span class=totalPages></span></span></div>`;
  return { html, footerTemplate };
}
