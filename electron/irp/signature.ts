/**
 * Verifies the IRP's signed JWTs (SignedInvoice, SignedQRCode: RS256, REFERENCE §5.3) against
 * the environment's signing certificate, and reads their claims. The `data` claim is a string
 * holding JSON, which is parsed here.
 */
import { X509Certificate, createHash, createVerify } from 'node:crypto';

export interface VerifiedJwt {
  header: { alg: string; kid?: string; x5t?: string; typ?: string };
  iss: string | undefined;
  /** The parsed `data` claim. */
  data: Record<string, unknown>;
}

// Parsing a certificate costs more than the RSA verification itself; an environment has one.
const certificates = new Map<string, X509Certificate>();

function certificateOf(certPem: string): X509Certificate {
  let cert = certificates.get(certPem);
  if (!cert) {
    cert = new X509Certificate(certPem);
    if (certificates.size > 16) certificates.clear();
    certificates.set(certPem, cert);
  }
  return cert;
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
  const decoded = decodeJwt(jwt);
  if (decoded.header.alg !== 'RS256') {
    throw new SignatureError(
      `The ${what} is signed with ${decoded.header.alg ?? 'no algorithm'}, not the IRP's RS256.`,
    );
  }
  let cert: X509Certificate;
  try {
    cert = certificateOf(certPem);
  } catch {
    throw new SignatureError('The IRP signing certificate for this environment is not a valid certificate.');
  }
  const [head, body, signature] = jwt.split('.') as [string, string, string];
  const ok = createVerify('RSA-SHA256')
    .update(`${head}.${body}`)
    .verify(cert.publicKey, Buffer.from(signature, 'base64url'));
  if (!ok) {
    const kid = decoded.header.kid?.toUpperCase();
    const thumbprint = createHash('sha1').update(cert.raw).digest('hex').toUpperCase();
    throw new SignatureError(
      kid && kid !== thumbprint
        ? `The ${what} was signed with a different IRP certificate (${kid}) than the one set up for this environment (${thumbprint}).`
        : `The ${what}'s signature does not match: it has been altered or was not signed by the IRP.`,
    );
  }
  return decoded;
}
