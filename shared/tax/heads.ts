/**
 * Place of supply → tax heads (REFERENCE §4 rule 12). Intra-state (supplier's state equals
 * the place of supply) is CGST + SGST unless IGST-on-intra is claimed; inter-state, SEZ
 * and export supplies are IGST; exports and SEZ supplies without payment carry no tax.
 */
import { normaliseStateCode } from '../masters/states';
import { isExportSupply, isSezSupply, isWithoutPayment } from '../invoice/model';

export type TaxHeads = 'CGST_SGST' | 'IGST' | 'NONE';

export interface PlaceOfSupplyFacts {
  supplyType: string;
  /** The seller's GSTIN (its first two digits are the supplier's state). */
  sellerGstin: string;
  /** Fallback when the GSTIN has no state prefix (should not happen for a valid GSTIN). */
  sellerStateCode?: string;
  placeOfSupply: string;
  igstOnIntra: boolean;
}

/** The supplier's state: the GSTIN prefix, which the IRP trusts over `SellerDtls.Stcd`. */
export function supplierState(facts: Pick<PlaceOfSupplyFacts, 'sellerGstin' | 'sellerStateCode'>): string {
  const prefix = facts.sellerGstin.slice(0, 2);
  return /^\d{2}$/.test(prefix) ? prefix : normaliseStateCode(facts.sellerStateCode ?? '');
}

/** Whether the supply is intra-state by geography (before any IGST-on-intra election). */
export function isIntraState(facts: PlaceOfSupplyFacts): boolean {
  const upper = facts.supplyType.toUpperCase();
  if (isExportSupply(upper) || isSezSupply(upper)) return false;
  return supplierState(facts) === normaliseStateCode(facts.placeOfSupply);
}

export function taxHeads(facts: PlaceOfSupplyFacts): TaxHeads {
  const upper = facts.supplyType.toUpperCase();
  if (isWithoutPayment(upper)) return 'NONE';
  if (isIntraState(facts) && !facts.igstOnIntra) return 'CGST_SGST';
  return 'IGST';
}
