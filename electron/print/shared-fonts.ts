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
 * Two more things depend only on the font and are shared the same way: words already laid out
 * (`shareLayouts`) and glyph outlines already decoded (`keepDecodedGlyphs`); together they were
 * another seventh of an invoice's render time. And every subset starts with the same common
 * glyphs, so that most documents embed one font program encoded once (`seedCommonGlyphs`).
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
 * error when an upgrade changes them, and `shared-fonts.test.ts` checks that the pages rasterise
 * pixel for pixel as stock pdfmake's, with the same text, and that one parse serves many documents.
 */

import { deflateSync } from 'node:zlib';
import { exportedClass } from './module-internals';

/** The parts of a fontkit glyph this module touches. */
interface GlyphLike {
  id: number;
  advanceWidth: number;
  codePoints: number[];
  _decode(): unknown;
}

/** The parts of a fontkit subset (a TrueType subset: glyph 0 first, then in order of inclusion). */
interface SubsetLike {
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}

/** The parts of a fontkit font this module touches. */
interface FontkitFontLike {
  createSubset(): SubsetLike;
  getGlyph(id: number, codePoints?: number[]): GlyphLike | null;
  layout(text: string): { glyphs: GlyphLike[] };
  postscriptName?: string;
  _variationProcessor?: unknown;
}

/** The parts of pdfkit's PDFReference (an indirect object, here a stream) this module touches. */
interface ReferenceLike {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: Uint8Array): void;
}

/** The parts of pdfkit's EmbeddedFont this module touches. */
interface EmbeddedFontLike {
  font: FontkitFontLike;
  id: string;
  document: { compress?: boolean; _security?: unknown; ref(data?: object): ReferenceLike };
  subset: SubsetLike;
  widths: number[];
  unicode: number[][];
  scale: number;
  layoutCache?: object;
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
  embed(): unknown;
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
  parsed: FontkitFontLike;
  EmbeddedFont: EmbeddedFontLike['constructor'];
  /** Laid-out words (glyphs and positions at pdfkit's 1000-unit scale), shared by every document. */
  runs: Map<string, unknown>;
  /** The glyphs every document's subset starts with (`COMMON_TEXT`), in subset order. */
  common: GlyphLike[];
  /** The font program of a subset of exactly `common`, deflated as pdfkit would; made on first use. */
  commonProgram: Uint8Array | null;
}

/**
 * What nearly every invoice prints: printable ASCII, the rupee sign, and the dashes, dot and
 * quotes the layout and users' texts use (no ligatures: fonts.ts hides the layout tables).
 * Each document's subset starts with these glyphs, so any document that prints nothing else has
 * the same font program, which is then encoded and deflated once per process (fontkit's subset
 * encoder and zlib were a sixth of an invoice's render time). The cost is the common glyphs a
 * document does not use: a five-line invoice grew from 35 to 44 KiB. A document with other
 * characters (½, Ø, Devanagari…) gets them appended and its own program, as before.
 */
const COMMON_TEXT = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...'₹—–·‘’“”…×°',
];

/**
 * Words kept laid out per font. An invoice uses a few hundred; the bound keeps a long-running app
 * that prints many different invoices from growing without limit (the map starts over when full).
 */
const MAX_SHARED_RUNS = 20_000;

/** Font file names (as given to pdfmake's `setFonts`) whose parse is shared. */
const registered = new Set<string>();
const sharedByFile = new Map<string, Shared>();
/** Per document: one EmbeddedFont per file, as pdfkit itself dedupes equal fonts. */
const perDocument = new WeakMap<object, Map<string, EmbeddedFontLike>>();
let parses = 0;
let installed = false;

const UPGRADE_HINT =
  'pdfmake or pdfkit changed the internals electron/print/shared-fonts.ts relies on; update that file.';

export function pdfmakeDocumentClass(documentModule: unknown): { prototype: PdfmakeDocument } {
  const cls = exportedClass<{ prototype: PdfmakeDocument }>(
    documentModule,
    (c) => typeof c.prototype?.['provideFont'] === 'function',
  );
  if (!cls) throw new Error(`pdfmake's PDFDocument has no provideFont method. ${UPGRADE_HINT}`);
  return cls;
}

function assertHookShape(doc: PdfmakeDocument, font: EmbeddedFontLike): void {
  const ok =
    typeof doc._fontFamilies === 'object' &&
    doc._fontFamilies !== null &&
    typeof doc._fontCount === 'number' &&
    typeof font.constructor === 'function' &&
    typeof font.font?.createSubset === 'function' &&
    typeof font.font.getGlyph === 'function' &&
    typeof font.layoutRun === 'function' &&
    typeof font.layoutCached === 'function' &&
    typeof font.embed === 'function' &&
    typeof font.font.layout === 'function' &&
    typeof font.subset?.includeGlyph === 'function' &&
    typeof font.subset.encode === 'function' &&
    Array.isArray(font.subset.glyphs) &&
    Array.isArray(font.widths) &&
    Array.isArray(font.unicode) &&
    typeof font.scale === 'number' &&
    typeof font.document?.ref === 'function' &&
    Object.values(doc._fontFamilies).includes(font);
  if (!ok) throw new Error(`pdfkit's embedded fonts no longer look as expected. ${UPGRADE_HINT}`);
}

/**
 * pdfkit lays out each word once per document (`layoutCached`, keyed by the word's text) and
 * fontkit's result depends only on the font and the text, so documents share one map of laid-out
 * words per font. pdfkit never changes a cached run (where it adjusts spacing it copies the
 * position), which is also what its own per-document cache relies on. A document that turned
 * pdfkit's cache off (`fontLayoutCache: false`) keeps it off.
 */
function shareLayouts(font: EmbeddedFontLike, runs: Map<string, unknown>): void {
  if (!font.layoutCache) return;
  font.layoutCached = function sharedLayoutCached(this: EmbeddedFontLike, text: string): unknown {
    let run = runs.get(text);
    if (run === undefined) {
      run = this.layoutRun(text);
      if (runs.size >= MAX_SHARED_RUNS) runs.clear();
      runs.set(text, run);
    }
    return run;
  };
}

/**
 * fontkit decodes a glyph's outline again every time a subset embeds the glyph (only to learn
 * whether it is a composite, whose parts join the subset too), so every PDF re-read the outlines
 * of every character it printed. The decoded outline depends only on the font's bytes, so each
 * glyph of a shared font keeps its first decode. Fonts with variation axes transform the decoded
 * points in place and are left alone (DejaVu Sans has none).
 */
function keepDecodedGlyphs(parsed: FontkitFontLike): void {
  if (parsed._variationProcessor) return;
  const getGlyph = parsed.getGlyph;
  parsed.getGlyph = function getGlyphKeepingDecode(this: FontkitFontLike, id, codePoints) {
    const glyph = getGlyph.call(this, id, codePoints);
    if (glyph && !Object.hasOwn(glyph, '_decode')) {
      const decode = glyph._decode;
      let decoded: unknown;
      let done = false;
      glyph._decode = function decodeOnce(this: GlyphLike): unknown {
        if (!done) {
          decoded = decode.call(this);
          done = true;
        }
        return decoded;
      };
    }
    return glyph;
  };
}

/** The common glyphs of a font, once: each glyph the layout of a COMMON_TEXT entry draws. */
function commonGlyphs(parsed: FontkitFontLike): GlyphLike[] {
  const seen = new Set<number>([0]);
  const glyphs: GlyphLike[] = [];
  for (const text of COMMON_TEXT) {
    for (const glyph of parsed.layout(text).glyphs) {
      if (seen.has(glyph.id)) continue;
      seen.add(glyph.id);
      glyphs.push(glyph);
    }
  }
  return glyphs;
}

/**
 * Starts the document's subset with the common glyphs, with their widths and characters as
 * pdfkit's `encode` would record them, and embeds the shared font program when the document
 * added no glyph of its own.
 */
function seedCommonGlyphs(font: EmbeddedFontLike, shared: Shared): void {
  for (const glyph of shared.common) {
    const gid = font.subset.includeGlyph(glyph.id);
    font.widths[gid] = glyph.advanceWidth * font.scale;
    font.unicode[gid] = glyph.codePoints;
  }
  const seeded = font.subset.glyphs.length;
  const embed = font.embed;
  font.embed = function embedCommonProgram(this: EmbeddedFontLike): unknown {
    const doc = this.document;
    // Anything but the plain case (extra glyphs, encryption, compression off) goes the stock way.
    if (this.subset.glyphs.length !== seeded || doc._security || !doc.compress) return embed.call(this);
    shared.commonProgram ??= deflateSync(this.subset.encode());
    const program = shared.commonProgram;
    // embed() asks for the font file stream first (`ref()`, then `end(subset.encode())`): that
    // stream takes the program already deflated and says so the way pdfkit's own write would.
    const ownRef = Object.hasOwn(doc, 'ref');
    const ref = doc.ref;
    doc.ref = function fontFileRef(this: typeof doc, data?: object): ReferenceLike {
      if (ownRef) doc.ref = ref;
      else delete (doc as { ref?: unknown }).ref;
      const stream = ref.call(this, data);
      stream.compress = false;
      const write = stream.write;
      stream.write = function writeDeflated(this: ReferenceLike, chunk: Uint8Array): void {
        write.call(this, chunk);
        this.data['Filter'] = 'FlateDecode';
      };
      return stream;
    };
    this.subset.encode = () => program;
    return embed.call(this);
  };
}

function install(documentModule: unknown): void {
  if (installed) return;
  const proto = pdfmakeDocumentClass(documentModule).prototype;
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
      let shared = sharedByFile.get(file);
      if (shared) {
        // What pdfkit's font() does after parsing: a per-document font object with the next id,
        // listed so that end() embeds its subset.
        font = new shared.EmbeddedFont(this, shared.parsed, `F${++this._fontCount}`);
        this._fontFamilies[font.id] = font;
      } else {
        // First use in this process: let pdfkit parse it as usual and keep what it built.
        font = stock.call(this, family, bold, italics);
        assertHookShape(this, font);
        const parsed = font.font;
        keepDecodedGlyphs(parsed);
        shared = {
          parsed,
          EmbeddedFont: font.constructor,
          runs: new Map(),
          common: commonGlyphs(parsed),
          commonProgram: null,
        };
        sharedByFile.set(file, shared);
        parses++;
      }
      shareLayouts(font, shared.runs);
      seedCommonGlyphs(font, shared);
      mine.set(file, font);
    }
    (this.fontCache[family] ??= {})[type] = font;
    return font;
  };
  installed = true;
}

/**
 * Shares the parse of the font stored under `file` (a name in pdfmake's virtual file system) with
 * every later document. The file's bytes must not change afterwards. `documentModule` is
 * `pdfmake/js/PDFDocument.js` as the caller loaded it (render.ts loads pdfmake only to print).
 */
export function shareFontFile(file: string, documentModule: unknown): void {
  install(documentModule);
  registered.add(file);
}

/** How many laid-out words the shared fonts hold (for tests). */
export function sharedLayoutWords(): number {
  let words = 0;
  for (const shared of sharedByFile.values()) words += shared.runs.size;
  return words;
}

/** How many times a shared font file has been parsed in this process (for tests). */
export function sharedFontParses(): number {
  return parses;
}
