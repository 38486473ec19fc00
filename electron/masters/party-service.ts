/**
 * Parties (buyers and ship-to parties) of the active GSTIN: save with validation, search, remove
 * when unused, fill from the IRP's GSTIN details, and keep those details fresh.
 *
 * Synchronous where the ledger is, async only where the IRP is asked; an IRP call is never made
 * inside a ledger transaction.
 */
import { DeskError, LocalErrorCode, type TaxpayerView } from '../../shared/api';
import { IRP_GSTIN_SHAPE } from '../../shared/gstin';
import { findCountry, findState, pinMatchesState } from '../../shared/masters';
import { formatIstDate } from '../../shared/time/ist';
import type { BlockStatus, Ledger, Party, PartyPatch, TaxpayerStatus } from '../ledger';
import { activeBusiness } from './active-business';
import { asObject, badRequest, codeText, listQuery, recordId, type TextRule } from './fields';
import { ledgerRemoval, type MastersRemoval } from './removal';
import { ADDRESS1, ADDRESS2, LEGAL_NAME, LOCATION, TRADE_NAME, checkParty } from './party-rules';
import {
  KIND_LABELS,
  gstinWarning,
  isStale,
  kindOf,
  partyWarnings,
  taxpayerWarnings,
} from './party-warnings';
import type { PartyDraft, PartyListRequest, PartyRefresh, PartySaveInput, PartyView } from './types';

export type GstinLookup = (gstin: string, opts?: { sync?: boolean }) => Promise<TaxpayerView>;

export interface PartyServiceDeps {
  ledger: Ledger;
  /** GstinService.lookup: the IRP's GSTIN details, asked as the active GSTIN. */
  lookup: GstinLookup;
  now: () => Date;
  activeGstin: () => string | null;
  /** Defaults to the ledger's own repositories (see removal.ts). */
  removal?: MastersRemoval;
}

const STATUSES: readonly string[] = ['ACT', 'CNL', 'INA', 'PRO'];
function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** IRP text cut to the field's limit, with the double quotes the IRP itself would refuse made single. */
function fromIrp(value: string | null, rule: TextRule): string | null {
  const text = value?.replace(/"/g, "'").replace(/\s+/g, ' ').trim().slice(0, rule.max).trim() ?? '';
  return text.length >= rule.min ? text : null;
}

/** Address line 1 is required by the IRP; the GSTN master sometimes has only a street (line 2). */
function irpAddress(view: TaxpayerView): { address1: string | null; address2: string | null } {
  const address1 = fromIrp(view.address1, ADDRESS1);
  const address2 = fromIrp(view.address2, ADDRESS2);
  return address1 ? { address1, address2 } : { address1: address2, address2: null };
}

function toStatus(status: string | null): TaxpayerStatus | null {
  const s = status?.trim().toUpperCase() ?? '';
  return STATUSES.includes(s) ? (s as TaxpayerStatus) : null;
}

function toBlockStatus(view: TaxpayerView): BlockStatus {
  return view.blocked ? 'B' : 'U';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class PartyService {
  private readonly removal: MastersRemoval;

  constructor(private readonly deps: PartyServiceDeps) {
    this.removal = deps.removal ?? ledgerRemoval(deps.ledger);
  }

  /** Creates (no id) or replaces (id) a party of the active GSTIN. */
  save(input: PartySaveInput): PartyView {
    const business = this.business();
    const raw = asObject(input, 'party');
    const now = this.deps.now();
    const checked = checkParty(raw, {
      businessGstin: business,
      now,
      relaxChecksum: raw.relaxChecksum === true,
    });
    const fields: PartyPatch = { ...checked.fields };
    const gstin = checked.fields.gstin ?? null;
    const id = raw.id === undefined || raw.id === null ? null : recordId(raw.id);

    if (gstin) {
      const same = this.deps.ledger.parties.findByGstin(business, gstin);
      if (same && same.id !== id) {
        throw new DeskError(
          LocalErrorCode.Conflict,
          `GSTIN ${gstin} is already saved as the party ${same.legalName}; open that party to change it.`,
          'gstin',
        );
      }
    }

    if (id === null) {
      const party = this.deps.ledger.parties.create({ ...checked.fields, businessGstin: business });
      return this.view(party);
    }

    const existing = this.own(id);
    if (checked.kind === 'registered' && !checked.hasFetchedDetails) {
      if (existing.gstin === gstin) {
        // Keep what the IRP said last time: the form did not fetch again.
        delete fields.status;
        delete fields.blockStatus;
        delete fields.fetchedAt;
      } else {
        // Details about the old GSTIN say nothing about the new one.
        fields.status = null;
        fields.blockStatus = null;
        fields.fetchedAt = null;
      }
    }
    return this.view(this.deps.ledger.parties.update(id, fields));
  }

  get(id: number): PartyView {
    return this.view(this.own(recordId(id)));
  }

  /** Search by legal or trade name or GSTIN, ignoring case; ordered by name. */
  list(request: PartyListRequest = {}): PartyView[] {
    const business = this.business();
    const { search, limit } = listQuery(request);
    return this.deps.ledger.parties.list({ businessGstin: business, search, limit }).map((p) => this.view(p));
  }

  /** Removes a party no invoice refers to; a party on an invoice stays (the invoice names it). */
  remove(id: number): void {
    const party = this.own(recordId(id));
    this.deps.ledger.tx(() => {
      const used = this.removal.invoicesUsingParty(party.id);
      if (used > 0) {
        throw new DeskError(
          LocalErrorCode.Conflict,
          `${party.legalName} is on ${used} invoice${used === 1 ? '' : 's'} and cannot be removed. ` +
            'You can still correct its details.',
          'id',
        );
      }
      this.removal.deleteParty(party.id);
    });
  }

  /** The IRP's details of a GSTIN as a party form to review and save, with warnings in plain words. */
  async fetchFromIrp(gstinText: string, opts: { sync?: boolean } = {}): Promise<PartyDraft> {
    const business = this.business();
    const gstin = codeText(gstinText, 'gstin', 'GSTIN') ?? '';
    if (!IRP_GSTIN_SHAPE.test(gstin)) {
      throw badRequest(
        'gstin',
        `${gstin ? `GSTIN ${gstin} is not valid: a` : 'A'} GSTIN has 15 characters, the 2-digit state code, the PAN and three more.`,
      );
    }
    const view = await this.deps.lookup(gstin, { sync: opts.sync === true });
    const stateCode = gstin.slice(0, 2);
    const { address1, address2 } = irpAddress(view);
    const existing = this.deps.ledger.parties.findByGstin(business, gstin);
    const invalid = gstinWarning(gstin);
    return {
      kind: 'registered',
      gstin,
      legalName: fromIrp(view.legalName ?? view.tradeName, LEGAL_NAME) ?? '',
      tradeName: fromIrp(view.tradeName, TRADE_NAME),
      address1,
      address2,
      location: fromIrp(view.location, LOCATION),
      pin: view.pin,
      stateCode,
      stateName: findState(stateCode)?.name ?? stateCode,
      countryCode: 'IN',
      status: toStatus(view.status),
      blockStatus: toBlockStatus(view),
      fetchedAt: this.deps.now().toISOString(),
      taxpayerType: view.taxpayerType,
      registeredOn: view.registeredOn,
      deregisteredOn: view.deregisteredOn,
      existingId: existing?.id ?? null,
      warnings: unique([...(invalid ? [invalid] : []), ...taxpayerWarnings(view)]),
    };
  }

  /**
   * Asks the IRP again about a registered party whose details are over 30 days old (or were never
   * fetched), and records status, block status, address and the time. When the IRP cannot be
   * reached the saved details stand, with a warning: choosing a party never waits on the IRP.
   */
  async refreshIfStale(id: number): Promise<PartyRefresh> {
    const party = this.own(recordId(id));
    const now = this.deps.now();
    if (!party.gstin || !isStale(party, now)) {
      const view = this.view(party);
      return { party: view, refreshed: false, warnings: view.warnings };
    }
    let taxpayer: TaxpayerView;
    try {
      taxpayer = await this.deps.lookup(party.gstin, {});
    } catch (error) {
      const view = this.view(party);
      const saved = party.fetchedAt
        ? `the details fetched on ${formatIstDate(new Date(party.fetchedAt))}`
        : 'the saved details';
      const warning = `Could not check GSTIN ${party.gstin} with the IRP just now (${describe(error)}); showing ${saved}.`;
      return { party: view, refreshed: false, warnings: unique([...view.warnings, warning]) };
    }
    const patch: PartyPatch = {
      status: toStatus(taxpayer.status) ?? undefined,
      blockStatus: toBlockStatus(taxpayer),
      fetchedAt: this.deps.now().toISOString(),
    };
    // Only what would pass save()'s checks replaces what the user saved.
    const { address1, address2 } = irpAddress(taxpayer);
    if (address1) Object.assign(patch, { address1, address2 });
    const location = fromIrp(taxpayer.location, LOCATION);
    if (location) patch.location = location;
    if (taxpayer.pin !== null && pinMatchesState(taxpayer.pin, party.stateCode)) patch.pin = taxpayer.pin;

    const updated = this.deps.ledger.parties.update(party.id, patch);
    const view = this.view(updated);
    const invalid = gstinWarning(party.gstin);
    view.warnings = unique([...(invalid ? [invalid] : []), ...taxpayerWarnings(taxpayer)]);
    return { party: view, refreshed: true, warnings: view.warnings };
  }

  /** The ledger's party plus what the screens show beside it. */
  view(party: Party): PartyView {
    const kind = kindOf(party);
    return {
      ...party,
      kind,
      kindLabel: KIND_LABELS[kind],
      stateName: findState(party.stateCode)?.name ?? party.stateCode,
      countryName: findCountry(party.countryCode)?.name ?? party.countryCode,
      stale: isStale(party, this.deps.now()),
      warnings: partyWarnings(party),
    };
  }

  private business(): string {
    return activeBusiness(this.deps.ledger, this.deps.activeGstin, 'parties');
  }

  /** A party of the active GSTIN; another GSTIN's party is as good as missing. */
  private own(id: number): Party {
    const business = this.business();
    const party = this.deps.ledger.parties.get(id);
    if (!party || party.businessGstin !== business) {
      throw new DeskError(LocalErrorCode.NotFound, `Party ${id} does not exist.`, 'id');
    }
    return party;
  }
}
