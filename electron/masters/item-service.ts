/** Goods and services of the active GSTIN: save with validation, search, remove. */
import { DeskError, LocalErrorCode } from '../../shared/api';
import type { Item, Ledger } from '../ledger';
import { activeBusiness } from './active-business';
import { asObject, listQuery, recordId } from './fields';
import { checkItem, unitName } from './item-rules';
import { ledgerRemoval, type MastersRemoval } from './removal';
import type { ItemListRequest, ItemSaveInput, ItemView } from './types';

export interface ItemServiceDeps {
  ledger: Ledger;
  activeGstin: () => string | null;
  /** Defaults to the ledger's own repositories (see removal.ts). */
  removal?: MastersRemoval;
}

export function toItemView(item: Item): ItemView {
  return { ...item, unitName: unitName(item.unit) };
}

export class ItemService {
  private readonly removal: MastersRemoval;

  constructor(private readonly deps: ItemServiceDeps) {
    this.removal = deps.removal ?? ledgerRemoval(deps.ledger);
  }

  /** Creates (no id) or replaces (id) an item of the active GSTIN. */
  save(input: ItemSaveInput): ItemView {
    const business = this.business();
    const raw = asObject(input, 'item');
    const aatoPaise = this.deps.ledger.businesses.get(business)?.aatoPaise ?? null;
    const fields = checkItem(raw, { aatoPaise });
    if (raw.id === undefined || raw.id === null) {
      return toItemView(this.deps.ledger.items.create({ ...fields, businessGstin: business }));
    }
    const existing = this.own(recordId(raw.id));
    return toItemView(this.deps.ledger.items.update(existing.id, fields));
  }

  get(id: number): ItemView {
    return toItemView(this.own(recordId(id)));
  }

  /** Search by description or HSN/SAC code, ignoring case; ordered by description. */
  list(request: ItemListRequest = {}): ItemView[] {
    const business = this.business();
    const { search, limit } = listQuery(request);
    return this.deps.ledger.items.list({ businessGstin: business, search, limit }).map(toItemView);
  }

  /**
   * Removes an item. Invoices are unaffected: each line keeps its own description, HSN, unit and
   * rate, and only loses the link back to the item.
   */
  remove(id: number): void {
    const item = this.own(recordId(id));
    this.removal.deleteItem(item.id);
  }

  private business(): string {
    return activeBusiness(this.deps.ledger, this.deps.activeGstin, 'items');
  }

  private own(id: number): Item {
    const business = this.business();
    const item = this.deps.ledger.items.get(id);
    if (!item || item.businessGstin !== business) {
      throw new DeskError(LocalErrorCode.NotFound, `Item ${id} does not exist.`, 'id');
    }
    return item;
  }
}
