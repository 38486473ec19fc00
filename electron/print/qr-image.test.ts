import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { QR_MODULE_PT, qrImage, qrPng } from './qr-image';
import { qrSymbol } from './qr-symbol';

const JWT = `eyJhbGciOiJSUzI1NiJ9.${'eyJkYXRhIjp7IlNlbGxlckdzdGluIjoiMjlBQUdDVjQ1MjFNMVpXIn19'.repeat(14)}.c2ln-_`;

/** Every pixel of the PNG is the module it falls in: black for dark, white for light and the quiet zone. */
function expectPixelGrid(text: string, scale: number, margin: number): void {
  const { size, modules } = qrSymbol(text);
  const { png, modules: side } = qrPng(text, { scale, margin });
  expect(side).toBe(size + 2 * margin);
  expect(png.readUInt8(24)).toBe(1); // IHDR bit depth
  expect(png.readUInt8(25)).toBe(0); // IHDR colour type: greyscale
  const image = PNG.sync.read(png);
  expect(image.width).toBe(side * scale);
  expect(image.height).toBe(side * scale);
  let wrong = 0;
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const row = Math.floor(y / scale) - margin;
      const col = Math.floor(x / scale) - margin;
      const dark = row >= 0 && row < size && col >= 0 && col < size && modules[row * size + col] === 1;
      if (image.data[(y * image.width + x) * 4] !== (dark ? 0 : 255)) wrong++;
    }
  expect(wrong).toBe(0);
}

describe('qrPng', () => {
  it('draws each module as a 3 × 3 block of 1-bit pixels inside a one-module quiet zone', () => {
    expectPixelGrid(JWT, 3, 1);
  });

  it('keeps the grid at other scales and margins, rows ending mid-byte included', () => {
    expectPixelGrid('short', 1, 0);
    expectPixelGrid('short', 5, 4);
    expectPixelGrid(JWT, 2, 3);
    expectPixelGrid(JWT, 12, 1);
  });

  it('refuses a scale or margin that is not a whole number', () => {
    expect(() => qrPng('x', { scale: 0 })).toThrow(/QR scale must be a whole number/);
    expect(() => qrPng('x', { scale: 2.5 })).toThrow(/QR scale/);
    expect(() => qrPng('x', { margin: -1 })).toThrow(/QR margin must be a whole number/);
  });

  it('scans back to the text', () => {
    const image = PNG.sync.read(qrPng(JWT).png);
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(JWT);
  });
});

describe('qrImage', () => {
  it('gives a PNG data URL and the printed size: 1.44 pt a module, quiet zone included', () => {
    const { dataUrl, sizePt } = qrImage(JWT);
    expect(dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    expect(Buffer.from(dataUrl.slice('data:image/png;base64,'.length), 'base64').equals(qrPng(JWT).png)).toBe(
      true,
    );
    expect(sizePt).toBeCloseTo((qrSymbol(JWT).size + 2) * QR_MODULE_PT, 9);
  });
});
