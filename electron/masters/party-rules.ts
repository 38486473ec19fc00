/**
 * Validation of a party before it is saved: the field limits of the IRP's BuyerDtls (so a saved
 * party never produces a schema error at generation time) and the rules that tie GSTIN, state,
 * PIN and country together (2265 state vs GSTIN, 2178 PIN vs state, exports at 96 / 999999).
 */
import { IRP_GSTIN_SHAPE, URP, gstinProblem } from '../../shared/gstin';
import {
  FOREIGN_PIN,
  OTHER_COUNTRY_STATE_CODE,
  findCountry,
  findState,
  normaliseStateCode,
  pinMatchesState,
} from '../../shared/masters';
import type { BlockStatus, PartyPatch, TaxpayerStatus } from '../ledger';
import { badRequest, codeText, integer, optionalText, requiredText } from './fields';
import { GSTIN_PROBLEMS } from './party-warnings';
import type { PartyKind } from './types';

export const LEGAL_NAME = { label: 'Legal name', min: 3, max: 100 };
export const TRADE_NAME = { label: 'Trade name', min: 3, max: 100 };
export const ADDRESS1 = { label: 'Address line 1', min: 1, max: 100 };
export const ADDRESS2 = { label: 'Address line 2', min: 3, max: 100 };
export const LOCATION = { label: 'Location (city or town)', min: 3, max: 100 };

const PHONE = /^[0-9]{6,12}$/;
/** The IRP's own pattern for `Em`, 6 to 100 characters. */
const EMAIL = /^[a-zA-Z0-9+_.-]+@[a-zA-Z0-9.-]+$/;
const STATUSES: readonly TaxpayerStatus[] = ['ACT', 'CNL', 'INA', 'PRO'];
const BLOCK_STATUSES: readonly BlockStatus[] = ['U', 'B'];
const KINDS: readonly PartyKind[] = ['registered', 'unregistered', 'overseas'];
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export interface PartyRuleContext {
  businessGstin: string;
  now: Date;
  relaxChecksum: boolean;
}

/** Every column of a party (nulls clear), ready for PartyRepo.create / update. */
export type PartyFields = Required<Pick<PartyPatch, 'legalName' | 'stateCode' | 'countryCode'>> &
  Omit<PartyPatch, 'legalName' | 'stateCode' | 'countryCode'>;

export interface CheckedParty {
  kind: PartyKind;
  fields: PartyFields;
  /** Whether the request carried IRP details (status / block status / fetched at). */
  hasFetchedDetails: boolean;
}

function inferKind(input: Record<string, unknown>): PartyKind {
  if (input.kind !== undefined && input.kind !== null) {
    if (!KINDS.includes(input.kind as PartyKind)) {
      throw badRequest('kind', 'Party type must be registered, unregistered or overseas.');
    }
    return input.kind as PartyKind;
  }
  if (codeText(input.gstin, 'gstin', 'GSTIN')) return 'registered';
  const country = codeText(input.countryCode, 'countryCode', 'Country');
  const state = codeText(input.stateCode, 'stateCode', 'State');
  if ((country && country !== 'IN') || state === OTHER_COUNTRY_STATE_CODE) return 'overseas';
  return 'unregistered';
}

function checkGstin(value: unknown, ctx: PartyRuleContext): string {
  const gstin = codeText(value, 'gstin', 'GSTIN');
  if (!gstin) throw badRequest('gstin', 'GSTIN is required for a registered party.');
  if (gstin === URP) {
    throw badRequest(
      'gstin',
      'URP is not a GSTIN. Save an unregistered or overseas party instead; invoices write URP for them.',
    );
  }
  if (!IRP_GSTIN_SHAPE.test(gstin)) {
    throw badRequest(
      'gstin',
      `GSTIN ${gstin} is not valid: a GSTIN has 15 characters, the 2-digit state code, the PAN and three more.`,
    );
  }
  const problem = gstinProblem(gstin);
  if (problem && !ctx.relaxChecksum) {
    throw badRequest(
      'gstin',
      `GSTIN ${gstin} is not valid: ${GSTIN_PROBLEMS[problem]}. Check it for a typing mistake.`,
    );
  }
  if (gstin === ctx.businessGstin) {
    throw badRequest(
      'gstin',
      `GSTIN ${gstin} is your own GSTIN; the IRP refuses an invoice to yourself (2211).`,
    );
  }
  return gstin;
}

function checkDomesticState(value: unknown, field: string): string {
  const code = codeText(value, field, 'State');
  if (!code) throw badRequest(field, 'State is required.');
  const state = /^\d{1,2}$/.test(code) ? findState(normaliseStateCode(code)) : undefined;
  if (!state || !state.usableAsStateCode || state.code === OTHER_COUNTRY_STATE_CODE) {
    throw badRequest(
      field,
      state?.code === OTHER_COUNTRY_STATE_CODE
        ? 'State 96 (Other Country) is only for overseas parties.'
        : `State code ${code} is not a state or union territory the IRP accepts.`,
    );
  }
  return state.code;
}

function checkPin(value: unknown, stateCode: string): number {
  if (value === undefined || value === null || value === '') {
    throw badRequest('pin', 'PIN code is required.');
  }
  const pin = integer(value, 'pin', 'PIN code', 100000, 999999);
  if (!pinMatchesState(pin, stateCode)) {
    const name = findState(stateCode)?.name ?? stateCode;
    throw badRequest(
      'pin',
      `PIN code ${pin} is not in ${name}; check the PIN or the state (IRP error 2178).`,
    );
  }
  return pin;
}

function checkPhone(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw badRequest('phone', 'Phone must be text.');
  // People type spaces and dashes; the IRP wants the digits only.
  const digits = value.replace(/[\s-]/g, '');
  if (digits === '') return null;
  if (!PHONE.test(digits)) throw badRequest('phone', 'Phone must be 6 to 12 digits, without + or letters.');
  return digits;
}

function checkEmail(value: unknown): string | null {
  const email = optionalText(value, 'email', { label: 'Email', min: 6, max: 100 });
  if (email !== null && !EMAIL.test(email)) {
    throw badRequest('email', `Email ${email} does not look like an address (name@example.com).`);
  }
  return email;
}

function checkFetched(
  input: Record<string, unknown>,
  now: Date,
): Pick<PartyPatch, 'status' | 'blockStatus' | 'fetchedAt'> {
  const out: Pick<PartyPatch, 'status' | 'blockStatus' | 'fetchedAt'> = {};
  if (input.status !== undefined && input.status !== null) {
    if (!STATUSES.includes(input.status as TaxpayerStatus)) {
      throw badRequest('status', 'Taxpayer status must be ACT, CNL, INA or PRO, as the IRP gives it.');
    }
    out.status = input.status as TaxpayerStatus;
  }
  if (input.blockStatus !== undefined && input.blockStatus !== null) {
    if (!BLOCK_STATUSES.includes(input.blockStatus as BlockStatus)) {
      throw badRequest('blockStatus', 'Block status must be U (unblocked) or B (blocked).');
    }
    out.blockStatus = input.blockStatus as BlockStatus;
  }
  if (input.fetchedAt !== undefined && input.fetchedAt !== null) {
    const text = input.fetchedAt;
    const at = typeof text === 'string' && ISO_INSTANT.test(text) ? new Date(text) : null;
    if (!at || Number.isNaN(at.getTime())) {
      throw badRequest('fetchedAt', 'Fetched-at must be the ISO time of the IRP lookup.');
    }
    // A minute of slack for the renderer's clock; a lookup cannot come from the future.
    if (at.getTime() > now.getTime() + 60_000) {
      throw badRequest('fetchedAt', 'Fetched-at is in the future; fetch the GSTIN details again.');
    }
    out.fetchedAt = at.toISOString();
  }
  return out;
}

/** Checks a party from a request; throws a DeskError naming the first field that is wrong. */
export function checkParty(raw: Record<string, unknown>, ctx: PartyRuleContext): CheckedParty {
  const kind = inferKind(raw);
  const legalName = requiredText(raw.legalName, 'legalName', LEGAL_NAME);
  const tradeName = optionalText(raw.tradeName, 'tradeName', TRADE_NAME);
  const address1 = requiredText(raw.address1, 'address1', ADDRESS1);
  const address2 = optionalText(raw.address2, 'address2', ADDRESS2);
  const location = requiredText(raw.location, 'location', LOCATION);
  const phone = checkPhone(raw.phone);
  const email = checkEmail(raw.email);
  const common = { legalName, tradeName, address1, address2, location, phone, email };

  if (kind === 'registered') {
    const gstin = checkGstin(raw.gstin, ctx);
    const fromGstin = gstin.slice(0, 2);
    const given = codeText(raw.stateCode, 'stateCode', 'State');
    if (given && normaliseStateCode(given) !== fromGstin) {
      throw badRequest(
        'stateCode',
        `State ${given} does not match GSTIN ${gstin}, which is registered in state ${fromGstin} (IRP error 2265).`,
      );
    }
    const stateCode = checkDomesticState(fromGstin, 'gstin');
    const country = codeText(raw.countryCode, 'countryCode', 'Country');
    if (country && country !== 'IN') {
      throw badRequest('countryCode', 'A party with a GSTIN is in India: its country must be IN.');
    }
    const pin = checkPin(raw.pin, stateCode);
    const fetched = checkFetched(raw, ctx.now);
    return {
      kind,
      fields: { ...common, gstin, stateCode, countryCode: 'IN', pin, ...fetched },
      hasFetchedDetails: Object.keys(fetched).length > 0,
    };
  }

  if (codeText(raw.gstin, 'gstin', 'GSTIN')) {
    throw badRequest(
      'gstin',
      kind === 'overseas'
        ? 'An overseas party has no GSTIN; leave it empty (invoices write URP).'
        : 'An unregistered party has no GSTIN; leave it empty, or save the party as registered.',
    );
  }
  // IRP details belong to a GSTIN; without one they are cleared.
  const noIrp = { gstin: null, status: null, blockStatus: null, fetchedAt: null };

  if (kind === 'unregistered') {
    const country = codeText(raw.countryCode, 'countryCode', 'Country');
    if (country && country !== 'IN') {
      throw badRequest(
        'countryCode',
        'An unregistered party is in India; choose overseas for another country.',
      );
    }
    const stateCode = checkDomesticState(raw.stateCode, 'stateCode');
    const pin = checkPin(raw.pin, stateCode);
    return {
      kind,
      fields: { ...common, ...noIrp, stateCode, countryCode: 'IN', pin },
      hasFetchedDetails: false,
    };
  }

  const country = codeText(raw.countryCode, 'countryCode', 'Country');
  if (!country) throw badRequest('countryCode', 'Country is required for an overseas party.');
  if (country === 'IN') {
    throw badRequest('countryCode', 'An overseas party is outside India: choose its country (not IN).');
  }
  if (!findCountry(country)) {
    throw badRequest('countryCode', `Country code ${country} is not an ISO country code (US, AE, GB, ...).`);
  }
  const state = codeText(raw.stateCode, 'stateCode', 'State');
  if (state && normaliseStateCode(state) !== OTHER_COUNTRY_STATE_CODE) {
    throw badRequest('stateCode', 'An overseas party is in state 96 (Other Country).');
  }
  if (raw.pin !== undefined && raw.pin !== null && raw.pin !== FOREIGN_PIN) {
    throw badRequest('pin', `An overseas party has PIN ${FOREIGN_PIN}, the IRP's PIN for other countries.`);
  }
  return {
    kind,
    fields: {
      ...common,
      ...noIrp,
      stateCode: OTHER_COUNTRY_STATE_CODE,
      countryCode: country,
      pin: FOREIGN_PIN,
    },
    hasFetchedDetails: false,
  };
}
