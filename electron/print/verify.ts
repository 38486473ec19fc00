/**
 * Verify before printing: the QR code an officer scans must carry the IRP's signature and say
 * what the paper says. The SignedQRCode's RS256 signature is checked against the environment's
 * signing certificate, and its claims against the ledger; any difference blocks printing.
 */
import { DeskError } from '../../shared/api';
import { SignatureError, verifyJwt } from '../irp/signature';

export const PrintErrorCode = {
  NoSignedQr: 'PRINT_NO_SIGNED_QR',
  NoCertificate: 'PRINT_NO_SIGNING_CERT',
  BadSignature: 'PRINT_QR_SIGNATURE',
  Mismatch: 'PRINT_QR_MISMATCH',
} as const;

/** What the ledger says the QR code must carry. */
export interface QrExpectation {
  irn: string;
  sellerGstin: string;
  /** `URP` (or null) for an unregistered buyer. */
  buyerGstin: string | null;
  docNo: string;
  docType: string;
  /** dd/mm/yyyy. */
  docDate: string;
  totalPaise: number;
  itemCount: number;
}

export interface VerifiedQr {
  /** The decoded claims (SellerGstin, DocNo, TotInvVal, …). */
  claims: Record<string, unknown>;
  kid: string | undefined;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

/** Rupees as a JSON number (TotInvVal) to paise, without float drift (12.3 → 1230). */
function paiseOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

function rupees(paise: number): string {
  return (paise / 100).toFixed(2);
}

/** Every difference between the claims and the ledger, in plain words. */
export function claimMismatches(claims: Record<string, unknown>, expected: QrExpectation): string[] {
  const out: string[] = [];
  const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();
  const check = (name: string, claim: unknown, want: string, what: string) => {
    if (!same(text(claim), want))
      out.push(`${what} is "${text(claim)}" in the QR code but "${want}" here (${name})`);
  };
  check('Irn', claims.Irn, expected.irn, 'the IRN');
  check('SellerGstin', claims.SellerGstin, expected.sellerGstin, "the seller's GSTIN");
  check('BuyerGstin', claims.BuyerGstin, expected.buyerGstin || 'URP', "the buyer's GSTIN");
  // Document numbers are compared as written: the IRN hash keeps their case.
  if (text(claims.DocNo) !== expected.docNo)
    out.push(
      `the document number is "${text(claims.DocNo)}" in the QR code but "${expected.docNo}" here (DocNo)`,
    );
  check('DocTyp', claims.DocTyp, expected.docType, 'the document type');
  check('DocDt', claims.DocDt, expected.docDate, 'the document date');
  const total = paiseOf(claims.TotInvVal);
  if (total !== expected.totalPaise) {
    out.push(
      `the invoice value is ${total === null ? `"${text(claims.TotInvVal)}"` : rupees(total)} in the QR code but ${rupees(expected.totalPaise)} here (TotInvVal)`,
    );
  }
  if (Number(claims.ItemCnt) !== expected.itemCount)
    out.push(
      `the QR code counts ${text(claims.ItemCnt)} items but the invoice has ${expected.itemCount} (ItemCnt)`,
    );
  return out;
}

/**
 * Checks the SignedQRCode; returns its claims or throws a DeskError (field `signedQrCode`)
 * saying why it must not be printed.
 */
export function verifySignedQr(
  signedQrCode: string | null | undefined,
  signingCertPem: string | null | undefined,
  expected: QrExpectation,
): VerifiedQr {
  if (!signedQrCode) {
    throw new DeskError(
      PrintErrorCode.NoSignedQr,
      'The IRP\'s signed QR code is not stored for this invoice, so it cannot be printed as an e-invoice. Use "Refresh from IRP" to fetch it (the IRP keeps it for two days).',
      'signedQrCode',
    );
  }
  if (!signingCertPem) {
    throw new DeskError(
      PrintErrorCode.NoCertificate,
      "The IRP signing certificate for this GSTIN's environment is not set up, so the QR code's signature cannot be checked. Import it under GSTINs & API access.",
      'signingCertPem',
    );
  }
  let verified;
  try {
    verified = verifyJwt(signedQrCode, signingCertPem, 'QR code');
  } catch (error) {
    if (!(error instanceof SignatureError)) throw error;
    throw new DeskError(
      PrintErrorCode.BadSignature,
      `Not printed: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`,
      'signedQrCode',
    );
  }
  const problems = claimMismatches(verified.data, expected);
  if (problems.length > 0) {
    throw new DeskError(
      PrintErrorCode.Mismatch,
      `Not printed: the signed QR code does not match this invoice: ${problems.join('; ')}.`,
      'signedQrCode',
    );
  }
  return { claims: verified.data, kid: verified.header.kid };
}
