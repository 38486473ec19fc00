/**
 * The generate-IRN rule engine: schema first (a broken document cannot be judged further), then every
 * business rule, all failures reported together as NIC does.
 */
import type { IrpError } from '../errors';
import type { RuleContext } from './context';
import { dateRules } from './dates';
import type { Invoice } from './invoice';
import { itemRules } from './items';
import { partyRules } from './parties';
import { checkInvoiceSchema } from './schema';
import { supplyRules, taxHeadRules } from './supply';
import { totalRules } from './totals';

export type { RuleContext } from './context';

export function validateInvoice(payload: unknown, ctx: RuleContext): IrpError[] {
  const schemaErrors = checkInvoiceSchema(payload);
  if (schemaErrors.length > 0) return schemaErrors;
  const inv = payload as Invoice;
  const tolerance = Math.round(ctx.config.toleranceRupees * 100);
  const dates = dateRules(inv, ctx);
  // Party registration checks compare against the document date, so they need a real one.
  if (dates.some((e) => e.ErrorCode === '2144')) return dates;
  const items = itemRules(inv, ctx, tolerance);
  const errors = [...partyRules(inv, ctx), ...supplyRules(inv, ctx), ...dates, ...items];
  if (inv.ItemList.length > 0)
    errors.push(...taxHeadRules(inv, ctx, tolerance), ...totalRules(inv, tolerance));
  return dedupe(errors);
}

/** The same code and text twice (say 3028 for both parties) is reported once, as NIC does. */
function dedupe(errors: IrpError[]): IrpError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.ErrorCode}|${e.ErrorMessage}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
