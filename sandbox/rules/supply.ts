/** Supply type, place of supply and which tax heads apply (intra-state CGST+SGST, otherwise IGST). */
import { findState, normaliseStateCode } from '../../shared/masters';
import { irpError, type IrpError } from '../errors';
import type { RuleContext } from './context';
import { isExport, isSezSupply, paise, supplyType, type Invoice } from './invoice';

export interface TaxRegime {
  igst: boolean;
  recipientIsSez: boolean;
}

function recipientIsSez(inv: Invoice, ctx: RuleContext): boolean {
  const gstin = inv.BuyerDtls.Gstin;
  return gstin !== 'URP' && ctx.master.get(gstin)?.taxpayerType === 'SEZ';
}

export function taxRegime(inv: Invoice, ctx: RuleContext): TaxRegime {
  const sellerState = normaliseStateCode(inv.SellerDtls.Stcd);
  const pos = normaliseStateCode(inv.BuyerDtls.Pos);
  const igst = isExport(inv) || isSezSupply(inv) || inv.TranDtls.IgstOnIntra === 'Y' || sellerState !== pos;
  return { igst, recipientIsSez: recipientIsSez(inv, ctx) };
}

export function supplyRules(inv: Invoice, ctx: RuleContext): IrpError[] {
  const out: IrpError[] = [];
  const sup = supplyType(inv);
  const { RegRev, IgstOnIntra } = inv.TranDtls;
  if (RegRev !== undefined && RegRev !== 'Y' && RegRev !== 'N') out.push(irpError('2159'));
  if (RegRev === 'Y' && sup !== 'B2B') out.push(irpError('2162'));
  if (IgstOnIntra !== undefined && IgstOnIntra !== 'Y' && IgstOnIntra !== 'N') out.push(irpError('2263'));

  const buyerUrp = inv.BuyerDtls.Gstin === 'URP';
  if (buyerUrp && (sup === 'B2B' || isSezSupply(inv))) out.push(irpError('2212', sup));
  if (buyerUrp && sup === 'DEXP') out.push(irpError('2171'));

  const pos = normaliseStateCode(inv.BuyerDtls.Pos);
  if (isExport(inv)) {
    if (!buyerUrp) out.push(irpError('2248'));
    if (pos !== '96') out.push(irpError('2229', sup));
    if (normaliseStateCode(inv.BuyerDtls.Stcd) !== '96') out.push(irpError('2261', sup));
    if (!inv.ExpDtls) out.push(irpError('2208'));
  } else if (pos === '96') {
    out.push(irpError('2242', sup));
  } else if (!findState(pos)?.usableAsStateCode) {
    out.push(irpError('2243', sup));
  }

  const sez = recipientIsSez(inv, ctx);
  if (sez && (sup === 'B2B' || sup === 'DEXP')) out.push(irpError('2246', sup));
  if (isSezSupply(inv) && !buyerUrp && !sez) out.push(irpError('2247', sup));

  if (IgstOnIntra === 'Y') {
    if (normaliseStateCode(inv.SellerDtls.Stcd) !== pos) out.push(irpError('2262'));
    const kinds = new Set(inv.ItemList.map((i) => i.IsServc));
    if (kinds.size > 1) out.push(irpError('2249'));
  }
  return out;
}

/** Per-item tax-head checks; `tolerance` in paise. */
export function taxHeadRules(inv: Invoice, ctx: RuleContext, tolerance: number): IrpError[] {
  const out: IrpError[] = [];
  const regime = taxRegime(inv, ctx);
  const withoutPayment = /WOP$/.test(supplyType(inv));
  for (const item of inv.ItemList) {
    const ass = paise(item.AssAmt);
    const expected = Math.round((ass * item.GstRt) / 100);
    const igst = paise(item.IgstAmt);
    const cgst = paise(item.CgstAmt);
    const sgst = paise(item.SgstAmt);
    if (regime.igst) {
      if (cgst > 0 || sgst > 0) {
        if (isExport(inv)) out.push(irpError('2180', item.SlNo));
        else if (regime.recipientIsSez) out.push(irpError('2237', item.HsnCd));
        else out.push(irpError('2174', item.SlNo));
      }
      // Exports and SEZ supplies "without payment" carry no IGST; with payment it must match the rate.
      const zeroAllowed = withoutPayment && igst === 0;
      if (!zeroAllowed && Math.abs(igst - expected) > tolerance) out.push(irpError('2235', item.HsnCd));
    } else {
      if (igst > 0) out.push(irpError('2172', item.SlNo));
      if (expected > 0 && cgst === 0 && sgst === 0) out.push(irpError('2241', item.HsnCd));
      else {
        if (cgst !== sgst) out.push(irpError('2227', item.HsnCd));
        if (Math.abs(cgst + sgst - expected) > tolerance) out.push(irpError('2234', item.HsnCd));
      }
    }
    if (
      item.CesRt !== undefined &&
      Math.abs(paise(item.CesAmt) - Math.round((ass * item.CesRt) / 100)) > tolerance
    ) {
      out.push(irpError('2266', item.HsnCd));
    }
    if (
      item.StateCesRt !== undefined &&
      Math.abs(paise(item.StateCesAmt) - Math.round((ass * item.StateCesRt) / 100)) > tolerance
    ) {
      out.push(irpError('2267', item.HsnCd));
    }
  }
  return out;
}
