/**
 * Renders printable invoices to PDF with pdfmake's server-side API. Nothing is fetched or read
 * while rendering: URL and local-file access are denied, the fonts sit in pdfmake's in-memory
 * file system and the QR code is an inline PNG drawn with `qrcode`.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, FONT_FILES, loadFonts } from './fonts';
import { invoiceSection } from './layout';
import type { PrintableInvoice } from './printable';
import { qrImage } from './qr-image';
import { installFastStyles } from './fast-styles';
import { installGraphicsState } from './graphics-state';
import { installMergedInlines } from './merged-inlines';
import { pdfmakeDocumentClass, shareFontFile } from './shared-fonts';
import { installStreamText } from './stream-text';
import { installWordStyles } from './word-styles';

export interface RenderOptions {
  /** Folder holding the DejaVu Sans files; the Electron bundle passes its resources folder. */
  fontsDir?: string;
}

/** The parts of pdfmake's Node singleton used here (its typings leave out the virtual file system). */
interface PdfMakeNode {
  virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

interface PdfEngine {
  engine: PdfMakeNode;
  /** `pdfmake/js/PDFDocument.js` as loaded here, for the shared fonts' hook. */
  documentModule: unknown;
}

let loading: Promise<PdfEngine> | null = null;

/**
 * pdfmake with pdfkit and fontkit, loaded on the first print: loading them takes about 100 ms,
 * which every `einvoice-desk` command and every app start would otherwise pay without printing.
 */
function pdfEngine(): Promise<PdfEngine> {
  loading ??= Promise.all([
    import('pdfmake'),
    import('pdfmake/js/PDFDocument.js'),
    import('pdfmake/js/StyleContextStack.js'),
    import('pdfmake/js/Renderer.js'),
    import('pdfmake/js/TextInlines.js'),
  ]).then(([main, documentModule, styleStackModule, rendererModule, textInlinesModule]) => {
    // Same pages either way; another pdfmake version keeps its own (slower) style lookups and
    // draws word by word.
    installFastStyles(styleStackModule);
    installWordStyles(textInlinesModule, styleStackModule);
    installMergedInlines(rendererModule);
    const documentClass = pdfmakeDocumentClass(documentModule);
    installStreamText(documentClass);
    installGraphicsState(documentClass, rendererModule);
    return {
      engine: ((main as { default?: unknown }).default ?? main) as PdfMakeNode,
      documentModule,
    };
  });
  return loading;
}

/** Virtual font file names per fonts folder: each folder's fonts keep their own names (and parse). */
const preparedDirs = new Map<string, { normal: string; bold: string }>();

function prepare(
  { engine, documentModule }: PdfEngine,
  options: RenderOptions,
): { normal: string; bold: string } {
  const key = options.fontsDir ?? '';
  let paths = preparedDirs.get(key);
  if (paths) return paths;
  const fonts = loadFonts(options.fontsDir);
  // Virtual names: pdfmake resolves them in memory before it would look on disk.
  const folder = `einvoice-desk-fonts/${preparedDirs.size}`;
  paths = { normal: `${folder}/${FONT_FILES.normal}`, bold: `${folder}/${FONT_FILES.bold}` };
  engine.virtualfs.writeFileSync(paths.normal, fonts.normal);
  engine.virtualfs.writeFileSync(paths.bold, fonts.bold);
  // Parse each font once per process instead of once per PDF.
  shareFontFile(paths.normal, documentModule);
  shareFontFile(paths.bold, documentModule);
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy(() => false);
  preparedDirs.set(key, paths);
  return paths;
}

/** pdfmake rewrites the font table it is given, so each document gets a fresh copy. */
function setFonts(engine: PdfMakeNode, paths: { normal: string; bold: string }): void {
  engine.setFonts({
    [FONT_FAMILY]: {
      normal: paths.normal,
      bold: paths.bold,
      italics: paths.normal,
      bolditalics: paths.bold,
    },
  });
}

/** The pdfmake document for `invoices`; pdfmake mutates it while rendering, so build one per PDF. */
export function invoiceDocument(invoices: PrintableInvoice[]): TDocumentDefinitions {
  const qrs = invoices.map((p) => (p.irn ? qrImage(p.irn.signedQrCode) : null));
  const first = invoices[0];
  return {
    pageSize: 'A4',
    pageMargins: [28, 28, 28, 36],
    defaultStyle: { font: FONT_FAMILY, fontSize: 8, lineHeight: 1.1 },
    styles: { th: { bold: true, alignment: 'center', fontSize: 6.5 } },
    info: {
      title:
        invoices.length === 1 && first ? `${first.title} ${first.docNo}` : `${invoices.length} e-invoices`,
      creator: 'eInvoice Desk',
      producer: 'eInvoice Desk',
    },
    content: invoices.map((p, i) => invoiceSection(p, qrs[i] ?? null)),
  };
}

/** One e-invoice as an A4 PDF. */
export async function renderInvoicePdf(
  input: PrintableInvoice,
  options: RenderOptions = {},
): Promise<Buffer> {
  return renderInvoicesPdf([input], options);
}

/** Several e-invoices in one PDF, each starting on a new page with its own watermark. */
export async function renderInvoicesPdf(
  inputs: PrintableInvoice[],
  options: RenderOptions = {},
): Promise<Buffer> {
  if (inputs.length === 0) throw new Error('Nothing to print: no invoices were given.');
  return renderDocumentPdf(() => invoiceDocument(inputs), options);
}

/**
 * Any pdfmake document, drawn as invoices are (this module's fonts as `FONT_FAMILY`, no file or
 * URL access, the print hooks in place): the invoice PDFs, and the hooks' tests on documents that
 * use what invoices do not.
 */
export async function renderDocumentPdf(
  makeDocument: () => TDocumentDefinitions,
  options: RenderOptions = {},
): Promise<Buffer> {
  const pdf = await pdfEngine();
  const paths = prepare(pdf, options);
  const doc = makeDocument();
  // pdfmake keeps its fonts on a process-wide object: set them right before the synchronous
  // createPdf call so no other render can slip in between.
  setFonts(pdf.engine, paths);
  return pdf.engine.createPdf(doc).getBuffer();
}
