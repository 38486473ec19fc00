/**
 * Test helpers that read PDFs the way a person or an officer would: the text (poppler's
 * pdftotext) and the QR code on a rasterised page (pdftoppm at 150 dpi, decoded with jsQR).
 * Test-only; poppler-utils is installed on the dev machine and in CI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect } from 'vitest';

function withTempPdf<T>(pdf: Buffer, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'print-test-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return run(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page; `raw` keeps content-stream order (rotated watermarks read whole). */
export function pdfPages(pdf: Buffer, mode: 'layout' | 'raw' = 'layout'): string[] {
  return withTempPdf(pdf, (file) =>
    execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page, i, all) => i < all.length - 1 || page.trim() !== ''),
  );
}

export function pdfText(pdf: Buffer, mode: 'layout' | 'raw' = 'layout'): string {
  return pdfPages(pdf, mode).join('\n');
}

/** One page (1-based) rasterised by poppler at `dpi`, or null when the PDF has no such page. */
export function pageImage(
  pdf: Buffer,
  page = 1,
  dpi = 150,
): { width: number; height: number; data: Buffer } | null {
  return withTempPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-png',
      '-f',
      String(page),
      '-l',
      String(page),
      file,
      path.join(dir, 'page'),
    ]);
    const png = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    return png ? PNG.sync.read(readFileSync(path.join(dir, png))) : null;
  });
}

/** Decodes the QR code on one page (1-based) rendered at 150 dpi, or null when none is found. */
export function decodeQrOnPage(pdf: Buffer, page = 1): string | null {
  const image = pageImage(pdf, page);
  if (!image) return null;
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return code ? code.data : null;
}

/** The PDF without what differs between any two runs: the creation date and the file ID. */
export function timeless(pdf: Buffer): string {
  return pdf
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID []');
}

/** Asserts that two PDFs read alike page by page and rasterise to the same pixels (100 dpi). */
export function expectSamePages(mine: Buffer, theirs: Buffer): void {
  const pages = pdfPages(theirs);
  expect(pdfPages(mine)).toEqual(pages);
  for (let page = 1; page <= pages.length; page++) {
    const a = pageImage(mine, page, 100)!;
    const b = pageImage(theirs, page, 100)!;
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    expect(Buffer.compare(a.data, b.data), `page ${page}`).toBe(0);
  }
}
