/**
 * E-way bill rules shared by generate-with-EwbDtls and generate-EWB-by-IRN: who may move goods, which
 * Part-B details each transport mode needs, distance (EWBPPD when 0) and validity (Rule 138(10): one day
 * per 200 km, or per 20 km for over-dimensional cargo, each day ending at midnight; stored as 23:59:00).
 */
import { FOREIGN_PIN, normaliseStateCode } from '../shared/masters';
import { formatIstDate, fromIstParts, parseIstDate, toIstParts } from '../shared/time/ist';
import type { SandboxConfig } from './config';
import { pinDistanceKm } from './distance';
import type { InfoDetail } from './envelope';
import { irpError, type IrpError } from './errors';
import { hasValidCheckChar, GSTIN_SHAPE } from './gstin';
import type { Address, EwbDetails, Invoice } from './rules/invoice';
import type { GstinMaster } from './state/master';

export interface EwbCheckInput {
  details: EwbDetails;
  invoice: Invoice;
  /** Ship-from override (EWB API's DispDtls) and ship-to override (ExpShipDtls). */
  dispatch?: Address;
  shipTo?: Address;
  now: Date;
  config: SandboxConfig;
  master: GstinMaster;
}

export interface EwbOutcome {
  errors: IrpError[];
  distance: number;
  partAOnly: boolean;
  info: InfoDetail | null;
}

/** Codes that, inside a generate-IRN request, fail the IRN itself (the IRP's own 22xx twins). */
export const IRN_LEVEL_TWIN: Record<string, string> = {
  '4009': '2251',
  '4010': '2252',
  '4011': '2253',
  '4022': '2253',
  '4012': '2254',
  '4023': '2254',
};

// Regular (KA01AB1234), Bharat series (22BH1234AB), temporary (TR/TM…), defence (15B123456K).
const VEHICLE = [
  /^[A-Z]{2}[0-9]{1,2}[A-Z]{0,3}[0-9]{4}$/,
  /^[0-9]{2}BH[0-9]{4}[A-Z]{1,2}$/,
  /^T[RM][A-Z0-9]{6,18}$/,
  /^[0-9]{2}[A-Z][0-9]{6}[A-Z]$/,
];

function partBErrors(d: EwbDetails, out: IrpError[]): boolean {
  const mode = d.TransMode;
  if (!mode) {
    if (d.VehNo || d.TransDocNo) out.push(irpError('4028'));
    else if (!d.TransId) out.push(irpError('4019'));
    return true;
  }
  if (mode === '1') {
    if (!d.VehNo) out.push(irpError('4011'));
    if (!d.VehType) out.push(irpError('4022'));
  } else if (mode === '2' || mode === '3') {
    if (!d.TransDocNo) out.push(irpError('4012'));
    if (!d.TransDocDt) out.push(irpError('4023'));
    if (d.VehType === 'O') out.push(irpError('4024'));
  } else if (mode === '4') {
    if (!d.VehNo && !d.TransDocNo) out.push(irpError('4040'));
    if (d.VehType === 'R') out.push(irpError('4039'));
  }
  if (d.VehNo && !VEHICLE.some((re) => re.test((d.VehNo as string).toUpperCase())))
    out.push(irpError('4014'));
  return false;
}

export function checkEwb(input: EwbCheckInput): EwbOutcome {
  const { details: d, invoice: inv, config, master } = input;
  const out: IrpError[] = [];
  const type = inv.DocDtls.Typ.toUpperCase();
  if (type !== 'INV') out.push(irpError('4010'));
  else if (inv.ItemList.every((i) => i.IsServc === 'Y')) out.push(irpError('4009'));
  for (const gstin of [inv.SellerDtls.Gstin, inv.BuyerDtls.Gstin]) {
    if (gstin !== 'URP' && master.get(gstin)?.blockStatus === 'B') out.push(irpError('4015', gstin));
  }
  if (
    d.TransId &&
    (!GSTIN_SHAPE.test(d.TransId) || (config.strictGstinChecksum && !hasValidCheckChar(d.TransId)))
  ) {
    out.push(irpError('4018'));
  }
  const partAOnly = partBErrors(d, out);

  if (d.TransDocDt) {
    const transDay = parseIstDate(d.TransDocDt);
    const today = parseIstDate(formatIstDate(input.now)) as Date;
    const docDay = parseIstDate(inv.DocDtls.Dt);
    if (!transDay) out.push(irpError('4017'));
    else {
      if (transDay > today) out.push(irpError('4016'));
      if (docDay && transDay < docDay) out.push(irpError('4021'));
    }
  }

  const exporting = inv.TranDtls.SupTyp.toUpperCase().startsWith('EXP');
  const from = input.dispatch ?? inv.DispDtls ?? inv.SellerDtls;
  const to = input.shipTo ?? inv.ShipDtls ?? (exporting ? undefined : inv.BuyerDtls);
  if (exporting) {
    if (!to) out.push(irpError('4031'));
    else {
      if (normaliseStateCode(to.Stcd) === '96') out.push(irpError('4032'));
      if (to.Pin === FOREIGN_PIN) out.push(irpError('4033'));
    }
  }
  if (normaliseStateCode(from.Stcd) === '96') out.push(irpError('4035'));
  if (from.Pin === FOREIGN_PIN) out.push(irpError('4036'));

  let distance = d.Distance;
  let info: InfoDetail | null = null;
  const fromPin = from.Pin;
  const toPin = to?.Pin;
  if (fromPin !== undefined && toPin !== undefined) {
    const computed = pinDistanceKm(fromPin, toPin);
    if (d.Distance === 0) {
      if (fromPin === FOREIGN_PIN || toPin === FOREIGN_PIN) out.push(irpError('4034'));
      else if (fromPin === toPin) out.push(irpError('4029'));
      else if (computed === null) out.push(irpError('4030', fromPin, toPin));
      else {
        distance = computed;
        info = { InfCd: 'EWBPPD', Desc: `Pin-Pin calc distance: ${computed}KM` };
      }
    } else if (computed && d.Distance > Math.ceil(computed * (1 + config.distanceTolerancePercent / 100))) {
      out.push(irpError('4038'));
    }
  }
  return { errors: out, distance, partAOnly, info };
}

/** EwbValidTill: the IST date of generation plus one day per started 200 km (20 km ODC), at 23:59:00. */
export function ewbValidTill(generatedAt: Date, distanceKm: number, overDimensional: boolean): Date {
  const perDay = overDimensional ? 20 : 200;
  const days = Math.max(1, Math.ceil(distanceKm / perDay));
  const p = toIstParts(generatedAt);
  return fromIstParts({ year: p.year, month: p.month, day: p.day + days, hour: 23, minute: 59, second: 0 });
}
