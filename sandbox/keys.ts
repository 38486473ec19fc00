/**
 * Key material: the RSA pair clients encrypt the auth payload to, and the separate RSA pair plus
 * self-signed X.509 certificate that signs SignedInvoice and SignedQRCode (NIC keeps the two apart too).
 */
import { X509Certificate, createPrivateKey, generateKeyPair, webcrypto, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';

/**
 * @peculiar/x509 (with the reflect-metadata it needs) only makes the certificate, once per state
 * folder; loading it took about 80 ms of every start, and of every `einvoice-desk` command.
 */
async function x509Library() {
  await import('reflect-metadata');
  const x509 = await import('@peculiar/x509');
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  return x509;
}

const generateRsa = promisify(generateKeyPair);

export interface PemPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export async function createRsaPair(): Promise<PemPair> {
  const { privateKey, publicKey } = await generateRsa('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}

/** A self-signed certificate over the signing key, valid ten years from `now`. */
export async function createSigningCert(pair: PemPair, now: Date): Promise<string> {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const der = (pem: string) => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  const privateKey = await webcrypto.subtle.importKey('pkcs8', der(pair.privateKeyPem), algorithm, false, [
    'sign',
  ]);
  const publicKey = await webcrypto.subtle.importKey('spki', der(pair.publicKeyPem), algorithm, true, [
    'verify',
  ]);
  const notAfter = new Date(now.getTime() + 10 * 365 * 86_400_000);
  const x509 = await x509Library();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Date.now().toString(16).padStart(16, '0'),
    name: 'CN=IRP Sandbox Signing, O=eInvoice Desk sandbox (not NIC), C=IN',
    notBefore: new Date(now.getTime() - 86_400_000),
    notAfter,
    signingAlgorithm: algorithm,
    keys: { privateKey, publicKey } as unknown as CryptoKeyPair,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)],
  });
  return cert.toString('pem');
}

/** DER bytes of the first certificate in a PEM text. */
export function certDer(pem: string): Buffer {
  return new X509Certificate(pem).raw;
}

export function loadPrivateKey(pem: string): KeyObject {
  return createPrivateKey(pem);
}
