/**
 * Document totals against the items: 2182 taxable value, 2183 SGST, 2184 CGST, 2185 IGST,
 * 2186 cess (ad valorem + non-ad-valorem), 2187 state cess, 2189 invoice value (±₹1),
 * 2220 document discount, 2264 other charges.
 */
import { formatRupees } from '../../format/indian';
import { TOLERANCE_PAISE } from '../finding';
import { obj, paise, type RuleContext } from './context';

export function checkTotals(ctx: RuleContext): void {
  const val = ctx.s.val;
  let assVal = 0;
  let cgst = 0;
  let sgst = 0;
  let igst = 0;
  let cess = 0;
  let stateCess = 0;
  let itemOther = 0;
  for (const raw of ctx.s.items) {
    const item = obj(raw);
    if (!item) continue;
    assVal += paise(item.AssAmt);
    cgst += paise(item.CgstAmt);
    sgst += paise(item.SgstAmt);
    igst += paise(item.IgstAmt);
    cess += paise(item.CesAmt) + paise(item.CesNonAdvlAmt);
    stateCess += paise(item.StateCesAmt) + paise(item.StateCesNonAdvlAmt);
    itemOther += paise(item.OthChrg);
  }
  const sums: ReadonlyArray<readonly [string, string, string, number]> = [
    ['2182', 'AssVal', 'Total taxable value', assVal],
    ['2183', 'SgstVal', 'Total SGST', sgst],
    ['2184', 'CgstVal', 'Total CGST', cgst],
    ['2185', 'IgstVal', 'Total IGST', igst],
    ['2186', 'CesVal', 'Total cess', cess],
    ['2187', 'StCesVal', 'Total state cess', stateCess],
  ];
  for (const [code, key, label, expected] of sums) {
    const given = paise(val[key]);
    if (Math.abs(given - expected) > TOLERANCE_PAISE.headerSum) {
      ctx.error(
        code,
        `ValDtls.${key}`,
        `${label} ${formatRupees(given)} should equal the sum over the items, ${formatRupees(expected)}.`,
      );
    }
  }

  const otherCharges = paise(val.OthChrg);
  if (otherCharges < itemOther) {
    ctx.error(
      '2264',
      'ValDtls.OthChrg',
      `Other charges ${formatRupees(otherCharges)} are less than the items' other charges, ${formatRupees(itemOther)}; the document total must include them.`,
    );
  }

  const discount = paise(val.Discount);
  const beforeDiscount =
    paise(val.AssVal) +
    paise(val.CgstVal) +
    paise(val.SgstVal) +
    paise(val.IgstVal) +
    paise(val.CesVal) +
    paise(val.StCesVal) +
    otherCharges;
  const expectedTotal = beforeDiscount - discount + paise(val.RndOffAmt);
  const total = paise(val.TotInvVal);
  if (discount > 0 && discount >= beforeDiscount) {
    ctx.error(
      '2220',
      'ValDtls.Discount',
      `Document discount ${formatRupees(discount)} cannot be as large as the invoice value before it, ${formatRupees(beforeDiscount)}.`,
    );
  }
  if (Math.abs(total - expectedTotal) > TOLERANCE_PAISE.invoiceTotal) {
    ctx.error(
      '2189',
      'ValDtls.TotInvVal',
      `Total invoice value ${formatRupees(total)} should be taxable value + taxes + cess + other charges − discount + round-off = ${formatRupees(expectedTotal)} (the IRP allows ±₹1).`,
    );
  }
}
