/**
 * pdfkit's streams keep text operators as text until the stream is finished.
 *
 * Why: pdfkit turns every operator it draws ("BT", "1 0 0 1 28 800 Tm", "/F1 8 Tf", …) into a
 * Buffer of its own the moment it is written, then joins them all when the stream ends: about
 * 1,500 small Buffers per invoice page, and their garbage, for 6 % of the render time. Here text
 * written to a stream is appended to the text before it and made one Buffer when the stream is
 * finalised; binary chunks (a font program) are kept as they come. The stream is then deflated
 * at zlib level 1 rather than pdfkit's default 6 (a third of the time, a PDF ~2 % bigger).
 * What each stream holds, and everything outside the streams, is exactly pdfkit's
 * (`stream-text.test.ts` compares whole PDFs with their streams inflated).
 *
 * Like the other pdfkit/pdfmake hooks here, it replaces `PDFReference.write` only when that
 * method and `finalize` are the source it was written against; otherwise pdfkit's own stay.
 */
import { sourceHash } from './module-internals';
import { deflateSync } from 'node:zlib';

/**
 * zlib level for the streams pdfkit compresses (page contents, ToUnicode maps). A page's
 * operators (~40 KB) deflate in a third of level 6's time at level 1, ~1 KB bigger.
 */
const DEFLATE_LEVEL = 1;

interface ReferenceLike {
  buffer: Array<Uint8Array | string>;
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
}

type Method = (this: ReferenceLike, ...args: unknown[]) => unknown;

interface ReferenceClass {
  prototype: { write: Method; finalize: Method };
}

/** SHA-256 of pdfkit 0.19.1's `PDFReference.prototype.write` and `finalize` source. */
const REVIEWED = {
  write: 'd908ca396fbfefdf83d98cb321ebaaa57ef5055f5ec56c16fd697278ced62c5f',
  finalize: '8af9e473a08414758afb20298825e28ce4199aa70792287284f9aac3238b35b4',
};

const STOCK = Symbol.for('einvoice-desk.print.stockReferenceWrite');

type Marked = ReferenceClass & { [STOCK]?: { write: Method; finalize: Method } };

/**
 * pdfkit's PDFReference class, reached through `ref()` of the pdfmake document class (pdfkit does
 * not export it). `ref()` is called on a stand-in document, so no real PDF gets an object.
 */
export function referenceClass(documentClass: { prototype: object }): Marked | null {
  const ref = (documentClass.prototype as { ref?: (data?: object) => unknown }).ref;
  if (typeof ref !== 'function') return null;
  const standIn = { _offsets: [], _waiting: 0, compress: true };
  const made = ref.call(standIn) as { constructor?: unknown } | null;
  const cls = made?.constructor as Partial<ReferenceClass> | undefined;
  return typeof cls?.prototype?.write === 'function' && typeof cls.prototype.finalize === 'function'
    ? (cls as Marked)
    : null;
}

function write(this: ReferenceLike, chunk: unknown): void {
  if (chunk instanceof Uint8Array) {
    stock!.write.call(this, chunk);
    return;
  }
  // What pdfkit's write does for text, without making the Buffer yet ('binary' = latin1: one
  // byte per character, so lengths count the same).
  const text = `${String(chunk)}\n`;
  this.uncompressedLength += text.length;
  if (this.data.Length == null) this.data.Length = 0;
  const last = this.buffer.length - 1;
  if (last >= 0 && typeof this.buffer[last] === 'string') this.buffer[last] += text;
  else this.buffer.push(text);
  this.data.Length += text.length;
  if (this.compress) this.data.Filter = 'FlateDecode';
}

function finalize(this: ReferenceLike): unknown {
  const chunks = this.buffer;
  if (chunks.length) {
    const parts = chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk));
    let body = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    if (this.compress) {
      // write() has set /Filter /FlateDecode; pdfkit's finalize then only measures and writes.
      body = deflateSync(body, { level: DEFLATE_LEVEL });
      this.compress = false;
    }
    this.buffer = [body];
  }
  return stock!.finalize.call(this);
}

/** pdfkit's own methods, which the replacements call for what they leave to them. */
let stock: { write: Method; finalize: Method } | null = null;

/**
 * Installs the text-keeping writes on the pdfkit that `documentClass` (pdfmake's PDFDocument)
 * extends, if it is the reviewed version. Returns whether they are in place.
 */
export function installStreamText(documentClass: { prototype: object }): boolean {
  const cls = referenceClass(documentClass);
  if (!cls) return false;
  if (cls[STOCK]) return true;
  const proto = cls.prototype;
  if (sourceHash(proto.write) !== REVIEWED.write || sourceHash(proto.finalize) !== REVIEWED.finalize)
    return false;
  stock = cls[STOCK] = { write: proto.write, finalize: proto.finalize };
  proto.write = write as Method;
  proto.finalize = finalize;
  return true;
}

/** pdfkit's own write and finalize once replaced (for tests that compare output), else null. */
export function stockStreamWrites(documentClass: { prototype: object }): {
  write: Method;
  finalize: Method;
} | null {
  return referenceClass(documentClass)?.[STOCK] ?? null;
}
