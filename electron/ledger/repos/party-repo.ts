import type { PartySummary } from '../../../shared/api';
import { LedgerError, LedgerErrorCode, isSqliteError, translateSqliteError } from '../errors';
import type { BlockStatus, Party, PartyInput, PartyPatch, TaxpayerStatus } from '../types';
import { clampLimit, likePattern, nowIso, patchAssignments, type RepoContext } from './context';

interface PartyRow {
  id: number;
  business_gstin: string;
  gstin: string | null;
  legal_name: string;
  trade_name: string | null;
  address1: string | null;
  address2: string | null;
  location: string | null;
  pin: number | null;
  state_code: string;
  country_code: string;
  phone: string | null;
  email: string | null;
  status: TaxpayerStatus | null;
  block_status: BlockStatus | null;
  fetched_at: string | null;
  created_at: string;
  updated_at: string;
}

function toParty(r: PartyRow): Party {
  return {
    id: r.id,
    businessGstin: r.business_gstin,
    gstin: r.gstin,
    legalName: r.legal_name,
    tradeName: r.trade_name,
    address1: r.address1,
    address2: r.address2,
    location: r.location,
    pin: r.pin,
    stateCode: r.state_code,
    countryCode: r.country_code,
    phone: r.phone,
    email: r.email,
    status: r.status,
    blockStatus: r.block_status,
    fetchedAt: r.fetched_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toPartySummary(p: Party): PartySummary {
  return { id: p.id, gstin: p.gstin, legalName: p.legalName, stateCode: p.stateCode, pin: p.pin };
}

/** Columns a create or update may set, camelCase → column. */
const COLUMNS = {
  gstin: 'gstin',
  legalName: 'legal_name',
  tradeName: 'trade_name',
  address1: 'address1',
  address2: 'address2',
  location: 'location',
  pin: 'pin',
  stateCode: 'state_code',
  countryCode: 'country_code',
  phone: 'phone',
  email: 'email',
  status: 'status',
  blockStatus: 'block_status',
  fetchedAt: 'fetched_at',
} as const satisfies Record<keyof PartyPatch, string>;

function normaliseGstin(gstin: string | null | undefined): string | null {
  const g = gstin?.trim().toUpperCase();
  return g ? g : null;
}

export interface PartyListQuery {
  businessGstin: string;
  /** Matches legal name, trade name or GSTIN, ignoring case. */
  search?: string;
  limit?: number;
}

/** Buyers (and consignees) of one business. */
export class PartyRepo {
  constructor(private readonly ctx: RepoContext) {}

  create(input: PartyInput): Party {
    const at = nowIso(this.ctx);
    const gstin = normaliseGstin(input.gstin);
    const result = this.write(gstin, () =>
      this.ctx.db
        .prepare(
          `INSERT INTO parties (business_gstin, gstin, legal_name, trade_name, address1, address2, location, pin,
             state_code, country_code, phone, email, status, block_status, fetched_at, created_at, updated_at)
           VALUES (@business_gstin, @gstin, @legal_name, @trade_name, @address1, @address2, @location, @pin,
             @state_code, @country_code, @phone, @email, @status, @block_status, @fetched_at, @at, @at)`,
        )
        .run({
          business_gstin: input.businessGstin.trim().toUpperCase(),
          gstin,
          legal_name: input.legalName.trim(),
          trade_name: input.tradeName ?? null,
          address1: input.address1 ?? null,
          address2: input.address2 ?? null,
          location: input.location ?? null,
          pin: input.pin ?? null,
          state_code: input.stateCode,
          country_code: input.countryCode ?? 'IN',
          phone: input.phone ?? null,
          email: input.email ?? null,
          status: input.status ?? null,
          block_status: input.blockStatus ?? null,
          fetched_at: input.fetchedAt ?? null,
          at,
        }),
    );
    return this.require(Number(result.lastInsertRowid));
  }

  /** Changes only the fields present in `patch`. */
  update(id: number, patch: PartyPatch): Party {
    const { set, params } = patchAssignments(COLUMNS, patch, (key, value) =>
      key === 'gstin' ? normaliseGstin(patch.gstin) : value,
    );
    const gstin = 'gstin' in patch ? normaliseGstin(patch.gstin) : null;
    const result = this.write(gstin, () =>
      this.ctx.db
        .prepare(`UPDATE parties SET ${set} WHERE id = @id`)
        .run({ ...params, id, at: nowIso(this.ctx) }),
    );
    if (result.changes === 0) throw this.notFound(id);
    return this.require(id);
  }

  get(id: number): Party | null {
    const row = this.ctx.db.prepare('SELECT * FROM parties WHERE id = ?').get(id) as PartyRow | undefined;
    return row ? toParty(row) : null;
  }

  require(id: number): Party {
    const found = this.get(id);
    if (!found) throw this.notFound(id);
    return found;
  }

  findByGstin(businessGstin: string, gstin: string): Party | null {
    const row = this.ctx.db
      .prepare('SELECT * FROM parties WHERE business_gstin = ? AND gstin = ?')
      .get(businessGstin.trim().toUpperCase(), normaliseGstin(gstin)) as PartyRow | undefined;
    return row ? toParty(row) : null;
  }

  list(query: PartyListQuery): Party[] {
    const search = query.search?.trim() ?? '';
    const rows = this.ctx.db
      .prepare(
        `SELECT * FROM parties
         WHERE business_gstin = @business
           AND (@search = '' OR legal_name LIKE @pattern ESCAPE '\\' OR trade_name LIKE @pattern ESCAPE '\\'
                OR gstin LIKE @pattern ESCAPE '\\')
         ORDER BY legal_name COLLATE NOCASE, id
         LIMIT @limit`,
      )
      .all({
        business: query.businessGstin.trim().toUpperCase(),
        search,
        pattern: likePattern(search),
        limit: clampLimit(query.limit, 200, 1000),
      }) as PartyRow[];
    return rows.map(toParty);
  }

  private write<T>(gstin: string | null, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      if (isSqliteError(error, 'SQLITE_CONSTRAINT_UNIQUE') && gstin) {
        throw new LedgerError(
          LedgerErrorCode.Conflict,
          `A party with GSTIN ${gstin} already exists.`,
          'gstin',
        );
      }
      throw translateSqliteError(error, 'party');
    }
  }

  private notFound(id: number): LedgerError {
    return new LedgerError(LedgerErrorCode.NotFound, `Party ${id} does not exist.`, 'id');
  }

  /** How many invoices (of any status) point at the party. */
  invoiceCount(id: number): number {
    return (
      this.ctx.db.prepare('SELECT count(*) AS n FROM invoices WHERE party_id = ?').get(id) as { n: number }
    ).n;
  }

  /** Deletes the party; callers check `invoiceCount` first (invoices keep their buyer snapshot). */
  remove(id: number): void {
    this.ctx.db.prepare('DELETE FROM parties WHERE id = ?').run(id);
  }
}
