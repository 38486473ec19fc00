/**
 * Indian number and date formatting for people: ₹ with lakh/crore grouping (1,23,45,678.90)
 * and dd/mm/yyyy. Uses `Intl` with the `en-IN` locale, which every supported runtime
 * (Electron's Chromium, Node 20 with full ICU) carries.
 */
import { formatIstDate, formatIstDateTime } from '../time/ist';

const groupedNumber = new Intl.NumberFormat('en-IN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * `₹1,23,456.50` from integer paise. Works on the integer digits directly so that amounts
 * beyond 2^53 / 100 rupees never pass through a lossy float division.
 */
export function formatRupees(paise: number | bigint): string {
  const value = typeof paise === 'bigint' ? paise : BigInt(Math.trunc(paise));
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const rupees = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}₹${groupIndian(rupees.toString())}.${fraction}`;
}

/** Lakh/crore grouping of a string of digits: last three, then pairs. */
export function groupIndian(digits: string): string {
  if (digits.length <= 3) return digits;
  const last3 = digits.slice(-3);
  let rest = digits.slice(0, -3);
  const groups: string[] = [];
  while (rest.length > 2) {
    groups.unshift(rest.slice(-2));
    rest = rest.slice(0, -2);
  }
  if (rest) groups.unshift(rest);
  return `${groups.join(',')},${last3}`;
}

/** Plain number with Indian grouping and two decimals (no symbol), e.g. for table cells. */
export function formatIndianNumber(value: number): string {
  return groupedNumber.format(value);
}

/** dd/mm/yyyy of the IST day of an instant. */
export function formatDate(instant: Date): string {
  return formatIstDate(instant);
}

/** dd/mm/yyyy HH:mm in IST. */
export function formatDateTime(instant: Date): string {
  return formatIstDateTime(instant);
}
