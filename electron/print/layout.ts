/**
 * The A4 layout of one e-invoice as a pdfmake section: the e-invoice block (IRN, Ack, signed QR
 * code, e-way bill) on top where officers look for it, the parties, the document particulars,
 * the item table (its header repeats on every page), totals, amount in words and the signature
 * block. Pure: the QR image is drawn beforehand and passed in. Text is at the document's default
 * size (8 pt, render.ts) unless a node says otherwise; containers do not repeat it, as each style
 * a container sets is one more level pdfmake searches for every property of every text inside.
 */
import type { Content, ContentSection, TableCell } from 'pdfmake/interfaces';
import { formatRupees, groupIndian } from '../../shared/format/indian';
import { formatIstDateTime, parseIrpDateTime } from '../../shared/time/ist';
import type { PrintableInvoice, PrintableLine, PrintableParty } from './printable';
import type { QrImage } from './qr-image';

export const SANDBOX_WATERMARK = 'SANDBOX — NOT A VALID TAX INVOICE';
export const CANCELLED_WATERMARK = 'CANCELLED';

const GREY = '#555555';
const LINE = '#999999';

/** 1,23,456.78 without the symbol (table cells); the sign stays. */
export function amount(paise: number): string {
  return formatRupees(paise).replace('₹', '');
}

/** Thousandths to a grouped number with only the decimals it needs (12.5, 100, 0.125). */
export function milli(value: number, minDecimals = 0): string {
  const negative = value < 0;
  const abs = Math.abs(Math.trunc(value));
  let fraction = String(abs % 1000).padStart(3, '0');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const whole = groupIndian(String(Math.floor(abs / 1000)));
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Thousandths of a percent to "18%", "2.5%". */
export function percent(rateMilli: number): string {
  return `${milli(rateMilli)}%`;
}

function irpDateTime(text: string | null): string {
  if (!text) return '';
  const at = parseIrpDateTime(text);
  return at ? formatIstDateTime(at) : text;
}

function label(text: string): Content {
  return { text, color: GREY, fontSize: 7 };
}

function partyBlock(title: string, p: PrintableParty): Content {
  const stack: Content[] = [label(title), { text: p.legalName, bold: true, fontSize: 9 }];
  if (p.tradeName && p.tradeName !== p.legalName) stack.push({ text: p.tradeName });
  for (const line of p.addressLines) stack.push({ text: line });
  stack.push({
    text: [
      { text: 'GSTIN: ', color: GREY },
      { text: p.gstin, bold: true },
    ],
  });
  stack.push({ text: [{ text: 'State: ', color: GREY }, `${p.stateName} (code ${p.stateCode})`] });
  const contact = [p.phone, p.email].filter(Boolean).join(' · ');
  if (contact) stack.push({ text: contact });
  return { stack };
}

interface Heads {
  igst: boolean;
  cgstSgst: boolean;
  cess: boolean;
}

/** Which tax heads the table needs; a nil-tax invoice still shows the head its supply falls under. */
export function taxHeads(p: PrintableInvoice): Heads {
  const any = (pick: (l: PrintableLine) => number) => p.lines.some((l) => pick(l) !== 0);
  let igst = any((l) => l.igstPaise) || p.totals.igst !== 0;
  let cgstSgst = any((l) => l.cgstPaise + l.sgstPaise) || p.totals.cgst + p.totals.sgst !== 0;
  if (!igst && !cgstSgst) {
    if (p.seller.stateCode === p.placeOfSupply.code && p.supplyType === 'B2B') cgstSgst = true;
    else igst = true;
  }
  return { igst, cgstSgst, cess: any((l) => l.cessPaise) || p.totals.cess + p.totals.stateCess !== 0 };
}

function itemTable(p: PrintableInvoice): Content {
  const heads = taxHeads(p);
  const span = (text: string): TableCell => ({ text, rowSpan: 2, style: 'th' });
  // The discount column only when a line has one (Rule 46 asks for the discount "if any").
  const discounts = p.lines.some((l) => l.discountPaise !== 0);
  const row1: TableCell[] = [
    span('#'),
    span('Description'),
    span('HSN/SAC'),
    span('Qty'),
    span('Unit'),
    span('Rate (₹)'),
    ...(discounts ? [span('Discount (₹)')] : []),
    span('Taxable value (₹)'),
  ];
  const row2: TableCell[] = row1.map(() => ({ text: '' }));
  const widths: Array<number | string> = [12, '*', 36, 34, 24, 44, ...(discounts ? [38] : []), 50];
  const headCols = (name: string) => {
    row1.push({ text: name, colSpan: 2, style: 'th' }, { text: '' });
    row2.push({ text: 'Rate', style: 'th' }, { text: 'Amount (₹)', style: 'th' });
    widths.push(24, 42);
  };
  if (heads.cgstSgst) {
    headCols('CGST');
    headCols('SGST/UTGST');
  }
  if (heads.igst) headCols('IGST');
  if (heads.cess) {
    row1.push(span('Cess (₹)'));
    row2.push({ text: '' });
    widths.push(38);
  }
  row1.push(span('Total (₹)'));
  row2.push({ text: '' });
  widths.push(52);

  const body: TableCell[][] = [row1, row2];
  for (const l of p.lines) {
    const row: TableCell[] = [
      { text: l.serialNo },
      { text: l.description },
      { text: l.hsn },
      { text: l.quantityMilli !== undefined ? milli(l.quantityMilli) : '', alignment: 'right' },
      { text: l.unit ?? '' },
      { text: milli(l.unitPriceMilli, 2), alignment: 'right' },
    ];
    if (discounts) row.push({ text: l.discountPaise ? amount(l.discountPaise) : '', alignment: 'right' });
    row.push({ text: amount(l.taxablePaise), alignment: 'right' });
    const intra = l.cgstPaise !== 0 || l.sgstPaise !== 0 || (heads.cgstSgst && l.igstPaise === 0);
    if (heads.cgstSgst) {
      const half = intra ? percent(l.gstRateMilli / 2) : '';
      row.push(
        { text: half, alignment: 'right' },
        { text: intra ? amount(l.cgstPaise) : '', alignment: 'right' },
        { text: half, alignment: 'right' },
        { text: intra ? amount(l.sgstPaise) : '', alignment: 'right' },
      );
    }
    if (heads.igst) {
      const inter = !intra || !heads.cgstSgst;
      row.push(
        { text: inter ? percent(l.gstRateMilli) : '', alignment: 'right' },
        { text: inter ? amount(l.igstPaise) : '', alignment: 'right' },
      );
    }
    if (heads.cess) row.push({ text: amount(l.cessPaise), alignment: 'right' });
    row.push({ text: amount(l.totalPaise), alignment: 'right' });
    body.push(row);
  }
  return {
    table: { headerRows: 2, dontBreakRows: true, widths, body },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => LINE,
      vLineColor: () => LINE,
      fillColor: (row: number) => (row < 2 ? '#eeeeee' : null),
      paddingLeft: () => 2,
      paddingRight: () => 2,
      paddingTop: () => 1.5,
      paddingBottom: () => 1.5,
    },
    fontSize: 6.5,
    margin: [0, 6, 0, 0],
  };
}

function totalsTable(p: PrintableInvoice): Content {
  const t = p.totals;
  const rows: Array<[string, number]> = [['Taxable value', t.assessableValue]];
  const heads = taxHeads(p);
  if (heads.cgstSgst) rows.push(['CGST', t.cgst], ['SGST/UTGST', t.sgst]);
  if (heads.igst) rows.push(['IGST', t.igst]);
  if (t.cess) rows.push(['Cess', t.cess]);
  if (t.stateCess) rows.push(['State cess', t.stateCess]);
  if (t.otherCharges) rows.push(['Other charges', t.otherCharges]);
  if (t.discount) rows.push(['Discount', -t.discount]);
  if (t.roundOff) rows.push(['Round off', t.roundOff]);
  const body: TableCell[][] = rows.map(([name, value]) => [
    { text: name },
    { text: formatRupees(value), alignment: 'right' },
  ]);
  body.push([
    { text: 'Total invoice value', bold: true },
    { text: formatRupees(t.totalInvoiceValue), bold: true, alignment: 'right' },
  ]);
  return {
    table: { widths: ['*', 90], body },
    layout: {
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
        i === node.table.body.length - 1 ? 0.8 : 0,
      vLineWidth: () => 0,
      paddingTop: () => 1,
      paddingBottom: () => 1,
    },
  };
}

function eInvoiceBlock(p: PrintableInvoice, qr: QrImage | null): Content {
  const facts: Content[] = [];
  if (p.irn) {
    facts.push(
      { text: 'IRN', color: GREY, fontSize: 7 },
      { text: p.irn.irn, bold: true, fontSize: 7, margin: [0, 0, 0, 3] },
      {
        columns: [
          {
            width: 'auto',
            text: [
              { text: 'Ack No: ', color: GREY },
              { text: p.irn.ackNo, bold: true },
            ],
          },
          {
            width: '*',
            text: [{ text: 'Ack Date: ', color: GREY }, irpDateTime(p.irn.ackDt)],
            margin: [12, 0, 0, 0],
          },
        ],
      },
    );
    if (p.irn.status === 'CNL') facts.push({ text: 'IRN cancelled', bold: true, color: '#c00000' });
  } else {
    facts.push({ text: 'No IRN has been generated for this document.', bold: true, color: '#c00000' });
  }
  if (p.ewayBill) {
    const e = p.ewayBill;
    facts.push({
      margin: [0, 6, 0, 0],
      stack: [
        {
          text: [
            { text: 'E-way bill No: ', color: GREY },
            { text: e.ewbNo, bold: true },
            e.status === 'CNL' ? { text: '  (cancelled)', color: '#c00000', bold: true } : '',
          ],
        },
        { text: [{ text: 'Generated: ', color: GREY }, irpDateTime(e.ewbDate)] },
        {
          text: [
            { text: 'Valid till: ', color: GREY },
            e.validTill ? irpDateTime(e.validTill) : 'Part-A only (no vehicle yet)',
          ],
        },
        {
          text: [
            { text: 'Distance: ', color: GREY },
            `${e.distanceKm} km`,
            e.vehicleNo ? `   Vehicle: ${e.vehicleNo}` : '',
          ],
        },
      ],
    });
  }
  if (p.sandbox) {
    facts.push({
      text: 'Issued by a sandbox IRP: not a valid tax invoice.',
      color: '#c00000',
      bold: true,
      margin: [0, 6, 0, 0],
    });
  }
  return {
    columns: [
      { width: '*', stack: facts },
      qr ? { width: qr.sizePt, image: qr.dataUrl } : { width: 1, text: '' },
    ] as Content[],
    columnGap: 12,
    margin: [0, 0, 0, 8],
  } as Content;
}

function documentDetails(p: PrintableInvoice): Content {
  const cell = (name: string, value: string): Content => ({
    stack: [label(name), { text: value, bold: true }],
  });
  const cells: Content[] = [
    cell(`${p.title} No`, p.docNo),
    cell('Date', p.docDate),
    cell('Place of supply', `${p.placeOfSupply.name} (${p.placeOfSupply.code})`),
    cell('Reverse charge', p.reverseCharge ? 'Yes' : 'No'),
    cell('Supply type', p.supplyType),
  ];
  return { columns: cells, columnGap: 8, margin: [0, 8, 0, 0] };
}

function extraParties(p: PrintableInvoice): Content[] {
  const blocks: Content[] = [];
  if (p.dispatchFrom) {
    blocks.push({
      stack: [
        label('Dispatch from'),
        { text: p.dispatchFrom.name, bold: true },
        ...p.dispatchFrom.addressLines,
      ],
    });
  }
  if (p.shipTo) {
    blocks.push({
      stack: [
        label('Ship to'),
        { text: p.shipTo.name, bold: true },
        ...p.shipTo.addressLines,
        ...(p.shipTo.gstin ? [`GSTIN: ${p.shipTo.gstin}`] : []),
      ],
    });
  }
  return blocks.length ? [{ columns: blocks, columnGap: 16, margin: [0, 6, 0, 0] }] : [];
}

function notes(p: PrintableInvoice): Content[] {
  const out: Content[] = [
    label('Amount in words'),
    { text: p.amountInWords, bold: true, fontSize: 8.5, margin: [0, 0, 0, 6] },
  ];
  if (p.precedingDocuments.length) {
    out.push(label('Against'), {
      text: p.precedingDocuments.map((d) => `${d.number} dated ${d.date}`).join(', '),
      margin: [0, 0, 0, 6],
    });
  }
  if (p.remarks) out.push(label('Remarks'), { text: p.remarks });
  return out;
}

/** One invoice as a section: it starts on a new page and carries its own watermark and footer. */
export function invoiceSection(p: PrintableInvoice, qr: QrImage | null): ContentSection {
  const watermark = p.cancelled ? CANCELLED_WATERMARK : p.sandbox ? SANDBOX_WATERMARK : null;
  const content: Content[] = [
    {
      columns: [
        { text: p.title.toUpperCase(), bold: true, fontSize: 15 },
        { text: 'e-Invoice', alignment: 'right', color: GREY, fontSize: 9, margin: [0, 4, 0, 0] },
      ],
      margin: [0, 0, 0, 8],
    },
    eInvoiceBlock(p, qr),
    {
      table: {
        widths: ['*', '*'],
        body: [[partyBlock('Supplier', p.seller), partyBlock('Recipient', p.buyer)]],
      },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => LINE,
        vLineColor: () => LINE,
        paddingLeft: () => 5,
        paddingRight: () => 5,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
    },
    documentDetails(p),
    ...extraParties(p),
    itemTable(p),
    {
      columns: [
        { width: '*', stack: notes(p) },
        { width: 220, stack: [totalsTable(p)] },
      ],
      columnGap: 16,
      margin: [0, 8, 0, 0],
      unbreakable: true,
    },
    {
      margin: [0, 18, 0, 0],
      unbreakable: true,
      columns: [
        {
          width: '*',
          text: 'This is a computer-generated e-invoice; its authenticity can be checked by scanning the QR code.',
          color: GREY,
          fontSize: 7,
          margin: [0, 30, 0, 0],
        },
        {
          width: 200,
          alignment: 'right',
          fontSize: 8.5,
          stack: [
            { text: `For ${p.seller.legalName}`, bold: true },
            { text: ' ', margin: [0, 22, 0, 0] },
            { text: 'Authorised signatory' },
          ],
        },
      ],
    },
  ];
  return {
    section: content,
    watermark: watermark
      ? {
          text: watermark,
          color: '#c00000',
          opacity: 0.14,
          bold: true,
          fontSize: p.cancelled ? 80 : 28,
        }
      : null,
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `${p.title} ${p.docNo} · ${p.seller.gstin}`, color: GREY },
        { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right', color: GREY },
      ],
      fontSize: 7,
      margin: [28, 12, 28, 0],
    }),
  };
}
