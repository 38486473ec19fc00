/** GSTIN shape and GSTN's mod-36 check character, written from the published algorithm. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The check character for the first 14 characters, or null when they hold characters outside 0-9A-Z. */
export function gstinCheckChar(first14: string): string | null {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = ALPHABET.indexOf(first14.charAt(i));
    if (value < 0) return null;
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET.charAt((36 - (sum % 36)) % 36);
}

/** Schema-level shape the IRP itself checks: two digits then 13 of 0-9A-Z. */
export const GSTIN_SHAPE = /^[0-9]{2}[0-9A-Z]{13}$/;

export function hasValidCheckChar(gstin: string): boolean {
  return GSTIN_SHAPE.test(gstin) && gstinCheckChar(gstin.slice(0, 14)) === gstin.charAt(14);
}

/** Completes a 14-character body with its check character (used to seed the master). */
export function withCheckChar(first14: string): string {
  const check = gstinCheckChar(first14);
  if (check === null || first14.length !== 14) throw new Error(`Cannot complete GSTIN body ${first14}`);
  return first14 + check;
}
