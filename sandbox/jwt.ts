/**
 * RS256 JWS compact tokens shaped like NIC's SignedInvoice / SignedQRCode: header with `kid` (upper-hex
 * SHA-1 thumbprint of the signing certificate) and `x5t` (base64url of the same bytes), claims
 * `{"data": "<JSON text>", "iss": "NIC"}`.
 */
import { createHash, sign, type KeyObject } from 'node:crypto';

export class JwtSigner {
  readonly kid: string;
  readonly x5t: string;
  private readonly encodedHeader: string;

  constructor(
    private readonly key: KeyObject,
    certificateDer: Buffer,
  ) {
    const thumbprint = createHash('sha1').update(certificateDer).digest();
    this.kid = thumbprint.toString('hex').toUpperCase();
    this.x5t = thumbprint.toString('base64url');
    const header = { alg: 'RS256', kid: this.kid, typ: 'JWT', x5t: this.x5t };
    this.encodedHeader = Buffer.from(JSON.stringify(header)).toString('base64url');
  }

  /**
   * Signs on libuv's thread pool (the callback form of crypto.sign), so RSA work runs beside the event
   * loop instead of on it: this is what lets the sandbox use both cores.
   */
  sign(dataJson: string): Promise<string> {
    const payload = Buffer.from(JSON.stringify({ data: dataJson, iss: 'NIC' })).toString('base64url');
    const input = `${this.encodedHeader}.${payload}`;
    return new Promise((resolve, reject) => {
      sign('sha256', Buffer.from(input), this.key, (error, signature) => {
        if (error) reject(error);
        else resolve(`${input}.${signature.toString('base64url')}`);
      });
    });
  }
}
