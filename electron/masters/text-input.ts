/**
 * For callers holding what a person typed (the CLI, an import): text → the integers the services
 * take, through shared/money so "1,23,456.50" and "₹ 18" read the same everywhere. The renderer
 * does the same with shared/money directly and sends integers.
 */
import { MoneyParseError, parseRate, parseRupees, parseUnitPrice } from '../../shared/money';
import { badRequest } from './fields';
import type { ItemSaveInput } from './types';

function read(
  parse: (text: string, label: string) => number,
  text: string,
  field: string,
  label: string,
): number {
  try {
    return parse(text, label);
  } catch (error) {
    if (error instanceof MoneyParseError) throw badRequest(field, error.message);
    throw error;
  }
}

function blank(text: string | null | undefined): text is null | undefined | '' {
  return text === undefined || text === null || text.trim() === '';
}

/** "1,250.50" → 125050 paise. */
export function readRupees(text: string, field: string, label = 'Amount'): number {
  return read(parseRupees, text, field, label);
}

/** "99.995" → 99995 thousandths of a rupee. */
export function readUnitPrice(text: string, field: string, label = 'Unit price'): number {
  return read(parseUnitPrice, text, field, label);
}

/** "18" or "18%" → 18000 thousandths of a percent. */
export function readRate(text: string, field: string, label = 'Rate'): number {
  return read(parseRate, text.trim().replace(/%$/, ''), field, label);
}

/** "560 001" → 560001; blank → null. */
export function readPin(text: string | null | undefined, field = 'pin'): number | null {
  if (blank(text)) return null;
  const digits = text.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(digits)) throw badRequest(field, `PIN code "${text.trim()}" must be 6 digits.`);
  return Number(digits);
}

/** An item form as typed: rates in percent, prices and amounts in rupees. */
export interface ItemTextInput {
  id?: number;
  description: string;
  hsnCode: string;
  isService: boolean;
  unit?: string | null;
  /** "18", "0.25", "18%". */
  gstRate: string;
  cessRate?: string | null;
  /** Rupees per unit. */
  cessNonAdvol?: string | null;
  /** Rupees, up to three decimals. */
  defaultUnitPrice?: string | null;
}

export function itemInputFromText(form: ItemTextInput): ItemSaveInput {
  return {
    ...(form.id !== undefined ? { id: form.id } : {}),
    description: form.description,
    hsnCode: form.hsnCode,
    isService: form.isService,
    unit: form.unit ?? null,
    gstRateMilli: readRate(form.gstRate, 'gstRateMilli', 'GST rate'),
    cessRateMilli: blank(form.cessRate) ? 0 : readRate(form.cessRate, 'cessRateMilli', 'Cess rate'),
    cessNonAdvolPaise: blank(form.cessNonAdvol)
      ? 0
      : readRupees(form.cessNonAdvol, 'cessNonAdvolPaise', 'Non-ad-valorem cess'),
    defaultUnitPriceMilli: blank(form.defaultUnitPrice)
      ? null
      : readUnitPrice(form.defaultUnitPrice, 'defaultUnitPriceMilli', 'Default unit price'),
  };
}
