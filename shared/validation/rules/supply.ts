/**
 * Supply type, place of supply and exports: reverse charge only for B2B (2162), URP
 * buyers (2212, 2171, 2248), export POS / state 96 (2229, 2261) and export details (2208),
 * domestic POS (2242, 2243), IGST on intra-state (2262, 2249), ship-to state vs POS
 * (2245, a warning: the IRP is seen to accept it), e-commerce operator (2195), and the
 * export masters: port (2201), country (2202), currency (2203).
 */
import { findState, OTHER_COUNTRY_STATE_CODE } from '../../masters/states';
import { isKnownPort } from '../../masters/ports';
import { isCountryCode } from '../../masters/countries';
import { isCurrencyCode } from '../../masters/currencies';
import { gstinKind, IRP_GSTIN_SHAPE, URP } from '../../gstin/gstin';
import { obj, str, stateCode, type RuleContext } from './context';
import { checkGstin } from './parties';

export function checkSupply(ctx: RuleContext): void {
  const { tran, buyer } = ctx.s;
  const type = ctx.supplyType;
  if (type === undefined) return;
  const buyerGstin = (str(buyer.Gstin) ?? '').toUpperCase();
  const pos = ctx.placeOfSupply;

  if (str(tran.RegRev) === 'Y' && type !== 'B2B') {
    ctx.error('2162', 'TranDtls.RegRev', `Reverse charge applies only to B2B supplies, not to ${type}.`);
  }

  if (buyerGstin === URP) {
    if (type === 'DEXP') {
      ctx.error(
        '2171',
        'BuyerDtls.Gstin',
        'Buyer GSTIN cannot be URP for a deemed export (DEXP); give the recipient GSTIN.',
      );
    } else if (!ctx.isExport) {
      ctx.error(
        '2212',
        'BuyerDtls.Gstin',
        `Buyer GSTIN cannot be URP for supply type ${type}; give the recipient GSTIN.`,
      );
    }
  }

  if (ctx.isExport) {
    if (buyerGstin && buyerGstin !== URP) {
      ctx.error(
        '2248',
        'BuyerDtls.Gstin',
        `Buyer GSTIN must be URP for an export (${type}); the foreign buyer is unregistered.`,
      );
    }
    if (pos !== undefined && pos !== OTHER_COUNTRY_STATE_CODE) {
      ctx.error(
        '2229',
        'BuyerDtls.Pos',
        `Place of supply must be 96 (other country) for an export (${type}), not ${pos}.`,
      );
    }
    const buyerState = stateCode(buyer.Stcd);
    if (buyerState !== undefined && buyerState !== OTHER_COUNTRY_STATE_CODE) {
      ctx.error(
        '2261',
        'BuyerDtls.Stcd',
        `Buyer state code must be 96 (other country) for an export (${type}), not ${buyerState}.`,
      );
    }
    if (!obj(ctx.json.ExpDtls)) {
      ctx.error(
        '2208',
        'ExpDtls',
        `Export details (shipping bill, port, currency, country) are required for an export (${type}).`,
      );
    }
  } else if (pos !== undefined) {
    if (pos === OTHER_COUNTRY_STATE_CODE) {
      ctx.error(
        '2242',
        'BuyerDtls.Pos',
        `Place of supply cannot be 96 (other country) for supply type ${type}; only exports go abroad.`,
      );
    } else if (!findState(pos)?.usableAsStateCode) {
      ctx.error(
        '2243',
        'BuyerDtls.Pos',
        `Place of supply ${pos} is not a valid state code for supply type ${type}.`,
      );
    }
  }

  if (ctx.igstOnIntra && pos !== undefined && ctx.supplierState !== undefined && !ctx.isExport) {
    if (ctx.supplierState !== pos) {
      ctx.error(
        '2262',
        'TranDtls.IgstOnIntra',
        `IGST on an intra-state supply needs the place of supply (${pos}) to be the supplier's state (${ctx.supplierState}).`,
      );
    } else {
      const kinds = new Set(ctx.s.items.map((item) => str(obj(item)?.IsServc)));
      if (kinds.has('Y') && kinds.has('N')) {
        ctx.error(
          '2249',
          'ItemList',
          'Goods and services cannot be mixed on an IGST-on-intra-state document (place of supply = supplier state); issue them separately.',
        );
      }
    }
  }

  const ship = obj(ctx.json.ShipDtls);
  const shipState = ship ? stateCode(ship.Stcd) : undefined;
  if (type === 'B2B' && shipState !== undefined && pos !== undefined && shipState !== pos) {
    ctx.warn(
      '2245',
      'ShipDtls.Stcd',
      `Ship-to state code ${shipState} differs from the place of supply ${pos}; the IRP once refused this for B2B, check that the place of supply is right.`,
    );
  }

  const ecm = (str(tran.EcmGstin) ?? '').toUpperCase();
  if (ecm && IRP_GSTIN_SHAPE.test(ecm)) {
    if (gstinKind(ecm) !== 'tcs') {
      ctx.error(
        '2195',
        'TranDtls.EcmGstin',
        `E-commerce operator GSTIN ${ecm} must be a TCS registration (its 14th character is C).`,
      );
    } else {
      checkGstin(ctx, ecm, 'TranDtls.EcmGstin', '2195', 'E-commerce operator GSTIN');
    }
  }

  checkExportDetails(ctx);
}

function checkExportDetails(ctx: RuleContext): void {
  const exp = obj(ctx.json.ExpDtls);
  if (exp) {
    const port = str(exp.Port);
    if (port && /^[0-9A-Za-z]{2,10}$/.test(port) && !isKnownPort(port)) {
      ctx.warn(
        '2201',
        'ExpDtls.Port',
        `Port code ${port} is not in this app's list of Indian ports; check it against the IRP's port master.`,
      );
    }
    const country = str(exp.CntCode);
    if (country && /^[A-Z]{2}$/.test(country) && !isCountryCode(country)) {
      ctx.error('2202', 'ExpDtls.CntCode', `Country code ${country} is not an ISO 3166 country code.`);
    }
    const currency = str(exp.ForCur);
    if (currency && /^[A-Za-z]{3,16}$/.test(currency) && !isCurrencyCode(currency)) {
      ctx.error('2203', 'ExpDtls.ForCur', `Foreign currency ${currency} is not an ISO 4217 currency code.`);
    }
  }
  ctx.s.items.forEach((raw, i) => {
    const origin = str(obj(raw)?.OrgCntry);
    if (origin && /^[A-Za-z]{2}$/.test(origin) && !isCountryCode(origin)) {
      ctx.error(
        '2202',
        `ItemList[${i}].OrgCntry`,
        `Item ${i + 1} country of origin ${origin} is not an ISO 3166 country code.`,
      );
    }
  });
}
