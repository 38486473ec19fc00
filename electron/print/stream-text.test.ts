import documentModule from 'pdfmake/js/PDFDocument.js';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderInvoicePdf } from './render';
import { pdfmakeDocumentClass } from './shared-fonts';
import { installStreamText, referenceClass, stockStreamWrites } from './stream-text';
import { testInvoice } from './test-invoice';
import { pdfText } from './test-pdf';

const documentClass = pdfmakeDocumentClass(documentModule);

/**
 * The PDF as what it says: every deflated stream inflated (its /Length and the xref offsets,
 * which follow from the compressed size, left out), without the creation date and file ID.
 */
function readable(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const parts: string[] = [];
  const streamAt = /\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g;
  let from = 0;
  for (let match = streamAt.exec(text); match; match = streamAt.exec(text)) {
    const start = match.index + match[0].length;
    const length = Number(match[1]);
    parts.push(
      text.slice(from, match.index),
      inflateSync(pdf.subarray(start, start + length)).toString('latin1'),
    );
    from = start + length;
    streamAt.lastIndex = from;
  }
  parts.push(text.slice(from, text.indexOf('xref', from)));
  return parts.map((part) => part.replace(/\(D:\d{14}Z\)/g, '(D:)'));
}

describe('stream text', () => {
  it('is installed over the pdfkit version it was reviewed against', () => {
    // Fails after a pdfkit upgrade: review stream-text.ts against the new PDFReference and update
    // its hashes (until then pdfkit makes a Buffer per operator, as before).
    expect(installStreamText(documentClass)).toBe(true);
    expect(stockStreamWrites(documentClass)).not.toBeNull();
  });

  it("writes the PDF pdfkit's own stream writes give, with the same streams inside", async () => {
    installStreamText(documentClass);
    const stock = stockStreamWrites(documentClass)!;
    const proto = referenceClass(documentClass)!.prototype;
    const mine = { write: proto.write, finalize: proto.finalize };
    // Two pages, a watermark, the QR image and both font programs (binary chunks between text).
    const invoices = [testInvoice(5, 45), testInvoice(6, 2)];
    const withText = await Promise.all(invoices.map((invoice) => renderInvoicePdf(invoice)));
    Object.assign(proto, stock);
    let withBuffers: Buffer[];
    try {
      withBuffers = await Promise.all(invoices.map((invoice) => renderInvoicePdf(invoice)));
    } finally {
      Object.assign(proto, mine);
    }
    expect(mine.write).not.toBe(stock.write);
    withText.forEach((pdf, i) => {
      const mine = readable(pdf);
      const theirs = readable(withBuffers[i]!);
      // Page contents, two ToUnicode maps and two font programs: five streams or more, each
      // with the text before it.
      expect(mine.length).toBeGreaterThanOrEqual(11);
      expect(mine).toEqual(theirs);
      expect(pdfText(pdf)).toContain(invoices[i]!.docNo);
    });
  });
});
