/**
 * Seller, buyer, dispatch-from and ship-to: GSTIN structure and check character, GSTIN
 * state prefix vs state code (2258, 2265), valid state codes (2259, 2260, 2200), PIN vs
 * state (2178), buyer PIN (2244), supplier URP (2213) and self-supply (2211).
 */
import { findState, OTHER_COUNTRY_STATE_CODE } from '../../masters/states';
import { FOREIGN_PIN, pinMatchesState } from '../../masters/pin-ranges';
import { gstinCheckChar, gstinProblem, IRP_GSTIN_SHAPE, URP } from '../../gstin/gstin';
import { num, obj, str, stateCode, type RuleContext } from './context';

/**
 * Structure and check character of a GSTIN that already has the IRP's shape. `warnOnly`
 * for fields whose faults do not stop the IRN (the e-way bill's transporter ID).
 */
export function checkGstin(
  ctx: RuleContext,
  gstin: string,
  field: string,
  code: string,
  who: string,
  warnOnly = false,
): void {
  const problem = gstinProblem(gstin);
  const report = (message: string) =>
    warnOnly ? ctx.warn(code, field, message) : ctx.gstinFinding(code, field, message);
  if (problem === 'structure') {
    report(
      `${who} ${gstin} does not follow the structure of a GSTIN (state code, PAN, entity number, Z or a type letter, check character).`,
    );
  } else if (problem === 'checksum') {
    report(
      `${who} ${gstin} has a wrong check character: the last character should be ${gstinCheckChar(gstin.slice(0, 14)) ?? '?'}; check it for a typing mistake.`,
    );
  }
}

function usableState(code: string | undefined): boolean {
  const state = code === undefined ? undefined : findState(code);
  return state !== undefined && state.usableAsStateCode;
}

function checkPin(ctx: RuleContext, section: string, who: string, pin: number, state: string): void {
  if (state === OTHER_COUNTRY_STATE_CODE) return;
  if (pin === FOREIGN_PIN || !pinMatchesState(pin, state)) {
    const name = findState(state)?.name ?? state;
    ctx.error(
      '2178',
      `${section}.Pin`,
      `${who} PIN code ${pin} does not belong to state ${state} (${name}).`,
    );
  }
}

export function checkParties(ctx: RuleContext): void {
  const { seller, buyer } = ctx.s;
  const sellerGstin = ctx.sellerGstin;
  const buyerGstin = (str(buyer.Gstin) ?? '').toUpperCase();

  if (sellerGstin === URP) {
    ctx.error(
      '2213',
      'SellerDtls.Gstin',
      'Seller GSTIN cannot be URP: the supplier of an e-invoice must be registered.',
    );
  } else if (IRP_GSTIN_SHAPE.test(sellerGstin)) {
    checkGstin(ctx, sellerGstin, 'SellerDtls.Gstin', '3030', 'Seller GSTIN');
  }
  if (buyerGstin !== URP && IRP_GSTIN_SHAPE.test(buyerGstin)) {
    checkGstin(ctx, buyerGstin, 'BuyerDtls.Gstin', '3028', 'Buyer GSTIN');
  }
  if (sellerGstin && sellerGstin !== URP && sellerGstin === buyerGstin) {
    ctx.error(
      '2211',
      'BuyerDtls.Gstin',
      `Buyer GSTIN is the same as the seller's (${sellerGstin}); a supplier cannot invoice itself.`,
    );
  }

  const sellerState = stateCode(seller.Stcd);
  if (sellerState !== undefined) {
    if (!usableState(sellerState) || sellerState === OTHER_COUNTRY_STATE_CODE) {
      ctx.error(
        '2259',
        'SellerDtls.Stcd',
        `Seller state code ${sellerState} is not a valid Indian state or union territory code.`,
      );
    } else if (IRP_GSTIN_SHAPE.test(sellerGstin) && sellerGstin.slice(0, 2) !== sellerState) {
      ctx.error(
        '2258',
        'SellerDtls.Stcd',
        `Seller state code ${sellerState} does not match the seller GSTIN, which starts with ${sellerGstin.slice(0, 2)}.`,
      );
    }
    const pin = num(seller.Pin);
    if (pin !== undefined && usableState(sellerState))
      checkPin(ctx, 'SellerDtls', 'Seller', pin, sellerState);
  }

  const buyerState = stateCode(buyer.Stcd);
  if (buyerState !== undefined) {
    if (!usableState(buyerState)) {
      ctx.error('2260', 'BuyerDtls.Stcd', `Buyer state code ${buyerState} is not a valid state code.`);
    } else if (
      buyerGstin !== URP &&
      IRP_GSTIN_SHAPE.test(buyerGstin) &&
      buyerState !== OTHER_COUNTRY_STATE_CODE &&
      buyerGstin.slice(0, 2) !== buyerState
    ) {
      ctx.error(
        '2265',
        'BuyerDtls.Stcd',
        `Buyer state code ${buyerState} does not match the buyer GSTIN, which starts with ${buyerGstin.slice(0, 2)}.`,
      );
    }
  }
  const buyerPin = num(buyer.Pin);
  if (buyerPin === undefined) {
    if (!ctx.isExport && ctx.supplyType !== undefined) {
      ctx.error(
        '2244',
        'BuyerDtls.Pin',
        `Buyer PIN code is required for a ${ctx.supplyType} document (only exports may leave it out).`,
      );
    }
  } else if (buyerState !== undefined && usableState(buyerState)) {
    checkPin(ctx, 'BuyerDtls', 'Buyer', buyerPin, buyerState);
  }

  for (const [section, who] of [
    ['DispDtls', 'Dispatch-from'],
    ['ShipDtls', 'Ship-to'],
  ] as const) {
    const party = obj(ctx.json[section]);
    if (!party) continue;
    const state = stateCode(party.Stcd);
    if (state !== undefined && !usableState(state)) {
      ctx.error('2200', `${section}.Stcd`, `${who} state code ${state} is not a valid state code.`);
    } else if (state !== undefined) {
      const pin = num(party.Pin);
      if (pin !== undefined) checkPin(ctx, section, who, pin, state);
    }
    const gstin = (str(party.Gstin) ?? '').toUpperCase();
    if (gstin && gstin !== URP && IRP_GSTIN_SHAPE.test(gstin)) {
      checkGstin(ctx, gstin, `${section}.Gstin`, '3028', `${who} GSTIN`);
    }
  }
}
