/**
 * Words without a style of their own take their text's style, looked up once per text.
 *
 * Why: pdfmake's `TextInlines.measure` asks the style stack 23 questions for every word (font,
 * bold, size, colour, link, opacity…). An invoice has ~210 words in ~100 texts, and nearly all
 * of them are pieces of a plain string ("Vasundhara Textiles Private Limited" is 4 words), so the
 * words of one text ask the same 23 questions of the same stack and get the same answers. With
 * fast-styles.ts, these lookups were still an eighth of the render time. Here a word whose object
 * holds none of those properties (and no `style`) gets the answers worked out for its text's
 * first such word; a word with any of them (an inline such as `{ text: 'x', bold: true }`) is
 * still asked about each property, as pdfmake does. The answers are the same because the stack
 * does not change while one text is measured. And the stack's answers come from one walk over
 * its levels (`flatStack`) rather than 23 walks: half the texts are a single word. A word with
 * settings of its own but no named styles takes each setting from itself, else from that walk.
 *
 * The rest of `measure` is pdfmake's: each word gets the same properties with the same values.
 * A bare piece of a plain string is replaced by a new object that has them all from the start
 * (`freshWord`): growing it by 25 assignments copied its property store again and again (~1 KB
 * a word: measure allocated 217 KB of an invoice's ~2.9 MB, now 68 KB). pdfmake reads words
 * only through the array measure returns. It replaces pdfmake's method only when that method's
 * source is the version this was written against; `word-styles.test.ts` compares its output
 * with pdfmake's on random texts and style stacks.
 */
import {
  isValue,
  styleStackClass,
  styleStackReviewed,
  type StyleStackClass,
  type StyleStackLike,
} from './fast-styles';
import { exportedClass, sourceHash } from './module-internals';

/** A word as `TextBreaker` makes it and `measure` completes it. */
interface Word {
  text: string;
  [property: string]: unknown;
}

interface MeasuredFont {
  lineHeight(fontSize: number): number;
}

interface TextInlinesLike {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): MeasuredFont };
  widthOfText(text: string, word: Word): number;
}

type Measure = (this: TextInlinesLike, words: Word[], styleStack: unknown) => Word[];

interface TextInlinesClass {
  prototype: { measure: Measure };
}

type GetStyleProperty = (item: unknown, stack: unknown, property: string, defaultValue: unknown) => unknown;

/** SHA-256 of pdfmake 0.3.11's `TextInlines.prototype.measure` source. */
const REVIEWED_MEASURE = 'cb17af19531a9de1c73b790bea462553e9c1cce4d9ad1287ffae59aa42c6d87c';

/** pdfmake's own patterns (global: `match` returns the whole run of spaces). */
const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** What `measure` asks about a word, in its order, with pdfmake's defaults. */
function answers(get: GetStyleProperty, item: unknown, stack: unknown) {
  // A literal rather than a loop over names: one object shape, not a dictionary, per text.
  return {
    font: get(item, stack, 'font', 'Roboto'),
    bold: get(item, stack, 'bold', false),
    italics: get(item, stack, 'italics', false),
    alignment: get(item, stack, 'alignment', 'left'),
    fontSize: get(item, stack, 'fontSize', 12) as number,
    fontFeatures: get(item, stack, 'fontFeatures', null),
    characterSpacing: get(item, stack, 'characterSpacing', 0),
    color: get(item, stack, 'color', 'black'),
    decoration: get(item, stack, 'decoration', null),
    decorationColor: get(item, stack, 'decorationColor', null),
    decorationStyle: get(item, stack, 'decorationStyle', null),
    decorationThickness: get(item, stack, 'decorationThickness', null),
    background: get(item, stack, 'background', null),
    link: get(item, stack, 'link', null),
    linkToPage: get(item, stack, 'linkToPage', null),
    linkToDestination: get(item, stack, 'linkToDestination', null),
    noWrap: get(item, stack, 'noWrap', null),
    opacity: get(item, stack, 'opacity', 1),
    sup: get(item, stack, 'sup', false),
    sub: get(item, stack, 'sub', false),
    lineHeight: get(item, stack, 'lineHeight', 1) as number,
    preserveLeadingSpaces: get(item, stack, 'preserveLeadingSpaces', false),
    preserveTrailingSpaces: get(item, stack, 'preserveTrailingSpaces', false),
  };
}

type Answers = ReturnType<typeof answers>;

/** The properties asked about. */
const ASKED = new Set<string>(Object.keys(answers(() => undefined, {}, null)));

/** Keys that make a word's answers its own: any property asked about, or named styles. */
const OWN_STYLE_KEYS = new Set<string>([...ASKED, 'style']);

function hasOwnStyle(word: Word): boolean {
  // pdfmake reads `word[property]`, inherited keys included, so `for…in` (not Object.keys).
  for (const key in word) if (OWN_STYLE_KEYS.has(key)) return true;
  return false;
}

/**
 * The answers the stack gives a bare word, as one map: each level's own settings of the asked
 * properties, upper levels over lower, over the default style. That is what pdfmake's lookup
 * finds (the first level from the top that sets a property, else the default style), from a
 * walk over each level's few keys instead of 23 lookups per level (`for…in` sees what `level[p]`
 * sees: pdfmake's nodes are plain objects, with no non-enumerable or symbol-keyed styles). A
 * named style counts as a level of its own settings (an unknown name as none). Null when a named
 * style extends others: those stacks are asked property by property, as pdfmake asks.
 */
function flatStack(stack: unknown): Map<string, unknown> | null {
  const flat = new Map<string, unknown>();
  const state = stack as StyleStackLike | null | undefined;
  if (!state) return flat;
  const settle = (settings: Record<string, unknown>) => {
    for (const key in settings) if (ASKED.has(key) && isValue(settings[key])) flat.set(key, settings[key]);
  };
  if (state.defaultStyle) settle(state.defaultStyle);
  for (const level of state.styleOverrides) {
    if (typeof level === 'string' || level instanceof String) {
      // A named style reads like a level of its own settings, unless it extends others. (A
      // watermark's stack has no dictionary: pdfmake's own lookup would fail on a name there.)
      const dictionary = state.styleDictionary as StyleStackLike['styleDictionary'] | null;
      if (!dictionary) return null;
      const style = dictionary[String(level)];
      if (!style) continue;
      if (style['extends']) return null;
      settle(style);
    } else if (typeof level === 'object' && level !== null) {
      settle(level as Record<string, unknown>);
    } else {
      return null;
    }
  }
  return flat;
}

const fromFlat: GetStyleProperty = (_item, flat, property, defaultValue) =>
  (flat as Map<string, unknown>).get(property) ?? defaultValue;

/** A word's own setting, else the stack's (for words with settings but no named styles). */
const ownOverFlat: GetStyleProperty = (item, flat, property, defaultValue) => {
  const own = (item as Record<string, unknown>)[property];
  return isValue(own) ? own : ((flat as Map<string, unknown>).get(property) ?? defaultValue);
};

/** Sets the answers on the word itself, in pdfmake's order. */
function styled(word: Word, s: Answers, font: MeasuredFont): Word {
  word['font'] = font;
  word['alignment'] = s.alignment;
  word['fontSize'] = s.fontSize;
  word['fontFeatures'] = s.fontFeatures;
  word['characterSpacing'] = s.characterSpacing;
  word['color'] = s.color;
  word['decoration'] = s.decoration;
  word['decorationColor'] = s.decorationColor;
  word['decorationStyle'] = s.decorationStyle;
  word['decorationThickness'] = s.decorationThickness;
  word['background'] = s.background;
  word['link'] = s.link;
  word['linkToPage'] = s.linkToPage;
  word['linkToDestination'] = s.linkToDestination;
  word['noWrap'] = s.noWrap;
  word['opacity'] = s.opacity;
  word['sup'] = s.sup;
  word['sub'] = s.sub;
  return word;
}

/** The keys TextBreaker and `measure` give a piece of a plain string. */
const BREAKER_KEYS = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent']);

function onlyBreakerKeys(word: Word): boolean {
  for (const key in word) if (!BREAKER_KEYS.has(key)) return false;
  return true;
}

/**
 * A piece of a plain string as one object with every property `measure` and the layout give
 * it: built whole, rather than grown by 25 assignments (each growth copies its property store).
 */
function freshWord(given: Word, s: Answers, font: MeasuredFont): Word {
  return {
    text: given.text,
    lineEnd: given['lineEnd'],
    noNewLine: given['noNewLine'],
    leadingIndent: given['leadingIndent'],
    leadingCut: given['leadingCut'],
    font,
    alignment: s.alignment,
    fontSize: s.fontSize,
    fontFeatures: s.fontFeatures,
    characterSpacing: s.characterSpacing,
    color: s.color,
    decoration: s.decoration,
    decorationColor: s.decorationColor,
    decorationStyle: s.decorationStyle,
    decorationThickness: s.decorationThickness,
    background: s.background,
    link: s.link,
    linkToPage: s.linkToPage,
    linkToDestination: s.linkToDestination,
    noWrap: s.noWrap,
    opacity: s.opacity,
    sup: s.sup,
    sub: s.sub,
    width: 0,
    height: 0,
    trailingCut: 0,
  };
}

function measureWords(styles: StyleStackClass): Measure {
  return function measure(words, styleStack) {
    // The stack measure is given is pdfmake's own; `answers` also takes the one-walk map there.
    const get = styles.getStyleProperty as GetStyleProperty;
    const first = words[0];
    if (first) {
      const leadingIndent = get(first, styleStack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        first['leadingCut'] = -leadingIndent;
        first['leadingIndent'] = leadingIndent;
      }
    }
    // The stack's answers as one map (null: ask it property by property), made at first need.
    let flat: Map<string, unknown> | null | undefined;
    const flatOnce = () => (flat === undefined ? (flat = flatStack(styleStack)) : flat);
    // The answers for words with no style of their own, worked out at the first such word.
    let shared: Answers | null = null;
    for (let i = 0; i < words.length; i++) {
      const given = words[i]!;
      let word: Word;
      let s: Answers;
      if (hasOwnStyle(given)) {
        // Named styles of its own go on top of the stack in pdfmake's lookup: asked as pdfmake asks.
        const stackMap = given['style'] ? null : flatOnce();
        s = stackMap ? answers(ownOverFlat, given, stackMap) : answers(get, given, styleStack);
        word = styled(given, s, this.pdfDocument.provideFont(s.font, s.bold, s.italics));
      } else {
        if (!shared) {
          const stackMap = flatOnce();
          shared = stackMap ? answers(fromFlat, null, stackMap) : answers(get, {}, styleStack);
        }
        s = shared;
        const font = this.pdfDocument.provideFont(s.font, s.bold, s.italics);
        word = onlyBreakerKeys(given) ? (words[i] = freshWord(given, s, font)) : styled(given, s, font);
      }
      if (word['sup'] || word['sub']) (word['fontSize'] as number) *= 0.58;
      word['width'] = this.widthOfText(word.text, word);
      word['height'] = (word['font'] as MeasuredFont).lineHeight(word['fontSize'] as number) * s.lineHeight;
      if (!word['leadingCut']) word['leadingCut'] = 0;
      if (!s.preserveLeadingSpaces) {
        const spaces = word.text.match(LEADING);
        if (spaces) (word['leadingCut'] as number) += this.widthOfText(spaces[0], word);
      }
      word['trailingCut'] = 0;
      if (!s.preserveTrailingSpaces) {
        const spaces = word.text.match(TRAILING);
        if (spaces) word['trailingCut'] = this.widthOfText(spaces[0], word);
      }
    }
    return words;
  };
}

const MARK = Symbol.for('einvoice-desk.print.stockMeasure');

type Marked = TextInlinesClass & { [MARK]?: Measure };

function textInlinesClass(module: unknown): Marked | null {
  return exportedClass<Marked>(module, (c) => typeof c.prototype?.['measure'] === 'function');
}

/**
 * Installs the shared answers on `pdfmake/js/TextInlines.js` as the caller loaded it, if it is
 * the reviewed version, asking `pdfmake/js/StyleContextStack.js` (the one TextInlines uses) for
 * the answers. Returns whether it is in place.
 */
export function installWordStyles(textInlinesModule: unknown, styleStackModule: unknown): boolean {
  const cls = textInlinesClass(textInlinesModule);
  const styles = styleStackClass(styleStackModule);
  if (!cls || !styles) return false;
  if (cls[MARK]) return true;
  const stock = cls.prototype.measure;
  // flatStack reads the style stack's levels as the reviewed StyleContextStack keeps them.
  if (sourceHash(stock) !== REVIEWED_MEASURE || !styleStackReviewed(styleStackModule)) return false;
  cls[MARK] = stock;
  cls.prototype.measure = measureWords(styles);
  return true;
}

/** pdfmake's own measure once replaced (for tests that compare), else null. */
export function stockMeasure(textInlinesModule: unknown): Measure | null {
  return textInlinesClass(textInlinesModule)?.[MARK] ?? null;
}
