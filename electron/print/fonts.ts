/**
 * The fonts printed invoices embed: DejaVu Sans, because it carries the rupee sign (₹) that
 * pdfmake's PDF standard fonts lack. They ship in `resources/fonts/`; the files are read once
 * per process and kept in memory, so rendering never touches the disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONT_FAMILY = 'DejaVuSans';
export const FONT_FILES = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

export interface FontBuffers {
  normal: Buffer;
  bold: Buffer;
}

/**
 * Where the fonts are: `resources/fonts` two folders up from `electron/print` when run from
 * source, one folder up from `dist/electron` in a build. The Electron bundle may pass its own
 * (e.g. `process.resourcesPath`), which wins.
 */
export function resolveFontsDir(explicit?: string): string {
  const candidates = explicit
    ? [explicit]
    : (() => {
        const here = path.dirname(fileURLToPath(import.meta.url));
        return [
          path.join(here, '..', '..', 'resources', 'fonts'),
          path.join(here, '..', 'resources', 'fonts'),
        ];
      })();
  for (const dir of candidates) {
    if (existsSync(path.join(dir, FONT_FILES.normal)) && existsSync(path.join(dir, FONT_FILES.bold)))
      return dir;
  }
  throw new Error(
    `The invoice fonts (${FONT_FILES.normal}, ${FONT_FILES.bold}) were not found in ${candidates.join(' or ')}.`,
  );
}

/** OpenType layout tables an invoice does not need: ligatures, kerning, mark positioning. */
const LAYOUT_TABLES = new Set(['GSUB', 'GPOS', 'GDEF', 'kern']);

/**
 * A copy of the font whose layout tables are hidden by renaming their directory tags. Invoices
 * print plain Latin text and figures, which need only the character map and advance widths;
 * without GSUB/GPOS fontkit lays text out by the character map alone instead of running the
 * OpenType feature pipeline on every text run, and the first print skips parsing DejaVu's large
 * GSUB/GPOS tables (~25 ms; the parse is then shared, see shared-fonts.ts). The embedded subset
 * pdfkit writes never carries those tables anyway.
 */
export function withoutLayoutTables(font: Buffer): Buffer {
  const copy = Buffer.from(font);
  const tables = copy.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16;
    const tag = copy.toString('latin1', at, at + 4);
    if (LAYOUT_TABLES.has(tag)) copy.write(`x${tag.slice(1).toLowerCase()}`, at, 'latin1');
  }
  return copy;
}

const cache = new Map<string, FontBuffers>();

export function loadFonts(fontsDir?: string): FontBuffers {
  const dir = resolveFontsDir(fontsDir);
  let fonts = cache.get(dir);
  if (!fonts) {
    fonts = {
      normal: withoutLayoutTables(readFileSync(path.join(dir, FONT_FILES.normal))),
      bold: withoutLayoutTables(readFileSync(path.join(dir, FONT_FILES.bold))),
    };
    cache.set(dir, fonts);
  }
  return fonts;
}
