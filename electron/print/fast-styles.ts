/**
 * pdfmake's style lookups without their per-call allocations.
 *
 * Why: pdfmake asks about 25 style properties of every word it measures (font, bold, colour,
 * decoration, link…), and each question (`StyleContextStack.getStyleProperty`) pushes the word
 * onto the style stack, calls back through a new closure, and walks the stack with another new
 * closure and a new `Set` for every named style on it. That was a tenth of an invoice's render
 * time. The replacements below give the same answer for every question (same order: the item,
 * its named styles last to first, then the stack top down, then the default style; `extends`
 * followed with the same cycle guard) without pushing, popping or allocating.
 *
 * They replace pdfmake's code only when that code is exactly the version they were written
 * against (a SHA-256 of the two functions' source): any other pdfmake keeps its own, slower
 * lookups and prints the same. `fast-styles.test.ts` fails on such an upgrade, so that the
 * replacement is reviewed, and checks the answers against pdfmake's own on random style stacks.
 */
import { exportedClass, sourceHash } from './module-internals';

type StyleName = unknown;
type StyleDictionary = Record<string, Record<string, unknown> | undefined>;

/** The parts of pdfmake's StyleContextStack this module (and word-styles.ts) reads. */
export interface StyleStackLike {
  styleDictionary: StyleDictionary;
  defaultStyle?: Record<string, unknown>;
  styleOverrides: unknown[];
}

export interface StyleStackClass {
  prototype: { getProperty(this: StyleStackLike, property: string): unknown };
  getStyleProperty(
    item: unknown,
    stack: StyleStackLike | null | undefined,
    property: string,
    defaultValue: unknown,
  ): unknown;
}

/** SHA-256 of pdfmake 0.3.11's `getStyleProperty` and `getProperty` source. */
const REVIEWED = {
  getStyleProperty: 'ca42470130b7e9d113f844c4a81996338f2911687b20ab0b4c78d9d3be652193',
  getProperty: '1f44d5be2de5a5d4de85f8a59689ae9d8c9a46191b01a8f18f5406d5b48810c9',
};

/** pdfmake's test for a style setting that counts (`isValue`): anything but undefined and null. */
export const isValue = (v: unknown): boolean => v !== undefined && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string' || v instanceof String;

/** A named style's property, following `extends` (later parents first), each style once. */
function fromStyle(
  dictionary: StyleDictionary,
  name: StyleName,
  property: string,
  visited?: Set<StyleName>,
): unknown {
  if (visited?.has(name)) return undefined;
  const style = dictionary[name as string];
  if (!style) return undefined;
  const value = style[property];
  if (isValue(value)) return value;
  if (style['extends']) {
    // Only styles that extend others need the cycle guard pdfmake keeps for every lookup.
    const seen = visited ?? new Set<StyleName>();
    seen.add(name);
    const parents = Array.isArray(style['extends']) ? style['extends'] : [style['extends']];
    for (let i = parents.length - 1; i >= 0; i--) {
      const inherited = fromStyle(dictionary, parents[i], property, seen);
      if (isValue(inherited)) return inherited;
    }
  }
  return undefined;
}

function getProperty(this: StyleStackLike, property: string): unknown {
  const overrides = this.styleOverrides;
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0; i--) {
      const item = overrides[i];
      const value = isString(item)
        ? fromStyle(this.styleDictionary, item, property)
        : (item as Record<string, unknown>)[property];
      if (isValue(value)) return value;
    }
  }
  return this.defaultStyle && this.defaultStyle[property];
}

function getStyleProperty(
  item: unknown,
  stack: StyleStackLike | null | undefined,
  property: string,
  defaultValue: unknown,
): unknown {
  const record = item as Record<string, unknown>;
  let value = record[property];
  if (isValue(value)) return value;
  if (!stack) return defaultValue;
  // What pdfmake's autopush would have put above the stack: the item's named styles (the item
  // itself was just asked). Strings and sections push nothing.
  if (!isString(item) && typeof record['section'] === 'undefined' && record['style']) {
    const names = Array.isArray(record['style']) ? record['style'] : [record['style']];
    for (let i = names.length - 1; i >= 0; i--) {
      const name = names[i];
      value = isString(name)
        ? fromStyle(stack.styleDictionary, name, property)
        : (name as Record<string, unknown>)[property];
      if (isValue(value)) return value;
    }
  }
  value = getProperty.call(stack, property);
  return isValue(value) ? value : defaultValue;
}

/** The StyleContextStack class, reached through Babel's CommonJS interop. */
export function styleStackClass(module: unknown): StyleStackClass | null {
  return exportedClass<StyleStackClass>(
    module,
    (c) => typeof c['getStyleProperty'] === 'function' && typeof c.prototype?.['getProperty'] === 'function',
  );
}

interface Lookups {
  getStyleProperty: StyleStackClass['getStyleProperty'];
  getProperty: StyleStackClass['prototype']['getProperty'];
}

/**
 * Kept on the class: pdfmake's own lookups, marking it as done. On the class rather than in this
 * module because a module may be loaded twice (test isolation, two bundles) over one pdfmake.
 */
const STOCK = Symbol.for('einvoice-desk.print.stockStyleLookups');

type Marked = StyleStackClass & { [STOCK]?: Lookups };

/**
 * Whether `pdfmake/js/StyleContextStack.js` is the version reviewed here (its lookups replaced
 * already, or still the reviewed source): word-styles.ts reads the stack's levels on that basis.
 */
export function styleStackReviewed(styleStackModule: unknown): boolean {
  const cls = styleStackClass(styleStackModule) as Marked | null;
  if (!cls) return false;
  return (
    Boolean(cls[STOCK]) ||
    (sourceHash(cls.getStyleProperty) === REVIEWED.getStyleProperty &&
      sourceHash(cls.prototype.getProperty) === REVIEWED.getProperty)
  );
}

/**
 * Installs the lookups on `pdfmake/js/StyleContextStack.js` as the caller loaded it, if it is the
 * reviewed version. Returns whether they are in place.
 */
export function installFastStyles(styleStackModule: unknown): boolean {
  const cls = styleStackClass(styleStackModule) as Marked | null;
  if (!cls) return false;
  if (cls[STOCK]) return true;
  if (!styleStackReviewed(styleStackModule)) return false;
  cls[STOCK] = { getStyleProperty: cls.getStyleProperty, getProperty: cls.prototype.getProperty };
  cls.getStyleProperty = getStyleProperty;
  cls.prototype.getProperty = getProperty;
  return true;
}

/** pdfmake's own lookups once replaced (for tests that compare answers), else null. */
export function stockStyleLookups(styleStackModule: unknown): Lookups | null {
  return (styleStackClass(styleStackModule) as Marked | null)?.[STOCK] ?? null;
}
