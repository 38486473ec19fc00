/**
 * The IRP's payload cryptography, client side (REFERENCE §2):
 * - the auth payload is JSON → UTF-8 → base64 text → RSA PKCS#1 v1.5 with the IRP's public
 *   encryption key → base64;
 * - the IRP answers with a session key (SEK) encrypted under our random 32-byte AppKey with
 *   AES-256-ECB/PKCS#7;
 * - every later request and response body is AES-256-ECB/PKCS#7 under the SEK, base64.
 * ECB is the IRP's choice, not ours; it is mirrored exactly because the server requires it.
 */
import {
  type Cipher,
  type Decipher,
  constants,
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  publicEncrypt,
  randomBytes,
} from 'node:crypto';

export const APP_KEY_BYTES = 32;

export function newAppKey(): Buffer {
  return randomBytes(APP_KEY_BYTES);
}

const BLOCK = 16;

/**
 * One AES-256-ECB cipher and decipher per key object (the session's SEK), used for every
 * message of the session instead of a new pair per message: setting the key up again was most of
 * the cost of a small message. ECB encrypts each 16-byte block on its own, so with OpenSSL's
 * padding off `update` takes whole blocks and keeps nothing back between messages; the PKCS#7
 * padding is added and checked here. Kept weakly: a dropped session takes its ciphers with it.
 */
const ciphers = new WeakMap<Buffer, { encrypt: Cipher; decrypt: Decipher }>();

function ciphersFor(key: Buffer): { encrypt: Cipher; decrypt: Decipher } {
  let pair = ciphers.get(key);
  if (!pair) {
    pair = {
      encrypt: createCipheriv('aes-256-ecb', key, null).setAutoPadding(false),
      decrypt: createDecipheriv('aes-256-ecb', key, null).setAutoPadding(false),
    };
    ciphers.set(key, pair);
  }
  return pair;
}

export function aesEncrypt(key: Buffer, plain: Buffer): Buffer {
  const pad = BLOCK - (plain.length % BLOCK);
  const padded = Buffer.allocUnsafe(plain.length + pad);
  plain.copy(padded);
  padded.fill(pad, plain.length);
  return ciphersFor(key).encrypt.update(padded);
}

/** Throws on data that is not whole blocks or whose padding is wrong (wrong key or damaged). */
export function aesDecrypt(key: Buffer, encrypted: Buffer): Buffer {
  if (encrypted.length === 0 || encrypted.length % BLOCK !== 0)
    throw new Error('the encrypted data is not a whole number of AES blocks');
  const plain = ciphersFor(key).decrypt.update(encrypted);
  const pad = plain[plain.length - 1]!;
  let ok = plain.length === encrypted.length && pad >= 1 && pad <= BLOCK;
  for (let i = plain.length - pad; ok && i < plain.length; i++) ok = plain[i] === pad;
  if (!ok) throw new Error('bad decrypt: the padding is wrong (wrong key or damaged data)');
  return plain.subarray(0, plain.length - pad);
}

/** Encrypts a JSON payload for a request's `Data`. */
export function encryptJson(sek: Buffer, payload: unknown): string {
  return encryptText(sek, JSON.stringify(payload));
}

/** Encrypts a payload already written as JSON text (a caller that also hashes the text). */
export function encryptText(sek: Buffer, text: string): string {
  return aesEncrypt(sek, Buffer.from(text, 'utf8')).toString('base64');
}

/** Decrypts a response's `Data` into its JSON text. Throws on a wrong key or damaged data. */
export function decryptText(sek: Buffer, data: string): string {
  return aesDecrypt(sek, Buffer.from(data, 'base64')).toString('utf8');
}

/** Unwraps the SEK the IRP returned, encrypted under our AppKey. */
export function decryptSek(appKey: Buffer, sekBase64: string): Buffer {
  const sek = aesDecrypt(appKey, Buffer.from(sekBase64, 'base64'));
  if (sek.length !== 32) throw new Error(`the session key has ${sek.length} bytes, not 32`);
  return sek;
}

export interface AuthPayload {
  UserName: string;
  Password: string;
  AppKey: string;
  ForceRefreshAccessToken: boolean;
}

/** The v1.04 auth body's `Data`. */
export function encryptAuthPayload(publicKeyPem: string, payload: AuthPayload): string {
  const inner = Buffer.from(Buffer.from(JSON.stringify(payload), 'utf8').toString('base64'), 'ascii');
  return publicEncrypt(
    { key: createPublicKey(publicKeyPem), padding: constants.RSA_PKCS1_PADDING },
    inner,
  ).toString('base64');
}

/** Accepts a PEM, or the bare base64 of a SubjectPublicKeyInfo as the portal offers it for download. */
export function normalisePublicKey(text: string): string {
  const trimmed = text.trim();
  const pem = trimmed.includes('-----BEGIN')
    ? trimmed
    : `-----BEGIN PUBLIC KEY-----\n${trimmed
        .replace(/\s+/g, '')
        .replace(/(.{64})/g, '$1\n')
        .trim()}\n-----END PUBLIC KEY-----\n`;
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'rsa') throw new Error('not an RSA public key');
  return key.export({ type: 'spki', format: 'pem' }).toString();
}
