/**
 * What the masters need to remove parties and items, as a small interface so the services can
 * be tested with any implementation; the ledger's repositories provide it.
 */
import type { Ledger } from '../ledger';

export interface MastersRemoval {
  /** How many invoices (of any status) point at the party. */
  invoicesUsingParty(partyId: number): number;
  deleteParty(partyId: number): void;
  /** Invoice lines keep their own HSN, rate and description; their item_id becomes NULL. */
  deleteItem(itemId: number): void;
}

export function ledgerRemoval(ledger: Ledger): MastersRemoval {
  return {
    invoicesUsingParty: (partyId) => ledger.parties.invoiceCount(partyId),
    deleteParty: (partyId) => ledger.parties.remove(partyId),
    deleteItem: (itemId) => ledger.items.remove(itemId),
  };
}
