/**
 * Checks what the IRP signed before it is trusted: both JWTs against the environment's signing
 * certificate, and, for an IRN found rather than answered (reconciliation), that the signed
 * invoice is this very document: same seller, buyer, type, number, date and total.
 */
import { SignatureError, decodeJwt, verifyJwtSignature } from '../irp/signature';

export type SignatureCheck = { status: 'verified' | 'unverified' | 'mismatch'; reason: string | null };

export function checkSignatures(
  signedInvoice: string | null | undefined,
  signedQr: string | null | undefined,
  certPem: string | undefined,
): SignatureCheck {
  if (!signedInvoice || !signedQr)
    return { status: 'unverified', reason: 'The IRP did not send the signed documents.' };
  if (!certPem)
    return { status: 'unverified', reason: 'No IRP signing certificate is set up for this environment.' };
  try {
    verifyJwtSignature(signedInvoice, certPem, 'signed invoice');
    verifyJwtSignature(signedQr, certPem, 'signed QR code');
    return { status: 'verified', reason: null };
  } catch (error) {
    if (error instanceof SignatureError) return { status: 'mismatch', reason: error.message };
    throw error;
  }
}

export interface DocumentIdentity {
  sellerGstin: string;
  buyerGstin: string;
  docType: string;
  docNo: string;
  docDate: string;
  totalPaise: number;
}

/** Differences between the signed invoice and the local document, in plain words; empty when they match. */
export function identityDifferences(signedInvoice: string, local: DocumentIdentity): string[] {
  let data: Record<string, unknown>;
  try {
    data = decodeJwt(signedInvoice).data;
  } catch {
    return ['the signed invoice cannot be read'];
  }
  const section = (name: string) => (data[name] ?? {}) as Record<string, unknown>;
  const differences: string[] = [];
  const same = (a: unknown, b: string) => String(a ?? '').toUpperCase() === b.toUpperCase();
  if (!same(section('SellerDtls').Gstin, local.sellerGstin)) differences.push('seller GSTIN');
  if (!same(section('BuyerDtls').Gstin, local.buyerGstin)) differences.push('buyer GSTIN');
  if (!same(section('DocDtls').Typ, local.docType)) differences.push('document type');
  if (!same(section('DocDtls').No, local.docNo)) differences.push('document number');
  if (String(section('DocDtls').Dt ?? '') !== local.docDate) differences.push('document date');
  const total = Math.round(Number(section('ValDtls').TotInvVal) * 100);
  if (total !== local.totalPaise) differences.push('invoice total');
  return differences;
}
