/**
 * Items: serial numbers (2233), HSN/SAC (2176), units (2177), quantity and unit for goods
 * (2238, 2239), GST rate (2240), quantity × price (2192), taxable value (2193), item total
 * (2194), tax heads by place of supply (2172, 2174, 2180, 2237, 2241, 2227) and tax amounts
 * (2234, 2235, 2266, 2267).
 */
import { mulDivRound } from '../../money/round';
import { isUqcUnit } from '../../masters/units';
import { isValidGstRateMilli } from '../../masters/gst-rates';
import { halfTaxAt, taxAt } from '../../tax/engine';
import { HSN_SIX_DIGIT_AATO_PAISE, TOLERANCE_PAISE } from '../finding';
import { formatRupees } from '../../format/indian';
import { milli, obj, paise, str, type Obj, type RuleContext } from './context';

const HSN_FORMAT = /^(?!0+$)([0-9]{4}|[0-9]{6}|[0-9]{8})$/;

const rupees = (p: number): string => formatRupees(p);
const rate = (m: number): string => `${m / 1000}%`;

function off(given: number, expected: number, tolerance: number): boolean {
  return Math.abs(given - expected) > tolerance;
}

function checkItem(ctx: RuleContext, item: Obj, i: number): void {
  const at = `ItemList[${i}]`;
  const hsn = str(item.HsnCd) ?? '';
  const name = `Item ${i + 1}${hsn ? ` (HSN ${hsn})` : ''}`;
  const isService = str(item.IsServc) === 'Y';

  if (HSN_FORMAT.test(hsn)) {
    const aato = ctx.options.aatoPaise;
    if (aato !== undefined && aato > HSN_SIX_DIGIT_AATO_PAISE && hsn.length < 6) {
      ctx.error(
        '2176',
        `${at}.HsnCd`,
        `${name}: the HSN/SAC code needs at least 6 digits for a business with turnover above ₹5 crore.`,
      );
    }
    if (isService !== hsn.startsWith('99')) {
      ctx.warn(
        'L-HSN-KIND',
        `${at}.HsnCd`,
        isService
          ? `${name} is marked as a service but its code does not start with 99 (SAC codes for services do).`
          : `${name} is marked as goods but its code starts with 99, which is a service (SAC) code.`,
      );
    }
  }

  const unit = str(item.Unit);
  if (unit !== undefined && /^[A-Za-z]{3,8}$/.test(unit) && !isUqcUnit(unit.toUpperCase())) {
    ctx.error('2177', `${at}.Unit`, `${name}: unit ${unit} is not a UQC unit code (NOS, KGS, LTR, …).`);
  }
  if (!isService) {
    if (item.Qty === undefined) ctx.error('2238', `${at}.Qty`, `${name}: quantity is required for goods.`);
    if (unit === undefined) ctx.error('2239', `${at}.Unit`, `${name}: unit is required for goods.`);
  }

  const gstRate = milli(item.GstRt);
  if (gstRate !== undefined && !isValidGstRateMilli(gstRate)) {
    ctx.error(
      '2240',
      `${at}.GstRt`,
      `${name}: GST rate ${rate(gstRate)} is not a GST rate (0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28, 40).`,
    );
  }

  // Amounts.
  const qty = milli(item.Qty);
  const price = milli(item.UnitPrice);
  const totAmt = paise(item.TotAmt);
  // A quantity of 0 is how price-difference notes are sent; the IRP skips the product check then.
  if (qty !== undefined && qty > 0 && price !== undefined) {
    const expected = mulDivRound(qty, price, 10_000);
    if (off(totAmt, expected, TOLERANCE_PAISE.itemAmount)) {
      ctx.error(
        '2192',
        `${at}.TotAmt`,
        `${name}: gross amount ${rupees(totAmt)} should equal quantity × unit price = ${rupees(expected)}.`,
      );
    }
  }
  const assAmt = paise(item.AssAmt);
  const discount = paise(item.Discount);
  if (off(assAmt, totAmt - discount, TOLERANCE_PAISE.itemAmount)) {
    ctx.error(
      '2193',
      `${at}.AssAmt`,
      `${name}: taxable value ${rupees(assAmt)} should equal gross amount − discount = ${rupees(totAmt - discount)}.`,
    );
  }

  const igst = paise(item.IgstAmt);
  const cgst = paise(item.CgstAmt);
  const sgst = paise(item.SgstAmt);
  const cess = paise(item.CesAmt);
  const stateCess = paise(item.StateCesAmt);
  checkHeads(ctx, { at, name, assAmt, gstRate: gstRate ?? 0, igst, cgst, sgst });

  if (ctx.heads !== undefined && ctx.heads !== 'NONE') {
    const cessRate = milli(item.CesRt) ?? 0;
    const expectedCess = taxAt(assAmt, cessRate);
    if (off(cess, expectedCess, TOLERANCE_PAISE.itemTax)) {
      ctx.error(
        '2266',
        `${at}.CesAmt`,
        `${name}: cess amount ${rupees(cess)} should be ${rate(cessRate)} of the taxable value = ${rupees(expectedCess)}.`,
      );
    }
    const stateCessRate = milli(item.StateCesRt) ?? 0;
    const expectedStateCess = taxAt(assAmt, stateCessRate);
    if (off(stateCess, expectedStateCess, TOLERANCE_PAISE.itemTax)) {
      ctx.error(
        '2267',
        `${at}.StateCesAmt`,
        `${name}: state cess amount ${rupees(stateCess)} should be ${rate(stateCessRate)} of the taxable value = ${rupees(expectedStateCess)}.`,
      );
    }
  }

  const expectedTotal =
    assAmt +
    igst +
    cgst +
    sgst +
    cess +
    paise(item.CesNonAdvlAmt) +
    stateCess +
    paise(item.StateCesNonAdvlAmt) +
    paise(item.OthChrg);
  const totItemVal = paise(item.TotItemVal);
  if (off(totItemVal, expectedTotal, TOLERANCE_PAISE.itemAmount)) {
    ctx.error(
      '2194',
      `${at}.TotItemVal`,
      `${name}: item total ${rupees(totItemVal)} should equal taxable value + taxes + cess + other charges = ${rupees(expectedTotal)}.`,
    );
  }
}

interface HeadFacts {
  at: string;
  name: string;
  assAmt: number;
  gstRate: number;
  igst: number;
  cgst: number;
  sgst: number;
}

function checkHeads(ctx: RuleContext, f: HeadFacts): void {
  const { at, name } = f;
  const tol = TOLERANCE_PAISE.itemTax;
  if (ctx.heads === undefined) return;
  if (ctx.heads === 'NONE') {
    if (f.igst > 0) {
      ctx.error(
        '2235',
        `${at}.IgstAmt`,
        `${name}: a supply without payment of tax (${ctx.supplyType}) carries no IGST; IGST amount must be 0.`,
      );
    }
    if (f.cgst > 0 || f.sgst > 0) {
      ctx.error(
        ctx.isExport ? '2180' : '2237',
        `${at}.CgstAmt`,
        `${name}: CGST and SGST are not allowed on a ${ctx.supplyType} supply.`,
      );
    }
    return;
  }
  if (ctx.heads === 'CGST_SGST') {
    if (f.igst > 0) {
      ctx.error(
        '2172',
        `${at}.IgstAmt`,
        `${name}: IGST does not apply to an intra-state supply (place of supply ${ctx.placeOfSupply} is the supplier's state); charge CGST and SGST.`,
      );
    }
    const half = halfTaxAt(f.assAmt, f.gstRate);
    if (f.cgst !== f.sgst) {
      ctx.error(
        '2227',
        `${at}.SgstAmt`,
        `${name}: CGST (${rupees(f.cgst)}) and SGST (${rupees(f.sgst)}) must be equal.`,
      );
    } else if (f.cgst === 0 && half > tol) {
      ctx.error(
        '2241',
        `${at}.CgstAmt`,
        `${name}: CGST and SGST amounts (${rupees(half)} each) are required for an intra-state supply at ${rate(f.gstRate)}.`,
      );
    }
    if (f.cgst > 0 && (off(f.cgst, half, tol) || off(f.sgst, half, tol))) {
      ctx.error(
        '2234',
        `${at}.CgstAmt`,
        `${name}: CGST and SGST should each be ${rate(f.gstRate / 2)} of the taxable value = ${rupees(half)}.`,
      );
    }
    return;
  }
  // IGST.
  if (f.cgst > 0 || f.sgst > 0) {
    const code = ctx.isExport ? '2180' : ctx.isSez ? '2237' : '2174';
    const why = ctx.isExport
      ? 'an export'
      : ctx.isSez
        ? 'a supply to an SEZ'
        : ctx.igstOnIntra
          ? 'a supply charged to IGST on intra-state'
          : `an inter-state supply (supplier state ${ctx.supplierState}, place of supply ${ctx.placeOfSupply})`;
    ctx.error(code, `${at}.CgstAmt`, `${name}: CGST and SGST are not allowed on ${why}; charge IGST.`);
  }
  const expected = taxAt(f.assAmt, f.gstRate);
  if (off(f.igst, expected, tol)) {
    ctx.error(
      '2235',
      `${at}.IgstAmt`,
      `${name}: IGST amount ${rupees(f.igst)} should be ${rate(f.gstRate)} of the taxable value = ${rupees(expected)}.`,
    );
  }
}

export function checkItems(ctx: RuleContext): void {
  const seen = new Map<string, number>();
  ctx.s.items.forEach((raw, i) => {
    const item = obj(raw);
    if (!item) return;
    const slNo = str(item.SlNo);
    if (slNo !== undefined) {
      const key = slNo;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.error(
          '2233',
          `ItemList[${i}].SlNo`,
          `Item ${i + 1} serial number ${slNo} repeats item ${first + 1}'s; serial numbers must be unique.`,
        );
      } else {
        seen.set(key, i);
      }
    }
    checkItem(ctx, item, i);
  });
}
