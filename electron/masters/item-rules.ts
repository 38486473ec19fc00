/**
 * Validation of an item before it is saved, against the IRP's ItemList limits: HSN/SAC 4, 6 or 8
 * digits and not all zeros (2176), SAC codes of services starting with 99, UQC units (2177) and
 * required for goods (2239), GST rates the IRP accepts (2240).
 */
import { GST_RATES_MILLI, UQC_UNITS, isUqcUnit, isValidGstRateMilli } from '../../shared/masters';
import { HSN_SIX_DIGIT_AATO_PAISE } from '../../shared/validation/finding';
import type { ItemPatch } from '../ledger';
import { badRequest, booleanField, codeText, integer, optionalInteger, requiredText } from './fields';

export const DESCRIPTION = { label: 'Description', min: 3, max: 300 };

const HSN = /^(?!0+$)([0-9]{4}|[0-9]{6}|[0-9]{8})$/;
/** The IRP's maximum for rates (999.999 %) in thousandths. */
const MAX_RATE_MILLI = 999_999;
/** The IRP's maximum amount, 999999999999.99 rupees, in paise. */
const MAX_PAISE = 99_999_999_999_999;
/** The IRP's maximum unit price, 999999999999.999 rupees, in thousandths. */
const MAX_PRICE_MILLI = 999_999_999_999_999;

export type ItemFields = Required<Pick<ItemPatch, 'description' | 'hsnCode' | 'isService' | 'gstRateMilli'>> &
  Required<Pick<ItemPatch, 'unit' | 'cessRateMilli' | 'cessNonAdvolPaise' | 'defaultUnitPriceMilli'>>;

export interface ItemRuleContext {
  /** The business's annual turnover, when known: above ₹5 crore HSN needs 6 digits. */
  aatoPaise: number | null;
}

function checkHsn(value: unknown, isService: boolean, ctx: ItemRuleContext): string {
  const hsn = codeText(value, 'hsnCode', 'HSN/SAC code')?.replace(/\s+/g, '') ?? null;
  if (!hsn) throw badRequest('hsnCode', 'HSN/SAC code is required.');
  if (!HSN.test(hsn)) {
    throw badRequest(
      'hsnCode',
      `HSN/SAC code ${hsn} is not valid: it must be 4, 6 or 8 digits and not all zeros (IRP error 2176).`,
    );
  }
  if (isService && !hsn.startsWith('99')) {
    throw badRequest(
      'hsnCode',
      `SAC code ${hsn} is not a service code: SAC codes for services start with 99.`,
    );
  }
  if (!isService && hsn.startsWith('99')) {
    throw badRequest(
      'hsnCode',
      `HSN code ${hsn} starts with 99, which is a service (SAC) code; mark the item as a service or correct the code.`,
    );
  }
  if (ctx.aatoPaise !== null && ctx.aatoPaise > HSN_SIX_DIGIT_AATO_PAISE && hsn.length < 6) {
    throw badRequest(
      'hsnCode',
      `HSN/SAC code ${hsn} needs at least 6 digits for a business with turnover above ₹5 crore (IRP error 2176).`,
    );
  }
  return hsn;
}

function checkUnit(value: unknown, isService: boolean): string | null {
  const unit = codeText(value, 'unit', 'Unit');
  if (!unit) {
    if (isService) return null;
    throw badRequest('unit', 'Unit is required for goods (NOS, KGS, MTR, ...; IRP error 2239).');
  }
  if (!isUqcUnit(unit)) {
    throw badRequest('unit', `Unit ${unit} is not a UQC unit code (NOS, KGS, LTR, ...; IRP error 2177).`);
  }
  return unit;
}

function checkGstRate(value: unknown): number {
  const rate = integer(value, 'gstRateMilli', 'GST rate', 0, MAX_RATE_MILLI);
  if (!isValidGstRateMilli(rate)) {
    const list = GST_RATES_MILLI.map((r) => r / 1000).join(', ');
    throw badRequest('gstRateMilli', `GST rate ${rate / 1000}% is not a GST rate the IRP accepts (${list}).`);
  }
  return rate;
}

/** Checks an item from a request; throws a DeskError naming the first field that is wrong. */
export function checkItem(raw: Record<string, unknown>, ctx: ItemRuleContext): ItemFields {
  const description = requiredText(raw.description, 'description', DESCRIPTION);
  const isService = booleanField(raw.isService, 'isService', 'Service');
  const hsnCode = checkHsn(raw.hsnCode, isService, ctx);
  const unit = checkUnit(raw.unit, isService);
  const gstRateMilli = checkGstRate(raw.gstRateMilli);
  const cessRateMilli =
    optionalInteger(raw.cessRateMilli, 'cessRateMilli', 'Cess rate', 0, MAX_RATE_MILLI) ?? 0;
  const cessNonAdvolPaise =
    optionalInteger(raw.cessNonAdvolPaise, 'cessNonAdvolPaise', 'Non-ad-valorem cess', 0, MAX_PAISE) ?? 0;
  const defaultUnitPriceMilli = optionalInteger(
    raw.defaultUnitPriceMilli,
    'defaultUnitPriceMilli',
    'Default unit price',
    0,
    MAX_PRICE_MILLI,
  );
  return {
    description,
    hsnCode,
    isService,
    unit,
    gstRateMilli,
    cessRateMilli,
    cessNonAdvolPaise,
    defaultUnitPriceMilli,
  };
}

export function unitName(unit: string | null): string | null {
  return unit ? (UQC_UNITS[unit] ?? null) : null;
}
