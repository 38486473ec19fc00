/**
 * The one rounding rule of the compliance core: half away from zero, applied to an exact
 * integer ratio. Callers form the exact numerator (e.g. quantity × price, or assessable ×
 * rate) and round once, so no amount is ever rounded twice.
 */

function roundBig(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  if ((n % d) * 2n >= d) q += 1n;
  return negative ? -q : q;
}

/**
 * `round(numerator / denominator)`, half away from zero, for integers. Exact for any safe
 * integers; falls back to BigInt only when the numerator leaves the safe range.
 */
export function divRound(numerator: number, denominator: number): number {
  if (denominator === 0) throw new RangeError('divRound: division by zero');
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    return Number(roundBig(BigInt(numerator), BigInt(denominator)));
  }
  const q = Math.trunc(numerator / denominator);
  const r = numerator - q * denominator;
  // |r| < |d| and both are safe integers, so 2|r| is exact.
  if (2 * Math.abs(r) >= Math.abs(denominator)) {
    return q + (numerator < 0 !== denominator < 0 ? -1 : 1);
  }
  return q;
}

/**
 * `round(a × b / denominator)` with the product kept exact (BigInt when a × b would lose
 * precision, e.g. a 10-digit quantity times a 12-digit price).
 */
export function mulDivRound(a: number, b: number, denominator: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) return divRound(product, denominator);
  return Number(roundBig(BigInt(a) * BigInt(b), BigInt(denominator)));
}
