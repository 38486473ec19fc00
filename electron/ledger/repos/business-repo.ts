import type { BusinessSummary } from '../../../shared/api';
import { LedgerError, LedgerErrorCode, guard } from '../errors';
import type { Business, BusinessInput, Environment } from '../types';
import { nowIso, toFlag, type RepoContext } from './context';

interface BusinessRow {
  gstin: string;
  pan: string;
  legal_name: string;
  trade_name: string | null;
  address1: string | null;
  address2: string | null;
  location: string | null;
  pin: number | null;
  state_code: string;
  aato_paise: number | null;
  environment: Environment | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

function toBusiness(r: BusinessRow): Business {
  return {
    gstin: r.gstin,
    pan: r.pan,
    legalName: r.legal_name,
    tradeName: r.trade_name,
    address1: r.address1,
    address2: r.address2,
    location: r.location,
    pin: r.pin,
    stateCode: r.state_code,
    aatoPaise: r.aato_paise,
    environment: r.environment,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toBusinessSummary(b: Business): BusinessSummary {
  return {
    gstin: b.gstin,
    pan: b.pan,
    legalName: b.legalName,
    tradeName: b.tradeName,
    stateCode: b.stateCode,
    environment: b.environment,
  };
}

/** The GSTINs this desk issues invoices for. */
export class BusinessRepo {
  constructor(private readonly ctx: RepoContext) {}

  /** Creates or replaces the details of a GSTIN (keeping its created_at). */
  upsert(input: BusinessInput): Business {
    const gstin = input.gstin.trim().toUpperCase();
    const at = nowIso(this.ctx);
    guard(`business ${gstin}`, () =>
      this.ctx.db
        .prepare(
          `INSERT INTO businesses (gstin, pan, legal_name, trade_name, address1, address2, location, pin, state_code,
             aato_paise, environment, is_demo, created_at, updated_at)
           VALUES (@gstin, @pan, @legal_name, @trade_name, @address1, @address2, @location, @pin, @state_code,
             @aato_paise, @environment, @is_demo, @at, @at)
           ON CONFLICT (gstin) DO UPDATE SET
             pan = excluded.pan, legal_name = excluded.legal_name, trade_name = excluded.trade_name,
             address1 = excluded.address1, address2 = excluded.address2, location = excluded.location,
             pin = excluded.pin, state_code = excluded.state_code, aato_paise = excluded.aato_paise,
             environment = excluded.environment, is_demo = excluded.is_demo, updated_at = excluded.updated_at`,
        )
        .run({
          gstin,
          pan: input.pan ?? gstin.slice(2, 12),
          legal_name: input.legalName.trim(),
          trade_name: input.tradeName ?? null,
          address1: input.address1 ?? null,
          address2: input.address2 ?? null,
          location: input.location ?? null,
          pin: input.pin ?? null,
          state_code: input.stateCode ?? gstin.slice(0, 2),
          aato_paise: input.aatoPaise ?? null,
          environment: input.environment ?? null,
          is_demo: toFlag(input.isDemo),
          at,
        }),
    );
    return this.require(gstin);
  }

  get(gstin: string): Business | null {
    const row = this.ctx.db
      .prepare('SELECT * FROM businesses WHERE gstin = ?')
      .get(gstin.trim().toUpperCase()) as BusinessRow | undefined;
    return row ? toBusiness(row) : null;
  }

  require(gstin: string): Business {
    const found = this.get(gstin);
    if (!found)
      throw new LedgerError(LedgerErrorCode.NotFound, `GSTIN ${gstin} is not set up in this desk.`, 'gstin');
    return found;
  }

  /** Grouped by PAN (one legal entity, several state registrations), then GSTIN. */
  list(): Business[] {
    const rows = this.ctx.db.prepare('SELECT * FROM businesses ORDER BY pan, gstin').all() as BusinessRow[];
    return rows.map(toBusiness);
  }

  /**
   * Removes a GSTIN with its parties, items and number series. Refused while it has invoices:
   * those are tax records and outlive any change of mind about the desk's setup.
   */
  remove(gstin: string): void {
    const key = gstin.trim().toUpperCase();
    const { n } = this.ctx.db
      .prepare('SELECT count(*) AS n FROM invoices WHERE business_gstin = ?')
      .get(key) as {
      n: number;
    };
    if (n > 0) {
      throw new LedgerError(
        LedgerErrorCode.Conflict,
        `GSTIN ${key} has ${n} invoice${n === 1 ? '' : 's'} in the ledger and cannot be removed.`,
        'gstin',
      );
    }
    const result = guard(`business ${key}`, () =>
      this.ctx.db.prepare('DELETE FROM businesses WHERE gstin = ?').run(key),
    );
    if (result.changes === 0) {
      throw new LedgerError(LedgerErrorCode.NotFound, `GSTIN ${key} is not set up in this desk.`, 'gstin');
    }
  }
}
