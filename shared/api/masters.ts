/**
 * Parties and items as the renderer, the main process and the CLI exchange them. Numbers are
 * integers (PIN as a number, rates and prices in thousandths, amounts in paise).
 */

export type TaxpayerStatus = 'ACT' | 'CNL' | 'INA' | 'PRO';
export type BlockStatus = 'U' | 'B';

/** A buyer or consignee of one business, as the ledger keeps it. */
export interface Party {
  id: number;
  businessGstin: string;
  /** null for unregistered and overseas parties. */
  gstin: string | null;
  legalName: string;
  tradeName: string | null;
  address1: string | null;
  address2: string | null;
  location: string | null;
  pin: number | null;
  stateCode: string;
  countryCode: string;
  phone: string | null;
  email: string | null;
  status: TaxpayerStatus | null;
  blockStatus: BlockStatus | null;
  fetchedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A good or service a business sells, as the ledger keeps it. */
export interface Item {
  id: number;
  businessGstin: string;
  description: string;
  hsnCode: string;
  isService: boolean;
  unit: string | null;
  gstRateMilli: number;
  cessRateMilli: number;
  cessNonAdvolPaise: number;
  defaultUnitPriceMilli: number | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * registered: has a GSTIN (B2B, SEZ and deemed-export buyer); unregistered: in India without a
 * GSTIN (its GSTIN on an e-invoice would be URP, which the IRP allows only for exports, so it
 * cannot be the buyer of a B2B e-invoice; it can be a ship-to party); overseas: an export buyer
 * (state 96, PIN 999999, a country other than India).
 */
export type PartyKind = 'registered' | 'unregistered' | 'overseas';

/**
 * A party as the form sends it. Numbers are integers (PIN as a number). The business is always
 * the active GSTIN, never taken from the request. `status`, `blockStatus` and `fetchedAt` are
 * the IRP details from {@link PartyDraft} and are recorded only for a registered party.
 */
export interface PartySaveInput {
  /** Present to update that party; absent to create one. */
  id?: number;
  /** Inferred when absent: a GSTIN means registered, a country other than IN or state 96 overseas. */
  kind?: PartyKind;
  gstin?: string | null;
  legalName: string;
  tradeName?: string | null;
  address1?: string | null;
  address2?: string | null;
  location?: string | null;
  pin?: number | null;
  /** Defaults to the GSTIN's first two digits (registered) or 96 (overseas). */
  stateCode?: string | null;
  /** ISO 3166 alpha-2; IN unless overseas. */
  countryCode?: string | null;
  phone?: string | null;
  email?: string | null;
  status?: TaxpayerStatus | null;
  blockStatus?: BlockStatus | null;
  /** ISO-8601 instant of the IRP lookup the details came from. */
  fetchedAt?: string | null;
  /**
   * Accept a GSTIN that fails the check digit or the registration-type structure (NIC's sandbox
   * GSTINs do), with a warning. The handler should set this from the environment (sandbox only),
   * not pass through what the renderer asks.
   */
  relaxChecksum?: boolean;
}

export interface PartyView extends Party {
  kind: PartyKind;
  /** "Registered", "Unregistered (cannot be a B2B buyer)", "Overseas". */
  kindLabel: string;
  stateName: string;
  countryName: string;
  /** Registered and its IRP details are older than 30 days (or were never fetched). */
  stale: boolean;
  /** Plain sentences for the user: cancelled, inactive, blocked, check digit, ... */
  warnings: string[];
}

/** The form filled from the IRP's GSTIN details: ready to review and pass to save(). */
export interface PartyDraft {
  kind: 'registered';
  gstin: string;
  legalName: string;
  tradeName: string | null;
  address1: string | null;
  address2: string | null;
  location: string | null;
  pin: number | null;
  stateCode: string;
  stateName: string;
  countryCode: 'IN';
  status: TaxpayerStatus | null;
  blockStatus: BlockStatus | null;
  fetchedAt: string;
  /** The IRP's TxpType: REG, COM (composition), SEZ, ... */
  taxpayerType: string | null;
  registeredOn: string | null;
  deregisteredOn: string | null;
  /** The id of the party already saved with this GSTIN, to update rather than duplicate. */
  existingId: number | null;
  warnings: string[];
}

export interface PartyRefresh {
  party: PartyView;
  /** Whether the IRP was asked (the details were stale and the lookup answered). */
  refreshed: boolean;
  warnings: string[];
}

export interface PartyListRequest {
  search?: string;
  limit?: number;
}

/** An item as the form sends it: every number an integer (see text-input.ts for typed text). */
export interface ItemSaveInput {
  id?: number;
  description: string;
  hsnCode: string;
  isService: boolean;
  /** UQC code; required for goods, optional for services. */
  unit?: string | null;
  /** Thousandths of a percent: 18 % = 18000. */
  gstRateMilli: number;
  cessRateMilli?: number;
  /** Non-ad-valorem cess in paise per unit. */
  cessNonAdvolPaise?: number;
  /** Thousandths of a rupee. */
  defaultUnitPriceMilli?: number | null;
}

export interface ItemView extends Item {
  /** The UQC unit's name ("Numbers"), or null. */
  unitName: string | null;
}

export interface ItemListRequest {
  search?: string;
  limit?: number;
}
