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

/** An IRP date-time ("2025-04-02 11:05:00") as printed (dd/mm/yyyy hh:mm IST); unparsable text as it is. */
export function irpDateTime(text: string | null): string {
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

/** One column of the item table: what it is headed, how wide it is, and what each line shows. */
export interface ItemColumn {
  /** The column's header, or with `group` its sub-header under the group's (e.g. CGST › Rate). */
  head: string;
  group?: string;
  /** Text width in points ('*' takes what is left); cells add their padding. */
  width: number | '*';
  right: boolean;
  text(line: PrintableLine): string;
}

/**
 * The item table's columns for `p`: the tax heads its supply needs, and the discount column only
 * when a line has one (Rule 46 asks for the discount "if any"). The bench's HTML reference lays
 * out the same columns.
 */
export function itemColumns(p: PrintableInvoice): ItemColumn[] {
  const heads = taxHeads(p);
  const intra = (l: PrintableLine) =>
    l.cgstPaise !== 0 || l.sgstPaise !== 0 || (heads.cgstSgst && l.igstPaise === 0);
  const column = (head: string, width: number | '*', right: boolean, text: ItemColumn['text']) => ({
    head,
    width,
    right,
    text,
  });
  const columns: ItemColumn[] = [
    column('#', 12, false, (l) => l.serialNo),
    column('Description', '*', false, (l) => l.description),
    column('HSN/SAC', 36, false, (l) => l.hsn),
    column('Qty', 34, true, (l) => (l.quantityMilli !== undefined ? milli(l.quantityMilli) : '')),
    column('Unit', 24, false, (l) => l.unit ?? ''),
    column('Rate (₹)', 44, true, (l) => milli(l.unitPriceMilli, 2)),
  ];
  if (p.lines.some((l) => l.discountPaise !== 0))
    columns.push(column('Discount (₹)', 38, true, (l) => (l.discountPaise ? amount(l.discountPaise) : '')));
  columns.push(column('Taxable value (₹)', 50, true, (l) => amount(l.taxablePaise)));
  const taxHead = (
    group: string,
    shown: (l: PrintableLine) => boolean,
    share: number,
    tax: 'cgstPaise' | 'sgstPaise' | 'igstPaise',
  ) =>
    columns.push(
      { group, ...column('Rate', 24, true, (l) => (shown(l) ? percent(l.gstRateMilli / share) : '')) },
      { group, ...column('Amount (₹)', 42, true, (l) => (shown(l) ? amount(l[tax]) : '')) },
    );
  if (heads.cgstSgst) {
    taxHead('CGST', intra, 2, 'cgstPaise');
    taxHead('SGST/UTGST', intra, 2, 'sgstPaise');
  }
  if (heads.igst) taxHead('IGST', (l) => !intra(l) || !heads.cgstSgst, 1, 'igstPaise');
  if (heads.cess) columns.push(column('Cess (₹)', 38, true, (l) => amount(l.cessPaise)));
  columns.push(column('Total (₹)', 52, true, (l) => amount(l.totalPaise)));
  return columns;
}

/** How many columns from `i` on share column i's group (1 for a column of its own). */
export function groupSpan(columns: readonly ItemColumn[], i: number): number {
  let n = 1;
  while (columns[i]!.group && columns[i + n]?.group === columns[i]!.group) n++;
  return n;
}

function itemTable(p: PrintableInvoice): Content {
  const columns = itemColumns(p);
  // Two header rows: a column of its own spans both; a group's name spans its columns above
  // their sub-headers.
  const row1: TableCell[] = [];
  const row2: TableCell[] = [];
  columns.forEach((c, i) => {
    if (!c.group) {
      row1.push({ text: c.head, rowSpan: 2, style: 'th' });
      row2.push({ text: '' });
      return;
    }
    if (columns[i - 1]?.group !== c.group)
      row1.push({ text: c.group, colSpan: groupSpan(columns, i), style: 'th' });
    else row1.push({ text: '' });
    row2.push({ text: c.head, style: 'th' });
  });
  const widths = columns.map((c) => c.width);
  const body: TableCell[][] = [row1, row2];
  for (const l of p.lines)
    body.push(columns.map((c) => (c.right ? { text: c.text(l), alignment: 'right' } : { text: c.text(l) })));
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

/** The totals above the invoice value, in paise: the tax heads shown, then whatever is non-zero. */
export function totalsRows(p: PrintableInvoice): Array<[string, number]> {
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
  return rows;
}

function totalsTable(p: PrintableInvoice): Content {
  const t = p.totals;
  const body: TableCell[][] = totalsRows(p).map(([name, value]) => [
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
