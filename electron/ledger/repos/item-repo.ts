import type { ItemSummary } from '../../../shared/api';
import { LedgerError, LedgerErrorCode, guard } from '../errors';
import type { Item, ItemInput, ItemPatch } from '../types';
import { clampLimit, likePattern, nowIso, patchAssignments, toFlag, type RepoContext } from './context';

interface ItemRow {
  id: number;
  business_gstin: string;
  description: string;
  hsn_code: string;
  is_service: number;
  unit: string | null;
  gst_rate_milli: number;
  cess_rate_milli: number;
  cess_non_advol_paise: number;
  default_unit_price_milli: number | null;
  created_at: string;
  updated_at: string;
}

function toItem(r: ItemRow): Item {
  return {
    id: r.id,
    businessGstin: r.business_gstin,
    description: r.description,
    hsnCode: r.hsn_code,
    isService: r.is_service === 1,
    unit: r.unit,
    gstRateMilli: r.gst_rate_milli,
    cessRateMilli: r.cess_rate_milli,
    cessNonAdvolPaise: r.cess_non_advol_paise,
    defaultUnitPriceMilli: r.default_unit_price_milli,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toItemSummary(i: Item): ItemSummary {
  return {
    id: i.id,
    description: i.description,
    hsnCode: i.hsnCode,
    isService: i.isService,
    unit: i.unit,
    gstRateMilli: i.gstRateMilli,
    unitPriceMilli: i.defaultUnitPriceMilli,
  };
}

const COLUMNS = {
  description: 'description',
  hsnCode: 'hsn_code',
  isService: 'is_service',
  unit: 'unit',
  gstRateMilli: 'gst_rate_milli',
  cessRateMilli: 'cess_rate_milli',
  cessNonAdvolPaise: 'cess_non_advol_paise',
  defaultUnitPriceMilli: 'default_unit_price_milli',
} as const satisfies Record<keyof ItemPatch, string>;

export interface ItemListQuery {
  businessGstin: string;
  /** Matches description or HSN code, ignoring case. */
  search?: string;
  limit?: number;
}

/** Goods and services a business sells, with their HSN code and rates. */
export class ItemRepo {
  constructor(private readonly ctx: RepoContext) {}

  create(input: ItemInput): Item {
    const at = nowIso(this.ctx);
    const result = guard('item', () =>
      this.ctx.db
        .prepare(
          `INSERT INTO items (business_gstin, description, hsn_code, is_service, unit, gst_rate_milli,
             cess_rate_milli, cess_non_advol_paise, default_unit_price_milli, created_at, updated_at)
           VALUES (@business_gstin, @description, @hsn_code, @is_service, @unit, @gst_rate_milli,
             @cess_rate_milli, @cess_non_advol_paise, @default_unit_price_milli, @at, @at)`,
        )
        .run({
          business_gstin: input.businessGstin.trim().toUpperCase(),
          description: input.description.trim(),
          hsn_code: input.hsnCode.trim(),
          is_service: toFlag(input.isService),
          unit: input.unit ?? null,
          gst_rate_milli: input.gstRateMilli,
          cess_rate_milli: input.cessRateMilli ?? 0,
          cess_non_advol_paise: input.cessNonAdvolPaise ?? 0,
          default_unit_price_milli: input.defaultUnitPriceMilli ?? null,
          at,
        }),
    );
    return this.require(Number(result.lastInsertRowid));
  }

  update(id: number, patch: ItemPatch): Item {
    const { set, params } = patchAssignments(COLUMNS, patch, (_key, value) =>
      typeof value === 'boolean' ? toFlag(value) : value,
    );
    const result = guard('item', () =>
      this.ctx.db
        .prepare(`UPDATE items SET ${set} WHERE id = @id`)
        .run({ ...params, id, at: nowIso(this.ctx) }),
    );
    if (result.changes === 0) throw this.notFound(id);
    return this.require(id);
  }

  get(id: number): Item | null {
    const row = this.ctx.db.prepare('SELECT * FROM items WHERE id = ?').get(id) as ItemRow | undefined;
    return row ? toItem(row) : null;
  }

  require(id: number): Item {
    const found = this.get(id);
    if (!found) throw this.notFound(id);
    return found;
  }

  list(query: ItemListQuery): Item[] {
    const search = query.search?.trim() ?? '';
    const rows = this.ctx.db
      .prepare(
        `SELECT * FROM items
         WHERE business_gstin = @business
           AND (@search = '' OR description LIKE @pattern ESCAPE '\\' OR hsn_code LIKE @pattern ESCAPE '\\')
         ORDER BY description COLLATE NOCASE, id
         LIMIT @limit`,
      )
      .all({
        business: query.businessGstin.trim().toUpperCase(),
        search,
        pattern: likePattern(search),
        limit: clampLimit(query.limit, 200, 1000),
      }) as ItemRow[];
    return rows.map(toItem);
  }

  private notFound(id: number): LedgerError {
    return new LedgerError(LedgerErrorCode.NotFound, `Item ${id} does not exist.`, 'id');
  }

  /** Deletes the item; invoice lines keep their own HSN, rate and description (item_id becomes NULL). */
  remove(id: number): void {
    this.ctx.db.prepare('DELETE FROM items WHERE id = ?').run(id);
  }
}
