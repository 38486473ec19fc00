/**
 * Plain-word warnings about a party, from the IRP's GSTIN details (on fetch) or from what the
 * ledger kept of them (on every view). They warn, never refuse: the IRP is the judge at
 * generation time, and billing must not stop because a lookup is old.
 */
import type { TaxpayerView } from '../../shared/api';
import { gstinProblem } from '../../shared/gstin';
import { OTHER_COUNTRY_STATE_CODE } from '../../shared/masters';
import type { Party } from '../ledger';
import type { PartyKind } from './types';

/** The IRP's details are refreshed after this long (issue 6: "refreshed when older than 30 days"). */
export const STALE_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export const KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  registered: 'Registered',
  unregistered: 'Unregistered (cannot be a B2B buyer)',
  overseas: 'Overseas',
};

export function kindOf(party: Pick<Party, 'gstin' | 'countryCode' | 'stateCode'>): PartyKind {
  if (party.gstin) return 'registered';
  return party.countryCode !== 'IN' || party.stateCode === OTHER_COUNTRY_STATE_CODE
    ? 'overseas'
    : 'unregistered';
}

/** Registered, and fetched never or more than 30 days before `now`. */
export function isStale(party: Pick<Party, 'gstin' | 'fetchedAt'>, now: Date): boolean {
  if (!party.gstin) return false;
  if (!party.fetchedAt) return true;
  const at = Date.parse(party.fetchedAt);
  return Number.isNaN(at) || now.getTime() - at > STALE_AFTER_DAYS * DAY_MS;
}

/** The IRP sends dates as yyyy-mm-dd; people here read dd/mm/yyyy. */
function dmy(date: string | null): string | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date.trim();
}

function statusWarning(gstin: string, status: string | null, deregisteredOn: string | null): string | null {
  switch (status) {
    case 'CNL': {
      const on = dmy(deregisteredOn);
      return (
        `GSTIN ${gstin} is cancelled${on ? ` (de-registered on ${on})` : ''}. ` +
        'The IRP refuses e-invoices to it for documents dated after the cancellation.'
      );
    }
    case 'INA':
      return `GSTIN ${gstin} is inactive on the GST portal; the IRP refuses e-invoices to it until it is active again.`;
    case 'PRO':
      return `GSTIN ${gstin} is only provisionally registered; check with the buyer before invoicing.`;
    default:
      return null;
  }
}

const BLOCKED = (gstin: string) =>
  `E-way bills are blocked for GSTIN ${gstin} (GST returns not filed): an e-invoice can be generated, but not its e-way bill.`;

export const GSTIN_PROBLEMS: Readonly<Record<'shape' | 'structure' | 'checksum', string>> = {
  shape: 'a GSTIN has 15 characters, the 2-digit state code, the PAN and three more',
  structure: 'it does not follow the structure of any GST registration',
  checksum: 'its last character (the check digit) does not match the rest',
};

/** For a GSTIN kept although it fails the check digit or structure (NIC's sandbox GSTINs do). */
export function gstinWarning(gstin: string): string | null {
  const problem = gstinProblem(gstin);
  return problem
    ? `GSTIN ${gstin} would be refused by the live IRP: ${GSTIN_PROBLEMS[problem]}. Kept for sandbox testing only.`
    : null;
}

/** Warnings for what the IRP said about a GSTIN just now. */
export function taxpayerWarnings(view: TaxpayerView): string[] {
  const warnings: string[] = [];
  const status = statusWarning(view.gstin, view.status, view.deregisteredOn);
  if (status) warnings.push(status);
  if (view.status === null) {
    warnings.push(`The IRP did not say whether GSTIN ${view.gstin} is active.`);
  }
  if (view.blocked) warnings.push(BLOCKED(view.gstin));
  const type = view.taxpayerType?.toUpperCase() ?? '';
  if (type === 'COM' || type.startsWith('COMP')) {
    warnings.push(
      `GSTIN ${view.gstin} is a composition dealer: it cannot charge GST on its own sales and cannot claim input tax credit.`,
    );
  }
  if (type.includes('SEZ')) {
    warnings.push(
      `GSTIN ${view.gstin} is an SEZ unit or developer: invoices to it must use supply type SEZWP (with tax) or SEZWOP (without tax).`,
    );
  }
  return warnings;
}

/** Warnings from what the ledger kept: status, block status, check digit, kind. */
export function partyWarnings(party: Party): string[] {
  const warnings: string[] = [];
  const kind = kindOf(party);
  if (kind === 'unregistered') {
    warnings.push(
      'Unregistered party: it cannot be the buyer of a B2B e-invoice (URP is allowed only for exports); use it as a ship-to party.',
    );
  }
  if (!party.gstin) return warnings;
  const invalid = gstinWarning(party.gstin);
  if (invalid) warnings.push(invalid);
  // The de-registration date is not kept in the ledger; fetching again shows it.
  const status = statusWarning(party.gstin, party.status, null);
  if (status) warnings.push(status);
  if (party.blockStatus === 'B') warnings.push(BLOCKED(party.gstin));
  return warnings;
}
