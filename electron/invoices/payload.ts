/**
 * What an outbox entry carries: the exact request to send, plus the identity of the document it
 * is for, so that an unknown outcome can be reconciled with the IRP ("is this the same
 * document?") without re-reading an invoice that may have changed since.
 */
import type { Inv01Invoice } from '../../shared/inv01';
import { requestText } from '../irp/request-text';

export interface GeneratePayload {
  inv01: Inv01Invoice;
  docType: string;
  docNo: string;
  docDate: string;
  sellerGstin: string;
  buyerGstin: string;
  /** TotInvVal in paise: the amount a found IRN must carry to be adopted. */
  totalPaise: number;
}

export interface CancelPayload {
  irn: string;
  reason: '1' | '2' | '3' | '4';
  remark: string;
}

export function generatePayload(inv01: Inv01Invoice): GeneratePayload {
  return {
    inv01,
    docType: inv01.DocDtls.Typ.toUpperCase(),
    docNo: inv01.DocDtls.No,
    docDate: inv01.DocDtls.Dt,
    sellerGstin: inv01.SellerDtls.Gstin.toUpperCase(),
    buyerGstin: inv01.BuyerDtls.Gstin.toUpperCase(),
    totalPaise: Math.round(Number(inv01.ValDtls.TotInvVal) * 100),
  };
}

/**
 * `JSON.stringify(payload)` for the outbox, with the INV-01's text as already written for the
 * invoice and the request (request-text.ts) rather than written again. `inv01` comes first, as
 * generatePayload builds it.
 */
export function generatePayloadJson(payload: GeneratePayload): string {
  const { inv01, ...identity } = payload;
  return `{"inv01":${requestText(inv01)},${JSON.stringify(identity).slice(1)}`;
}
