/**
 * Decimal places (L-DECIMALS, a warning): amounts are kept to 2 decimals and quantities, unit
 * prices and rates to 3 (the IRP's field specification). Its schema states only the ranges, so
 * what the IRP does with `10.005` is not published; this app keeps money in whole paise and would show and print
 * the value rounded. The ERP is told which field to round rather than finding a paisa's
 * difference later.
 */
import { formatRupees } from '../../format/indian';
import { hasMoreDecimals, rupeesToPaise, toMilli } from '../../money/parse';
import { num, obj, type Obj, type RuleContext } from './context';

const ITEM_AMOUNTS = [
  'TotAmt',
  'Discount',
  'PreTaxVal',
  'AssAmt',
  'IgstAmt',
  'CgstAmt',
  'SgstAmt',
  'CesAmt',
  'CesNonAdvlAmt',
  'StateCesAmt',
  'StateCesNonAdvlAmt',
  'OthChrg',
  'TotItemVal',
];
const ITEM_THOUSANDTHS = ['Qty', 'FreeQty', 'UnitPrice', 'GstRt', 'CesRt', 'StateCesRt'];
const TOTALS = [
  'AssVal',
  'CgstVal',
  'SgstVal',
  'IgstVal',
  'CesVal',
  'StCesVal',
  'Discount',
  'OthChrg',
  'RndOffAmt',
  'TotInvVal',
  'TotInvValFc',
];
const PAYMENT_AMOUNTS = ['PaidAmt', 'PaymtDue'];
const EXPORT_AMOUNTS = ['ExpDuty'];

function check(ctx: RuleContext, section: Obj | undefined, at: string, fields: string[], decimals: 2 | 3) {
  if (!section) return;
  for (const field of fields) {
    const value = num(section[field]);
    if (value === undefined || !hasMoreDecimals(value, decimals)) continue;
    const kept = decimals === 2 ? formatRupees(rupeesToPaise(value)) : String(toMilli(value) / 1000);
    ctx.warn(
      'L-DECIMALS',
      `${at}.${field}`,
      `${at}.${field}: ${value} has more than ${decimals} decimal places; ${
        decimals === 2 ? 'amounts' : 'quantities, prices and rates'
      } are kept to ${decimals}, so this app records ${kept}. Round it in the source so the IRP and this app hold the same value.`,
    );
  }
}

export function checkDecimals(ctx: RuleContext): void {
  ctx.s.items.forEach((raw, i) => {
    const item = obj(raw);
    check(ctx, item, `ItemList[${i}]`, ITEM_AMOUNTS, 2);
    check(ctx, item, `ItemList[${i}]`, ITEM_THOUSANDTHS, 3);
  });
  check(ctx, ctx.s.val, 'ValDtls', TOTALS, 2);
  check(ctx, obj(ctx.json.PayDtls), 'PayDtls', PAYMENT_AMOUNTS, 2);
  check(ctx, obj(ctx.json.ExpDtls), 'ExpDtls', EXPORT_AMOUNTS, 2);
}
