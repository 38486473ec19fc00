/**
 * Named integer units. Every amount in the compliance core is a safe integer so that sums
 * and comparisons are exact; the IRP's decimals appear only at the JSON boundary.
 */

/** Integer paise (1/100 rupee). */
export type Paise = number;

/**
 * Integer thousandths: of a unit for quantities, of a rupee for unit prices, of a percent
 * for rates (18 % = 18000). The IRP carries exactly three decimals for all of these.
 */
export type Milli = number;

export const PAISE_PER_RUPEE = 100;
export const MILLI_PER_UNIT = 1000;
