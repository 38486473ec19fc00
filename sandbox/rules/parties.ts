/** Who is who: supplier and recipient GSTINs against the header and the master, state codes and PINs. */
import { findState, FOREIGN_PIN, normaliseStateCode, pinMatchesState } from '../../shared/masters';
import { irpError, type IrpError } from '../errors';
import { hasValidCheckChar } from '../gstin';
import type { Taxpayer } from '../types';
import type { RuleContext } from './context';
import { isExport, supplyType, type Address, type Invoice } from './invoice';

/** dd/mm/yyyy → yyyy-MM-dd, so it compares with the master's dates as text. */
export function isoOfDocDate(dmy: string): string {
  const [d, m, y] = dmy.split('/');
  return `${y}-${m}-${d}`;
}

function usableState(code: string): boolean {
  const state = findState(code);
  return state !== undefined && state.usableAsStateCode;
}

function pinCheck(label: string, address: Address, out: IrpError[]): void {
  const stcd = normaliseStateCode(address.Stcd);
  if (address.Pin === undefined || address.Pin === FOREIGN_PIN || stcd === '96') return;
  if (!pinMatchesState(address.Pin, stcd)) out.push(irpError('2178', `${label}.Pin ${address.Pin}`));
}

/** Registration-period checks of one party against the document date (3074-3079, 3029). */
function registrationCheck(
  t: Taxpayer,
  docIso: string,
  docDate: string,
  isSeller: boolean,
  out: IrpError[],
): void {
  if (t.status === 'INA') {
    out.push(isSeller ? irpError('3076', t.gstin) : irpError('3029'));
    return;
  }
  if (t.status === 'CNL') {
    if (!t.deregisteredOn) out.push(irpError('3075', t.gstin));
    else if (docIso > t.deregisteredOn) out.push(irpError('3074', t.gstin, docDate));
    else if (docIso < t.registeredOn) out.push(irpError('3077', t.gstin, docDate));
    return;
  }
  if (docIso < t.registeredOn) out.push(irpError('3079'));
}

function knownTaxpayer(ctx: RuleContext, gstin: string): Taxpayer | undefined {
  if (ctx.config.strictGstinChecksum && !hasValidCheckChar(gstin)) return undefined;
  return ctx.master.get(gstin);
}

export function partyRules(inv: Invoice, ctx: RuleContext): IrpError[] {
  const out: IrpError[] = [];
  const seller = inv.SellerDtls;
  const buyer = inv.BuyerDtls;
  const sellerGstin = seller.Gstin.toUpperCase();
  const buyerGstin = buyer.Gstin.toUpperCase();
  const caller = ctx.callerGstin.toUpperCase();
  const ecm = inv.TranDtls.EcmGstin?.toUpperCase();
  const docIso = isoOfDocDate(inv.DocDtls.Dt);

  if (sellerGstin === 'URP') {
    out.push(irpError('2213'));
  } else if (sellerGstin !== caller && ecm !== caller) {
    // An e-commerce operator may register for its supplier; anyone else gets told whose invoice it is.
    out.push(irpError(ecm ? '2169' : '2143'));
  }
  if (ecm && ecm.charAt(13) !== 'C') out.push(irpError('2195'));
  if (buyerGstin !== 'URP' && buyerGstin === sellerGstin) out.push(irpError('2211'));

  const sellerStcd = normaliseStateCode(seller.Stcd);
  if (!usableState(sellerStcd) || sellerStcd === '96') out.push(irpError('2259'));
  else if (sellerGstin !== 'URP' && sellerGstin.slice(0, 2) !== sellerStcd) out.push(irpError('2258'));
  const buyerStcd = normaliseStateCode(buyer.Stcd);
  if (!usableState(buyerStcd)) out.push(irpError('2260'));
  else if (buyerGstin !== 'URP' && buyerGstin.slice(0, 2) !== buyerStcd) out.push(irpError('2265'));

  pinCheck('SellerDtls', seller, out);
  if (buyer.Pin === undefined && !isExport(inv)) out.push(irpError('2244', supplyType(inv)));
  pinCheck('BuyerDtls', buyer, out);
  for (const [label, address] of [
    ['DispDtls', inv.DispDtls],
    ['ShipDtls', inv.ShipDtls],
  ] as const) {
    if (!address) continue;
    if (!usableState(normaliseStateCode(address.Stcd))) out.push(irpError('2200', address.Stcd));
    else pinCheck(label, address, out);
  }

  if (sellerGstin !== 'URP') {
    const t = knownTaxpayer(ctx, sellerGstin);
    if (!t) out.push(irpError('3028'));
    else {
      registrationCheck(t, docIso, inv.DocDtls.Dt, true, out);
      if (t.taxpayerType === 'SEZ') out.push(irpError('2231', t.gstin));
    }
  }
  if (buyerGstin !== 'URP') {
    const t = knownTaxpayer(ctx, buyerGstin);
    if (!t) out.push(irpError('3028'));
    else registrationCheck(t, docIso, inv.DocDtls.Dt, false, out);
  }
  return out;
}
