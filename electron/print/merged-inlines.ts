/**
 * Draws each run of same-styled words on a line as one piece of text.
 *
 * Why: pdfmake measures and places text word by word, and its renderer draws every word as its
 * own PDF text object (save, transform, begin text, position, font, colour, opacity, glyphs,
 * end text, restore): a five-line invoice drew ~220 of them, and that drawing plus the content
 * stream it wrote was a fifth of the render time. Words next to each other in the same font,
 * size, colour and opacity are joined here before pdfmake draws the line, which pdfmake's own
 * renderer leaves as a to-do ("lines without differently styled inlines should be written to pdf
 * as one stream"). About half the text objects go.
 *
 * Same page: words are joined only when the second starts exactly where the first ends (pdfmake
 * places each word at the sum of the widths before it, and pdfkit advances the same glyph widths
 * inside one text), so justified text, which spreads words apart, is never joined. Lines with a
 * link, a decoration, a background, a page reference, a destination, sub- or superscript or font
 * features are drawn as pdfmake draws them. `merged-inlines.test.ts` checks the pages against
 * pdfmake's own rendering, pixel for pixel, and the extracted text.
 *
 * Like fast-styles.ts, it replaces pdfmake's `Renderer.renderLine` only when that method's source
 * is the version this was written against; any other pdfmake draws word by word as before.
 */
import { exportedClass, sourceHash } from './module-internals';

/** The parts of a pdfmake inline (one measured word) this module reads. */
interface Inline {
  text: string;
  x: number;
  width: number;
  height: number;
  font: unknown;
  fontSize: number;
  color: unknown;
  opacity: unknown;
  characterSpacing?: number;
  [other: string]: unknown;
}

interface LineLike {
  inlines: Inline[];
  id?: unknown;
  _pageNodeRef?: unknown;
}

type RenderLine = (this: unknown, line: LineLike, x: number, y: number) => unknown;

interface RendererClass {
  prototype: { renderLine: RenderLine };
}

/** SHA-256 of pdfmake 0.3.11's `Renderer.prototype.renderLine` source. */
const REVIEWED_RENDER_LINE = 'b71f57566c6b6c5f91ec87ea7772c610eb02d5ed6515fd81ab67bb33d4df5acc';

/** Inline properties that make pdfmake draw more than glyphs; a line with any is left alone. */
const SPECIAL = [
  'link',
  'linkToPage',
  'linkToDestination',
  'decoration',
  'background',
  'sup',
  'sub',
  'fontFeatures',
  '_pageNodeRef',
] as const;

/** Tolerance for "starts where the previous ends", in points: far below what a raster shows. */
const SAME_PLACE = 1e-6;

function plainLine(line: LineLike): boolean {
  if (line.id || line._pageNodeRef) return false;
  for (const inline of line.inlines) {
    if (inline.characterSpacing) return false;
    for (const key of SPECIAL) if (inline[key]) return false;
  }
  return true;
}

function joinable(a: Inline, b: Inline): boolean {
  return (
    a.font === b.font &&
    a.fontSize === b.fontSize &&
    a.color === b.color &&
    a.opacity === b.opacity &&
    a.height === b.height &&
    Math.abs(a.x + a.width - b.x) < SAME_PLACE
  );
}

/** The line's inlines with each run of joinable words as one inline; the line's own if none join. */
export function joinedInlines(line: LineLike): Inline[] {
  const inlines = line.inlines;
  if (inlines.length < 2 || !plainLine(line)) return inlines;
  const out: Inline[] = [];
  // Joined inlines are copies, made once per run; the line's own inlines stay as pdfmake left them.
  let copy: Inline | null = null;
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (last && joinable(last, inline)) {
      if (last !== copy) out[out.length - 1] = copy = { ...last };
      copy.text += inline.text;
      copy.width += inline.width;
    } else {
      out.push(inline);
    }
  }
  return out.length === inlines.length ? inlines : out;
}

const MARK = Symbol.for('einvoice-desk.print.stockRenderLine');

type Marked = RendererClass & { [MARK]?: RenderLine };

function rendererClass(module: unknown): Marked | null {
  return exportedClass<Marked>(module, (c) => typeof c.prototype?.['renderLine'] === 'function');
}

/**
 * Installs the joining on `pdfmake/js/Renderer.js` as the caller loaded it, if it is the reviewed
 * version. Returns whether it is in place.
 */
export function installMergedInlines(rendererModule: unknown): boolean {
  const cls = rendererClass(rendererModule);
  if (!cls) return false;
  if (cls[MARK]) return true;
  const stock = cls.prototype.renderLine;
  if (sourceHash(stock) !== REVIEWED_RENDER_LINE) return false;
  cls[MARK] = stock;
  cls.prototype.renderLine = function renderJoinedLine(this: unknown, line, x, y) {
    const own = line.inlines;
    const inlines = joinedInlines(line);
    if (inlines === own) return stock.call(this, line, x, y);
    // pdfmake draws the line from its inlines (its height and ascender too, the same either way);
    // the line gets its own back right after, as nothing else runs in between.
    line.inlines = inlines;
    try {
      return stock.call(this, line, x, y);
    } finally {
      line.inlines = own;
    }
  };
  return true;
}

/** pdfmake's own renderLine once replaced (for tests that compare pages), else null. */
export function stockRenderLine(rendererModule: unknown): RenderLine | null {
  return rendererClass(rendererModule)?.[MARK] ?? null;
}
