/**
 * STOPGAP: the ledger's PartyRepo and ItemRepo have no remove and no "is this party used"
 * query yet, and this folder may not edit the ledger. These three statements belong in
 * electron/ledger/repos/party-repo.ts and item-repo.ts (as `parties.invoiceCount(id)`,
 * `parties.remove(id)`, `items.remove(id)`); once they are there, `ledgerRemoval` should
 * delegate to them and this file's SQL should go. The services only see {@link MastersRemoval}.
 */
import { rawDatabase } from '../ledger/ledger';
import type { Ledger } from '../ledger';

export interface MastersRemoval {
  /** How many invoices (of any status) point at the party. */
  invoicesUsingParty(partyId: number): number;
  deleteParty(partyId: number): void;
  /** Invoice lines keep their own HSN, rate and description; their item_id becomes NULL. */
  deleteItem(itemId: number): void;
}

export function ledgerRemoval(ledger: Ledger): MastersRemoval {
  const db = rawDatabase(ledger);
  return {
    invoicesUsingParty: (partyId) =>
      (db.prepare('SELECT count(*) AS n FROM invoices WHERE party_id = ?').get(partyId) as { n: number }).n,
    deleteParty: (partyId) => {
      db.prepare('DELETE FROM parties WHERE id = ?').run(partyId);
    },
    deleteItem: (itemId) => {
      db.prepare('DELETE FROM items WHERE id = ?').run(itemId);
    },
  };
}
