/**
 * One parsed font per font file for the whole process, shared by every PDF.
 *
 * Why: pdfkit's font factory hands the raw font bytes to fontkit for every document, and fontkit
 * decodes DejaVu's tables (name, cmap, hmtx, loca, glyf…) again each time; that was about a third
 * of an invoice's render time. A fontkit font is read-only once decoded (its lazily filled table
 * and glyph caches hold the same values whoever fills them first) and every call into it is
 * synchronous, so documents rendered one after another or interleaved (`Promise.all`) can share
 * it. What belongs to one document stays on pdfkit's per-document `EmbeddedFont`: the subset of
 * glyphs used, their widths and the ToUnicode map. One nuance: fontkit remembers a glyph's
 * characters from the first text that asked for it, so where a font draws two characters with
 * one glyph, the copy-and-paste text of that glyph follows the first such character this process
 * printed rather than the first in this PDF (DejaVu gives the characters invoices use glyphs of
 * their own, and the printed page is the same either way).
 *
 * The hook is pdfmake's `PDFDocument.provideFont(family, bold, italics)`, which pdfmake calls
 * whenever it needs a font; it is replaced once. For a file registered here it builds the
 * document's `EmbeddedFont` around the shared fontkit font, the way pdfkit's own `font()` would,
 * and lists it in the document's `_fontFamilies` (pdfkit embeds every font listed there at
 * `end()`). The shared font and the `EmbeddedFont` class are taken from the first document's own
 * pdfkit objects, so they are always the fontkit and pdfkit copies pdfmake really uses (also in
 * the esbuild bundle of the Electron main process, which may hold several copies of fontkit).
 *
 * Those are pdfkit/pdfmake internals: `assertHookShape` checks their shape and throws a plain
 * error when an upgrade changes them, and `shared-fonts.test.ts` checks that the output is
 * byte-for-byte what stock pdfmake writes and that one parse serves many documents.
 */
import pdfmakeDocumentModule from 'pdfmake/js/PDFDocument.js';

/** The parts of pdfkit's EmbeddedFont this module touches. */
interface EmbeddedFontLike {
  font: { createSubset(): unknown; postscriptName?: string };
  id: string;
  constructor: new (document: unknown, font: unknown, id: string) => EmbeddedFontLike;
}

/** The parts of pdfmake's PDFDocument (a pdfkit PDFDocument) this module touches. */
interface PdfmakeDocument {
  fontCache: Record<string, Record<string, unknown>>;
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFontLike;
}

type ProvideFont = PdfmakeDocument['provideFont'];

interface Shared {
  parsed: EmbeddedFontLike['font'];
  EmbeddedFont: EmbeddedFontLike['constructor'];
}

/** Font file names (as given to pdfmake's `setFonts`) whose parse is shared. */
const registered = new Set<string>();
const sharedByFile = new Map<string, Shared>();
/** Per document: one EmbeddedFont per file, as pdfkit itself dedupes equal fonts. */
const perDocument = new WeakMap<object, Map<string, EmbeddedFontLike>>();
let parses = 0;
let installed = false;

const UPGRADE_HINT =
  'pdfmake or pdfkit changed the internals electron/print/shared-fonts.ts relies on; update that file.';

function pdfmakeDocumentClass(): { prototype: PdfmakeDocument } {
  // Babel's CommonJS output: the class is `exports.default`; depending on the loader's interop the
  // import gives either the exports object or the class itself.
  const mod = pdfmakeDocumentModule as unknown as { default?: unknown; prototype?: unknown };
  for (const candidate of [mod, mod.default]) {
    const proto = (candidate as { prototype?: Partial<PdfmakeDocument> } | undefined)?.prototype;
    if (typeof candidate === 'function' && typeof proto?.provideFont === 'function')
      return candidate as { prototype: PdfmakeDocument };
  }
  throw new Error(`pdfmake's PDFDocument has no provideFont method. ${UPGRADE_HINT}`);
}

function assertHookShape(doc: PdfmakeDocument, font: EmbeddedFontLike): void {
  const ok =
    typeof doc._fontFamilies === 'object' &&
    doc._fontFamilies !== null &&
    typeof doc._fontCount === 'number' &&
    typeof font.constructor === 'function' &&
    typeof font.font?.createSubset === 'function' &&
    Object.values(doc._fontFamilies).includes(font);
  if (!ok) throw new Error(`pdfkit's embedded fonts no longer look as expected. ${UPGRADE_HINT}`);
}

function install(): void {
  if (installed) return;
  const proto = pdfmakeDocumentClass().prototype;
  const stock: ProvideFont = proto.provideFont;
  proto.provideFont = function provideSharedFont(this: PdfmakeDocument, family, bold, italics) {
    const file = this.getFontFile(family, bold, italics);
    if (typeof file !== 'string' || !registered.has(file)) return stock.call(this, family, bold, italics);
    const type = this.getFontType(bold, italics);
    const cached = this.fontCache[family]?.[type];
    if (cached) return cached as EmbeddedFontLike;

    let mine = perDocument.get(this);
    if (!mine) perDocument.set(this, (mine = new Map()));
    let font = mine.get(file);
    if (!font) {
      const shared = sharedByFile.get(file);
      if (shared) {
        // What pdfkit's font() does after parsing: a per-document font object with the next id,
        // listed so that end() embeds its subset.
        font = new shared.EmbeddedFont(this, shared.parsed, `F${++this._fontCount}`);
        this._fontFamilies[font.id] = font;
      } else {
        // First use in this process: let pdfkit parse it as usual and keep what it built.
        font = stock.call(this, family, bold, italics);
        assertHookShape(this, font);
        sharedByFile.set(file, { parsed: font.font, EmbeddedFont: font.constructor });
        parses++;
      }
      mine.set(file, font);
    }
    (this.fontCache[family] ??= {})[type] = font;
    return font;
  };
  installed = true;
}

/**
 * Shares the parse of the font stored under `file` (a name in pdfmake's virtual file system) with
 * every later document. The file's bytes must not change afterwards.
 */
export function shareFontFile(file: string): void {
  install();
  registered.add(file);
}

/** How many times a shared font file has been parsed in this process (for tests). */
export function sharedFontParses(): number {
  return parses;
}
