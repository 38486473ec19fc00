import styleStackModule from 'pdfmake/js/StyleContextStack.js';
import { describe, expect, it } from 'vitest';
import { installFastStyles, stockStyleLookups } from './fast-styles';
import { renderInvoicePdf } from './render';
import { testInvoice } from './test-invoice';
import { pick, random } from './test-random';
import { timeless } from './test-pdf';

interface StackClass {
  new (dictionary: object, defaultStyle?: object): { push(item: unknown): void };
  getStyleProperty(item: unknown, stack: unknown, property: string, defaultValue: unknown): unknown;
  prototype: { getProperty(property: string): unknown };
}

const mod = styleStackModule as { default?: StackClass } & StackClass;
const StyleContextStack: StackClass = mod.default ?? mod;

const PROPERTIES = ['fontSize', 'bold', 'color', 'alignment', 'margin'];
// Every kind of value pdfmake tells apart: absent, null (both "not set"), and falsy values that count.
const VALUES = [undefined, null, 0, false, '', 7, 'red', true];
const NAMES = ['a', 'b', 'c', 'd', 'e', 'missing'];

function props(next: () => number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of PROPERTIES) if (next() < 0.4) out[p] = pick(next, VALUES);
  return out;
}

function styleRef(next: () => number): unknown {
  const r = next();
  if (r < 0.5) return pick(next, NAMES);
  if (r < 0.8) return [pick(next, NAMES), pick(next, NAMES)];
  return props(next); // an inline style object in `style`
}

describe('fast style lookups', () => {
  it('replace the pdfmake version they were reviewed against', () => {
    // Fails after a pdfmake upgrade: review fast-styles.ts against the new StyleContextStack.js
    // and update its REVIEWED hashes (until then printing uses pdfmake's own lookups).
    expect(installFastStyles(styleStackModule)).toBe(true);
    expect(stockStyleLookups(styleStackModule)).not.toBeNull();
  });

  it("answer every question as pdfmake's own lookups do, on random style stacks", () => {
    installFastStyles(styleStackModule);
    const stock = stockStyleLookups(styleStackModule)!;
    const next = random(20261125);
    let compared = 0;
    for (let round = 0; round < 400; round++) {
      // Named styles, some extending others (cycles and unknown names included).
      const dictionary: Record<string, Record<string, unknown>> = {};
      for (const name of NAMES.slice(0, 5)) {
        const style = props(next);
        if (next() < 0.5)
          style['extends'] = next() < 0.5 ? pick(next, NAMES) : [pick(next, NAMES), pick(next, NAMES)];
        dictionary[name] = style;
      }
      const stack = new StyleContextStack(dictionary, next() < 0.7 ? props(next) : undefined);
      const depth = Math.floor(next() * 5);
      for (let i = 0; i < depth; i++)
        stack.push(next() < 0.4 ? pick(next, NAMES) : { ...props(next), style: styleRef(next) });
      const r = next();
      const item =
        r < 0.15
          ? 'plain text'
          : r < 0.3
            ? { section: [], style: styleRef(next), ...props(next) }
            : { text: 'x', ...props(next), ...(next() < 0.6 ? { style: styleRef(next) } : {}) };
      for (const property of PROPERTIES) {
        for (const on of [stack, null]) {
          expect(StyleContextStack.getStyleProperty(item, on, property, 'DEFAULT')).toStrictEqual(
            stock.getStyleProperty(item, on as never, property, 'DEFAULT'),
          );
        }
        expect(StyleContextStack.prototype.getProperty.call(stack, property)).toStrictEqual(
          stock.getProperty.call(stack as never, property),
        );
        compared += 3;
      }
    }
    expect(compared).toBe(400 * PROPERTIES.length * 3);
  });

  it("print byte for byte what pdfmake's own lookups print", async () => {
    installFastStyles(styleStackModule);
    const stock = stockStyleLookups(styleStackModule)!;
    const fast = {
      getStyleProperty: StyleContextStack.getStyleProperty,
      getProperty: StyleContextStack.prototype.getProperty,
    };
    // Sandbox watermark, the item table's named header style, a second page.
    const invoice = testInvoice(5, 45);
    const withFast = timeless(await renderInvoicePdf(invoice));
    StyleContextStack.getStyleProperty = stock.getStyleProperty as StackClass['getStyleProperty'];
    StyleContextStack.prototype.getProperty = stock.getProperty as StackClass['prototype']['getProperty'];
    try {
      expect(timeless(await renderInvoicePdf(invoice))).toBe(withFast);
    } finally {
      StyleContextStack.getStyleProperty = fast.getStyleProperty;
      StyleContextStack.prototype.getProperty = fast.getProperty;
    }
    expect(withFast).toContain('/Count 2');
  });
});
