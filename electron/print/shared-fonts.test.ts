import { inflateSync } from 'node:zlib';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, loadFonts } from './fonts';
import { invoiceDocument, renderInvoicePdf, renderInvoicesPdf } from './render';
import { sharedFontParses, sharedLayoutWords } from './shared-fonts';
import { testInvoice } from './test-invoice';
import { expectSamePages, pdfText, timeless } from './test-pdf';

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

/** The embedded TrueType programs (FontFile2 streams), inflated, in object order. */
function fontPrograms(pdf: Buffer): Buffer[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/FontFile2 (\d+) 0 R/g)].map(([, id]) => {
    const at = text.indexOf(`\n${id} 0 obj\n`);
    const dict = text.slice(at, text.indexOf('>>', at));
    expect(dict).toContain('/Filter /FlateDecode');
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const start = text.indexOf('stream\n', at) + 'stream\n'.length;
    return inflateSync(pdf.subarray(start, start + length));
  });
}

/** An invoice printed only in common characters (ASCII and ₹), with no watermark. */
const COMMON_ONLY = [testInvoice(4, 1), testInvoice(8, 1)];
/** One with characters outside the common set (½, Ø, №) and the sandbox watermark. */
const WITH_OTHERS = testInvoice(3, 4);

describe('shared fonts', () => {
  it('draws the very page stock pdfmake draws, with the same text, before and after other documents', async () => {
    for (const invoice of [COMMON_ONLY[0]!, WITH_OTHERS]) {
      const stock = await stockPdf(invoiceDocument([invoice]));
      const first = await renderInvoicePdf(invoice);
      for (let n = 0; n < 3; n++) await renderInvoicePdf(testInvoice(10 + n));
      const later = await renderInvoicePdf(invoice);
      expect(timeless(later)).toBe(timeless(first));
      // Glyph numbers differ (the subset starts with the common glyphs), nothing else may.
      expectSamePages(first, stock);
      expect(pdfText(first, 'raw')).toBe(pdfText(stock, 'raw'));
      expect(pdfText(first)).toContain(invoice.lines[0]!.description);
    }
  });

  it('embeds one font program for every invoice in common characters, and its own for others', async () => {
    const [a, b] = await Promise.all(COMMON_ONLY.map((invoice) => renderInvoicePdf(invoice)));
    const programs = fontPrograms(a!);
    expect(programs).toHaveLength(2); // regular and bold
    expect(fontPrograms(b!)).toEqual(programs);
    const others = fontPrograms(await renderInvoicePdf(WITH_OTHERS));
    expect(others).toHaveLength(2);
    const glyphs = (program: Buffer) => {
      // A TrueType file's glyph count: `maxp` table, bytes 4–5 (found in the table directory).
      for (let i = 0, tables = program.readUInt16BE(4); i < tables; i++) {
        const at = 12 + i * 16;
        if (program.toString('latin1', at, at + 4) === 'maxp')
          return program.readUInt16BE(program.readUInt32BE(at + 8) + 4);
      }
      throw new Error('no maxp table');
    };
    // .notdef, 95 ASCII and 11 more characters (parts of composite glyphs would come along).
    for (const program of programs) expect(glyphs(program)).toBeGreaterThanOrEqual(107);
    // Regular draws ½ Ø № on top of the common glyphs: a bigger program of its own; bold
    // prints only common characters there and shares the common program.
    const own = others.filter((program) => !programs.some((common) => common.equals(program)));
    expect(own).toHaveLength(1);
    expect(glyphs(own[0]!)).toBeGreaterThanOrEqual(107 + 3);
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
