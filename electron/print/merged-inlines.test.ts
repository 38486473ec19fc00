import rendererModule from 'pdfmake/js/Renderer.js';
import { describe, expect, it } from 'vitest';
import { installMergedInlines, joinedInlines, stockRenderLine } from './merged-inlines';
import { renderInvoicePdf } from './render';
import { testInvoice } from './test-invoice';
import { expectSamePages, pdfPages } from './test-pdf';

type RenderLine = (line: unknown, x: number, y: number) => unknown;
const mod = rendererModule as { default?: { prototype: { renderLine: RenderLine } } } & {
  prototype: { renderLine: RenderLine };
};
const Renderer = mod.default ?? mod;

const font = { id: 'F1' };
function word(text: string, x: number, width: number, extra: Record<string, unknown> = {}) {
  return { text, x, width, height: 10, font, fontSize: 8, color: 'black', opacity: 1, ...extra };
}

/** Runs `run` with pdfmake's own word-by-word renderLine. */
async function withStockRenderLine<T>(run: () => Promise<T>): Promise<T> {
  const joined = Renderer.prototype.renderLine;
  Renderer.prototype.renderLine = stockRenderLine(rendererModule) as unknown as RenderLine;
  try {
    return await run();
  } finally {
    Renderer.prototype.renderLine = joined;
  }
}

describe('joined inlines', () => {
  it('is installed over the pdfmake version it was reviewed against', () => {
    // Fails after a pdfmake upgrade: review merged-inlines.ts against the new Renderer.js and
    // update its hash (until then pdfmake draws word by word).
    expect(installMergedInlines(rendererModule)).toBe(true);
    expect(stockRenderLine(rendererModule)).toBeTypeOf('function');
  });

  it('joins words that follow each other in one style, and nothing else', () => {
    const line = {
      inlines: [
        word('Cotton ', 10, 30),
        word('fabric ', 40, 28),
        word('grey ', 68, 20, { color: '#555555' }),
        word('gap ', 98, 15), // justified: starts 10 pt after the previous word ends
        word('next', 113, 16),
      ],
    };
    const joined = joinedInlines(line);
    expect(joined.map((i) => [i.text, i.x, i.width])).toEqual([
      ['Cotton fabric ', 10, 58],
      ['grey ', 68, 20],
      ['gap next', 98, 31],
    ]);
    // The line's own words are untouched (pdfmake may read them again).
    expect(line.inlines[0]!.text).toBe('Cotton ');

    for (const special of [
      { link: 'https://x' },
      { decoration: 'underline' },
      { background: 'yellow' },
      { sup: true },
    ]) {
      const withSpecial = { inlines: [word('a ', 0, 5), word('b', 5, 5, special)] };
      expect(joinedInlines(withSpecial)).toBe(withSpecial.inlines);
    }
    const destination = { id: 'anchor', inlines: [word('a ', 0, 5), word('b', 5, 5)] };
    expect(joinedInlines(destination)).toBe(destination.inlines);
    const otherSize = { inlines: [word('a ', 0, 5), word('b', 5, 5, { fontSize: 9 })] };
    expect(joinedInlines(otherSize)).toBe(otherSize.inlines);
  });

  it("draws every page pixel for pixel as pdfmake's own renderer, with the same text", async () => {
    installMergedInlines(rendererModule);
    // Two pages, the sandbox watermark, right-aligned amounts, grey labels, ½ Ø № in descriptions.
    const invoice = testInvoice(5, 45);
    const joined = await renderInvoicePdf(invoice, {});
    const stock = await withStockRenderLine(() => renderInvoicePdf(invoice, {}));
    expect(pdfPages(stock)).toHaveLength(2);
    expectSamePages(joined, stock);
    expect(pdfPages(joined, 'raw')).toEqual(pdfPages(stock, 'raw'));
    // Content streams are deflated; what is drawn shows in the size.
    expect(joined.length).toBeLessThan(stock.length);
  });
});
