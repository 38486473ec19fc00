/** Document totals against the sum of the items (2182-2189) and the header discount/charges. */
import { irpError, type IrpError } from '../errors';
import { paise, type Invoice } from './invoice';

export function totalRules(inv: Invoice, tolerance: number): IrpError[] {
  const out: IrpError[] = [];
  const sum = (pick: (i: Invoice['ItemList'][number]) => number | undefined) =>
    inv.ItemList.reduce((acc, item) => acc + paise(pick(item)), 0);
  const v = inv.ValDtls;
  const checks: Array<[string, number | undefined, number]> = [
    ['2182', v.AssVal, sum((i) => i.AssAmt)],
    ['2183', v.SgstVal, sum((i) => i.SgstAmt)],
    ['2184', v.CgstVal, sum((i) => i.CgstAmt)],
    ['2185', v.IgstVal, sum((i) => i.IgstAmt)],
    ['2186', v.CesVal, sum((i) => i.CesAmt) + sum((i) => i.CesNonAdvlAmt)],
    ['2187', v.StCesVal, sum((i) => i.StateCesAmt) + sum((i) => i.StateCesNonAdvlAmt)],
  ];
  for (const [code, header, items] of checks) {
    if (Math.abs(paise(header) - items) > tolerance) out.push(irpError(code));
  }
  const expectedTotal =
    paise(v.AssVal) +
    paise(v.CgstVal) +
    paise(v.SgstVal) +
    paise(v.IgstVal) +
    paise(v.CesVal) +
    paise(v.StCesVal) +
    paise(v.OthChrg) -
    paise(v.Discount) +
    paise(v.RndOffAmt);
  if (Math.abs(paise(v.TotInvVal) - expectedTotal) > tolerance) out.push(irpError('2189'));
  if (paise(v.Discount) > 0 && paise(v.Discount) >= paise(v.TotInvVal)) out.push(irpError('2220'));
  // Header OthChrg may also carry document-level charges, so only a shortfall against the items is an error.
  if (paise(v.OthChrg) + tolerance < sum((i) => i.OthChrg)) out.push(irpError('2264'));
  return out;
}
