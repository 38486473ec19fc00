import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, loadFonts } from './fonts';
import { invoiceDocument, renderInvoicePdf, renderInvoicesPdf } from './render';
import { sharedFontParses, sharedLayoutWords } from './shared-fonts';
import { testInvoice } from './test-invoice';
import { pdfText } from './test-pdf';

/** Stock pdfmake, fonts under names shared-fonts.ts does not know: pdfkit parses them per PDF. */
async function stockPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const engine = pdfmake as unknown as {
    virtualfs: { writeFileSync(name: string, content: Buffer): void };
    setFonts(fonts: Record<string, Record<string, string>>): void;
    createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
  };
  const fonts = loadFonts();
  engine.virtualfs.writeFileSync('stock-test/normal.ttf', fonts.normal);
  engine.virtualfs.writeFileSync('stock-test/bold.ttf', fonts.bold);
  engine.setFonts({
    [FONT_FAMILY]: {
      normal: 'stock-test/normal.ttf',
      bold: 'stock-test/bold.ttf',
      italics: 'stock-test/normal.ttf',
      bolditalics: 'stock-test/bold.ttf',
    },
  });
  return engine.createPdf(doc).getBuffer();
}

/** The PDF without what differs between any two runs: the creation date and the file ID. */
function timeless(pdf: Buffer): string {
  return pdf
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID []');
}

describe('shared fonts', () => {
  it('writes byte for byte what stock pdfmake writes, before and after other documents', async () => {
    const invoice = testInvoice(3, 4);
    const stock = timeless(await stockPdf(invoiceDocument([invoice])));
    const first = timeless(await renderInvoicePdf(invoice));
    for (let n = 0; n < 3; n++) await renderInvoicePdf(testInvoice(10 + n));
    const later = timeless(await renderInvoicePdf(invoice));
    expect(stock).toContain('/FontFile2');
    expect(first).toBe(stock);
    expect(later).toBe(stock);
  });

  it('parses each font file once for any number of documents', async () => {
    await renderInvoicePdf(testInvoice(1));
    const parses = sharedFontParses();
    // Regular and bold: a change in pdfmake's hook would show up as 0 here.
    expect(parses).toBe(2);
    await renderInvoicesPdf([testInvoice(2), testInvoice(3)]);
    await renderInvoicePdf(testInvoice(4));
    expect(sharedFontParses()).toBe(parses);
  });

  it('lays out each word once per process: a reprint lays out nothing new, another invoice only its new words', async () => {
    const invoice = testInvoice(21, 3);
    const first = timeless(await renderInvoicePdf(invoice));
    const words = sharedLayoutWords();
    expect(words).toBeGreaterThan(50);
    expect(timeless(await renderInvoicePdf(invoice))).toBe(first);
    expect(sharedLayoutWords()).toBe(words);
    const other = testInvoice(22, 7);
    const otherPdf = pdfText(await renderInvoicePdf(other));
    expect(otherPdf).toContain(other.docNo);
    expect(sharedLayoutWords()).toBeGreaterThan(words);
  });

  it('keeps documents rendered at the same time apart, each with its own glyph subset', async () => {
    const batches = [[0], [1, 2], [3], [4, 5, 6], [7]].map((ns) =>
      ns.map((n) => testInvoice(n, 2 + (n % 3))),
    );
    const together = await Promise.all(batches.map((batch) => renderInvoicesPdf(batch)));
    const alone: Buffer[] = [];
    for (const batch of batches) alone.push(await renderInvoicesPdf(batch));
    together.forEach((pdf, i) => {
      const batch = batches[i]!;
      expect(timeless(pdf)).toBe(timeless(alone[i]!));
      const text = pdfText(pdf);
      for (const invoice of batch) {
        expect(text).toContain(invoice.docNo);
        expect(text).toContain(invoice.buyer.legalName);
        expect(text).toContain(invoice.amountInWords);
        for (const line of invoice.lines) expect(text).toContain(line.description);
      }
      const others = batches.flat().filter((inv) => !batch.includes(inv));
      for (const other of others) expect(text).not.toContain(other.docNo);
    });
  });
});
