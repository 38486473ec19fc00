/**
 * GST rates the IRP accepts in `GstRt` (the combined, IGST-equivalent rate), in integer
 * thousandths of a percent so that 0.25 % and 7.5 % compare exactly. 40 % was added by the
 * September 2025 rate rationalisation; the IRP's exact list after it is not published, so
 * it is accepted here (refused rates get 2240).
 */
export const GST_RATES_MILLI: readonly number[] = [
  0, 100, 250, 1000, 1500, 3000, 5000, 6000, 7500, 12000, 18000, 28000, 40000,
];

export function isValidGstRateMilli(rateMilli: number): boolean {
  return GST_RATES_MILLI.includes(rateMilli);
}
