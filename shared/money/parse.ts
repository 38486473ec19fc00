/**
 * User text and IRP JSON numbers straight to integers, without passing through a lossy
 * float multiplication. Errors name the field so the screen can put them beside it.
 */
import type { Milli, Paise } from './types';

/** A number the user typed that cannot be read; `field` is the label the user saw. */
export class MoneyParseError extends Error {
  override readonly name = 'MoneyParseError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?$/;
/** The whole part as people group it: Indian (1,23,45,678) or Western (12,345,678), or not at all. */
const GROUPED_WHOLE = /^(?:\d+|\d{1,2}(?:,\d{2})*,\d{3}|\d{1,3}(?:,\d{3})+)$/;

/**
 * Reads decimal text with at most `decimals` fraction digits as an integer count of
 * 10^-decimals. Accepts Indian or Western digit grouping (`1,23,456.50`, `123,456.50`), a
 * leading ₹ or "Rs", and surrounding spaces. Commas elsewhere (`12,5`, `1,2,3`, `1.2,5`) and
 * spaces between digits are refused: read by dropping them, a decimal comma or a stray key
 * would silently make an amount ten or a hundred times too large.
 */
function parseScaled(text: string, decimals: number, field: string, what: string): number {
  const cleaned = text
    .trim()
    .replace(/^(₹|rs\.?|inr)\s*/i, '')
    .replace(/^([+-])\s+/, '$1');
  const grouped = /^([+-]?)([\d,]*)(\.[\d,]*)?$/.exec(cleaned);
  if (grouped && cleaned.includes(',')) {
    const [, , whole = '', fraction = ''] = grouped;
    if (fraction.includes(',') || !GROUPED_WHOLE.test(whole)) {
      throw new MoneyParseError(
        field,
        `${field}: "${text}" has commas in the wrong places; write it like 1,23,456.50 or 123456.50.`,
      );
    }
  }
  const m = NUMBER_TEXT.exec(cleaned.replace(/,/g, ''));
  if (!cleaned || !m || (m[2] === '' && (m[3] ?? '') === '')) {
    throw new MoneyParseError(field, `${field}: "${text}" is not a number.`);
  }
  const sign = m[1] === '-' ? -1 : 1;
  const whole = m[2] || '0';
  const fraction = m[3] ?? '';
  if (fraction.length > decimals) {
    throw new MoneyParseError(
      field,
      `${field}: "${text}" has more than ${decimals} decimal places; ${what} are kept to ${decimals}.`,
    );
  }
  const digits = whole + fraction.padEnd(decimals, '0');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) {
    throw new MoneyParseError(field, `${field}: "${text}" is too large.`);
  }
  return value === 0 ? 0 : sign * value;
}

/** `"1,23,456.50"` → 12345650 paise. At most two decimals. */
export function parseRupees(text: string, field = 'Amount'): Paise {
  return parseScaled(text, 2, field, 'amounts in rupees');
}

/** `"12.5"` → 12500 thousandths. At most three decimals (the IRP's limit for quantities). */
export function parseQuantity(text: string, field = 'Quantity'): Milli {
  return parseScaled(text, 3, field, 'quantities');
}

/** A unit price in rupees with up to three decimals → thousandths of a rupee. */
export function parseUnitPrice(text: string, field = 'Unit price'): Milli {
  return parseScaled(text, 3, field, 'unit prices');
}

/** A percentage rate (`"18"`, `"0.25"`) → thousandths of a percent. */
export function parseRate(text: string, field = 'Rate'): Milli {
  return parseScaled(text, 3, field, 'rates');
}

/**
 * A JSON number from the IRP (or an import) to the nearest integer of 10^-decimals, half
 * away from zero on the decimal the number was written as (`1.115` → 112 paise, not the
 * 111 its binary value would give).
 */
/** Whether `scaled` is a whole number up to the error a double multiplication can add. */
function nearlyWhole(scaled: number, nearest: number): boolean {
  return Math.abs(scaled - nearest) <= Math.abs(scaled) * 1e-15 + 1e-9;
}

function numberToScaled(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const nearest = Math.round(scaled);
  // Fast path: the number already has at most `decimals` decimals.
  if (nearlyWhole(scaled, nearest)) return nearest === 0 ? 0 : nearest;
  // The decimal the number was written as: JavaScript's shortest round-trip form (`1.115`,
  // `2.0049999999`). Rounding an intermediate form first (toFixed) would round twice. Only very
  // small numbers print with an exponent (amounts never reach 1e21); they are expanded.
  let text = String(Math.abs(value));
  if (text.includes('e')) text = Math.abs(value).toFixed(decimals + 20);
  const dot = text.indexOf('.');
  const fraction = text.slice(dot + 1).padEnd(decimals + 1, '0');
  const head = Number(text.slice(0, dot) + fraction.slice(0, decimals));
  const next = fraction.charCodeAt(decimals) - 48;
  const rounded = next >= 5 ? head + 1 : head;
  return value < 0 ? -rounded : rounded;
}

/** JSON rupees (`123456.5`) → paise. */
export function rupeesToPaise(value: number): Paise {
  return numberToScaled(value, 2);
}

/** JSON quantity / unit price / rate (`12.5`) → thousandths. */
export function toMilli(value: number): Milli {
  return numberToScaled(value, 3);
}

/** Whether a JSON number carries more decimals than `decimals` (e.g. an amount like 10.005). */
export function hasMoreDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return !nearlyWhole(scaled, Math.round(scaled));
}

/** Paise → the JSON number the IRP expects (at most two decimals). */
export function paiseToRupees(paise: Paise): number {
  return paise / 100;
}

/** Thousandths → the JSON number the IRP expects (at most three decimals). */
export function milliToNumber(milli: Milli): number {
  return milli / 1000;
}
