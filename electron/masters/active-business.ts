import { DeskError, LocalErrorCode } from '../../shared/api';
import type { Ledger } from '../ledger';
import { badRequest } from './fields';

/**
 * The active GSTIN, which must be set up in the ledger: masters always belong to it, never to a
 * GSTIN named in the request (the renderer cannot reach another business's records).
 */
export function activeBusiness(ledger: Ledger, activeGstin: () => string | null, what: string): string {
  const gstin = activeGstin()?.trim().toUpperCase();
  if (!gstin) throw badRequest('activeGstin', `Choose one of your GSTINs first: ${what} belong to a GSTIN.`);
  if (!ledger.businesses.get(gstin)) {
    throw new DeskError(LocalErrorCode.NotFound, `GSTIN ${gstin} is not set up in this app.`, 'activeGstin');
  }
  return gstin;
}
