/**
 * Verifies the IRP's signed JWTs (SignedInvoice, SignedQRCode: RS256, REFERENCE §5.3) against
 * the environment's signing certificate, and reads their claims. The `data` claim is a string
 * holding JSON, which is parsed here.
 */
import { X509Certificate, createHash, verify, type KeyObject } from 'node:crypto';

export interface VerifiedJwt {
  header: { alg: string; kid?: string; x5t?: string; typ?: string };
  iss: string | undefined;
  /** The parsed `data` claim. */
  data: Record<string, unknown>;
}

// Parsing a certificate, or taking its public key out (`publicKey` builds a new key object on
// every read), costs more than the RSA verification itself; an environment has one certificate.
const certificates = new Map<string, { cert: X509Certificate; key: KeyObject }>();

function certificateOf(certPem: string): { cert: X509Certificate; key: KeyObject } {
  let entry = certificates.get(certPem);
  if (!entry) {
    const cert = new X509Certificate(certPem);
    entry = { cert, key: cert.publicKey };
    if (certificates.size > 16) certificates.clear();
    certificates.set(certPem, entry);
  }
  return entry;
}

export class SignatureError extends Error {
  override readonly name = 'SignatureError';
}

function decodePart(part: string, what: string): Record<string, unknown> {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new SignatureError(`The signed ${what} is damaged and cannot be read.`);
}

/** Upper-hex SHA-1 of the certificate's DER: the IRP's `kid`. */
export function certificateThumbprint(certPem: string): string {
  return createHash('sha1').update(new X509Certificate(certPem).raw).digest('hex').toUpperCase();
}

/** Reads the claims without checking the signature (for display of what the IRP sent). */
export function decodeJwt(jwt: string): VerifiedJwt {
  const parts = jwt.split('.');
  if (parts.length !== 3) throw new SignatureError('This is not a signed IRP document (it is not a JWT).');
  const header = decodePart(parts[0]!, 'header') as VerifiedJwt['header'];
  const claims = decodePart(parts[1]!, 'content');
  let data: unknown = claims.data;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      throw new SignatureError('The signed content does not hold readable data.');
    }
  }
  if (typeof data !== 'object' || data === null)
    throw new SignatureError('The signed content holds no data.');
  return {
    header,
    iss: typeof claims.iss === 'string' ? claims.iss : undefined,
    data: data as Record<string, unknown>,
  };
}

/** Checks the RS256 signature with the certificate and returns the claims; throws SignatureError. */
export function verifyJwt(jwt: string, certPem: string, what = 'document'): VerifiedJwt {
  // Claims first: a damaged document is reported as damaged, not as a bad signature.
  const decoded = decodeJwt(jwt);
  verifyJwtSignature(jwt, certPem, what);
  return decoded;
}

/**
 * Checks only the signature, without parsing the claims (a signed invoice's are the whole
 * invoice): what a batch needs for each answer. Throws SignatureError like `verifyJwt`. It
 * stays on the calling thread on purpose: on the thread pool it competed with the IRP sandbox
 * for the second core and a 10,000-invoice batch got slower, not faster.
 */
export function verifyJwtSignature(jwt: string, certPem: string, what = 'document'): void {
  const parts = jwt.split('.');
  if (parts.length !== 3) throw new SignatureError('This is not a signed IRP document (it is not a JWT).');
  const [head, body, signature] = parts as [string, string, string];
  const header = decodePart(head, 'header') as VerifiedJwt['header'];
  if (header.alg !== 'RS256') {
    throw new SignatureError(
      `The ${what} is signed with ${header.alg ?? 'no algorithm'}, not the IRP's RS256.`,
    );
  }
  let signer: { cert: X509Certificate; key: KeyObject };
  try {
    signer = certificateOf(certPem);
  } catch {
    throw new SignatureError('The IRP signing certificate for this environment is not a valid certificate.');
  }
  if (verify('RSA-SHA256', Buffer.from(`${head}.${body}`), signer.key, Buffer.from(signature, 'base64url')))
    return;
  const kid = header.kid?.toUpperCase();
  const thumbprint = createHash('sha1').update(signer.cert.raw).digest('hex').toUpperCase();
  throw new SignatureError(
    kid && kid !== thumbprint
      ? `The ${what} was signed with a different IRP certificate (${kid}) than the one set up for this environment (${thumbprint}).`
      : `The ${what}'s signature does not match: it has been altered or was not signed by the IRP.`,
  );
}
