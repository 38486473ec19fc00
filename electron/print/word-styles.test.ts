import styleStackModule from 'pdfmake/js/StyleContextStack.js';
import textInlinesModule from 'pdfmake/js/TextInlines.js';
import { describe, expect, it } from 'vitest';
import { exportedClass } from './module-internals';
import { renderInvoicePdf } from './render';
import { testInvoice } from './test-invoice';
import { installWordStyles, stockMeasure } from './word-styles';
import { pick, random } from './test-random';
import { timeless } from './test-pdf';

type Word = Record<string, unknown> & { text: string };
type Measure = (words: Word[], stack: unknown) => Word[];

interface StackClass {
  new (dictionary: object, defaultStyle?: object): { push(item: unknown): void };
}
interface TextInlinesClass {
  new (pdfDocument: unknown): { measure: Measure };
  prototype: { measure: Measure };
}

const StyleContextStack = exportedClass<StackClass>(styleStackModule, (c) => 'getStyleProperty' in c)!;
const TextInlines = exportedClass<TextInlinesClass>(
  textInlinesModule,
  (c) => typeof c.prototype?.['measure'] === 'function',
)!;

/** Style properties with values that change what is measured (size, spacing, spaces kept…). */
const STYLE_VALUES: Record<string, readonly unknown[]> = {
  font: ['Sans', 'Serif'],
  bold: [true, false, null, undefined],
  fontSize: [6.5, 8, 12, null],
  characterSpacing: [0, 0.5],
  color: ['black', '#555555'],
  lineHeight: [1, 1.1, 1.5],
  sup: [true, false],
  sub: [true],
  decoration: ['underline', null],
  link: ['https://example.org'],
  noWrap: [true, false],
  opacity: [0.5, 1],
  preserveLeadingSpaces: [true, false],
  preserveTrailingSpaces: [true],
  leadingIndent: [0, 4],
  alignment: ['right', 'center'],
};
// Named styles: plain, extending one, extending two, extending itself, and unknown.
const NAMES = ['th', 'grey', 'both', 'loop', 'missing'];

function styleObject(next: () => number, chance: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [property, values] of Object.entries(STYLE_VALUES))
    if (next() < chance) out[property] = pick(next, values);
  return out;
}

/** Words as TextBreaker makes them: mostly bare pieces of a string, some with an inline's style. */
function words(next: () => number): Word[] {
  const texts = ['Cotton ', 'fabric, ', ' grade ', '1', '₹ ', '  lead', 'trail  ', 'Rupees ', ''];
  return Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
    const word: Word = { text: pick(next, texts) };
    if (next() < 0.2) word['lineEnd'] = true;
    if (next() < 0.1) word['noNewLine'] = true;
    const r = next();
    if (r < 0.25) Object.assign(word, styleObject(next, 0.3));
    else if (r < 0.35) word['style'] = next() < 0.5 ? pick(next, NAMES) : [pick(next, NAMES), 'th'];
    else if (r < 0.4) word['style'] = null; // present but empty: no named styles
    if (next() < 0.05) word['section'] = 'words'; // sections push no styles of their own
    return word;
  });
}

/** A font whose sizes depend on its name, boldness and slant. */
class FakeFont {
  private readonly factor: number;
  constructor(readonly key: string) {
    this.factor = key.length / 20;
  }
  widthOfString(text: string, size: number): number {
    return text.length * size * this.factor;
  }
  lineHeight(size: number): number {
    return size * 1.17 * this.factor;
  }
}

/** A stand-in for pdfmake's PDFDocument, with one font object per font, as pdfmake's. */
function fakeDocument() {
  const fonts = new Map<string, FakeFont>();
  return {
    provideFont(font: unknown, bold: unknown, italics: unknown): FakeFont {
      const key = `${String(font)}|${String(bold)}|${String(italics)}`;
      let made = fonts.get(key);
      if (!made) fonts.set(key, (made = new FakeFont(key)));
      return made;
    },
  };
}

describe('shared word styles', () => {
  it('replace the pdfmake version they were reviewed against', () => {
    // Fails after a pdfmake upgrade: review word-styles.ts against the new TextInlines.js and
    // update its REVIEWED_MEASURE hash (until then each word is asked about each property).
    expect(installWordStyles(textInlinesModule, styleStackModule)).toBe(true);
    expect(stockMeasure(textInlinesModule)).toBeTypeOf('function');
  });

  it("measure every word as pdfmake's own measure does, on random texts and style stacks", () => {
    installWordStyles(textInlinesModule, styleStackModule);
    const stock = stockMeasure(textInlinesModule)!;
    const next = random(20261125);
    let compared = 0;
    let bareWords = 0;
    for (let round = 0; round < 500; round++) {
      const dictionary = {
        th: { bold: true, fontSize: 6.5, alignment: 'center', color: null },
        grey: { color: '#555555', extends: 'th' },
        both: { lineHeight: 1.5, extends: ['grey', 'th'] },
        loop: { opacity: 0.5, extends: 'loop' },
      };
      const defaultStyle =
        next() < 0.7 ? { font: 'Sans', fontSize: 8, lineHeight: 1.1, ...styleObject(next, 0.2) } : undefined;
      const stack = new StyleContextStack(dictionary, defaultStyle);
      const depth = Math.floor(next() * 4);
      // Levels as pdfmake pushes them: named styles, and nodes (text, margins…) with some styles.
      for (let i = 0; i < depth; i++)
        stack.push(
          next() < 0.3
            ? next() < 0.8
              ? pick(next, NAMES)
              : new String(pick(next, NAMES)) // pdfmake reads String objects as names too
            : { ...styleObject(next, 0.2), ...(next() < 0.5 ? { text: 'cell', margin: [0, 1, 0, 1] } : {}) },
        );
      const input = words(next);
      const copy = structuredClone(input);
      bareWords += input.filter((w) =>
        Object.keys(w).every((k) => ['text', 'lineEnd', 'noNewLine'].includes(k)),
      ).length;
      const inlines = new TextInlines(fakeDocument());
      const ours = inlines.measure(input, stack);
      const theirs = stock.call(new TextInlines(fakeDocument()) as never, copy as never, stack) as Word[];
      // toEqual: a bare word comes back as a new object that also names the breaker's keys it
      // lacked (lineEnd, noNewLine… as undefined), which pdfmake only tests for truth or copies.
      expect(ours).toEqual(theirs);
      compared += ours.length;
    }
    expect(compared).toBeGreaterThan(1000);
    // Most words are bare pieces of a string (the shared answers), as in an invoice.
    expect(bareWords).toBeGreaterThan(compared / 2);
  });

  it("print byte for byte what pdfmake's own measure prints", async () => {
    installWordStyles(textInlinesModule, styleStackModule);
    const stock = stockMeasure(textInlinesModule)!;
    const shared = TextInlines.prototype.measure;
    // Two pages with the sandbox watermark and the table's named header style; one short invoice.
    for (const invoice of [testInvoice(5, 45), testInvoice(1, 2)]) {
      const withShared = timeless(await renderInvoicePdf(invoice));
      TextInlines.prototype.measure = stock as unknown as Measure;
      try {
        expect(timeless(await renderInvoicePdf(invoice))).toBe(withShared);
      } finally {
        TextInlines.prototype.measure = shared;
      }
    }
  });
});
