/** Item-level arithmetic and codes: SlNo, HSN, unit, rate, quantity, TotAmt/AssAmt/TotItemVal. */
import { isUqcUnit, isValidGstRateMilli } from '../../shared/masters';
import { irpError, type IrpError } from '../errors';
import type { RuleContext } from './context';
import { paise, type Invoice, type Item } from './invoice';

/** HSN chapters that do not exist in the tariff (00, and 77 which is reserved). */
const NO_SUCH_CHAPTER = new Set(['00', '77']);

function hsnValid(item: Item, fourDigitsAllowed: boolean): boolean {
  const hsn = item.HsnCd;
  if (NO_SUCH_CHAPTER.has(hsn.slice(0, 2))) return false;
  return hsn.length !== 4 || fourDigitsAllowed;
}

/** Qty × UnitPrice in paise, exact: both carry up to three decimals, so the product goes through BigInt. */
function qtyTimesPricePaise(qty: number, unitPrice: number): number {
  const product = BigInt(Math.round(qty * 1000)) * BigInt(Math.round(unitPrice * 1000));
  return Number((product + 5000n) / 10000n);
}

export function itemRules(inv: Invoice, ctx: RuleContext, tolerance: number): IrpError[] {
  const out: IrpError[] = [];
  const items = inv.ItemList;
  if (items.length === 0) return [irpError('2228')];
  if (items.length > ctx.config.maxItems) out.push(irpError('2173'));
  const slNos = new Set(items.map((i) => Number(i.SlNo)));
  if (slNos.size !== items.length) out.push(irpError('2233'));

  const seller = ctx.master.get(inv.SellerDtls.Gstin);
  const fourDigitsAllowed = (seller?.aatoPaise ?? 0) < ctx.config.hsnSixDigitAatoPaise;
  const badHsn = new Set<string>();
  const badUnits = new Set<string>();
  for (const item of items) {
    if (!hsnValid(item, fourDigitsAllowed)) badHsn.add(item.HsnCd);
    if (!isValidGstRateMilli(Math.round(item.GstRt * 1000))) out.push(irpError('2240', item.HsnCd));
    if (item.IsServc === 'N') {
      if (item.Qty === undefined) out.push(irpError('2238', item.HsnCd));
      if (item.Unit === undefined) out.push(irpError('2239', item.HsnCd));
    }
    if (item.Unit !== undefined && !isUqcUnit(item.Unit.toUpperCase())) badUnits.add(item.Unit);
    if (
      item.Qty !== undefined &&
      Math.abs(paise(item.TotAmt) - qtyTimesPricePaise(item.Qty, item.UnitPrice)) > tolerance
    ) {
      out.push(irpError('2192', item.HsnCd));
    }
    if (Math.abs(paise(item.AssAmt) - (paise(item.TotAmt) - paise(item.Discount))) > tolerance) {
      out.push(irpError('2193', item.HsnCd));
    }
    const total =
      paise(item.AssAmt) +
      paise(item.IgstAmt) +
      paise(item.CgstAmt) +
      paise(item.SgstAmt) +
      paise(item.CesAmt) +
      paise(item.CesNonAdvlAmt) +
      paise(item.StateCesAmt) +
      paise(item.StateCesNonAdvlAmt) +
      paise(item.OthChrg);
    if (Math.abs(paise(item.TotItemVal) - total) > tolerance) out.push(irpError('2194', item.HsnCd));
  }
  // NIC lists every offending code in one message.
  if (badHsn.size > 0) out.push(irpError('2176', [...badHsn].join(',')));
  if (badUnits.size > 0) out.push(irpError('2177', [...badUnits].join(',')));
  return out;
}
