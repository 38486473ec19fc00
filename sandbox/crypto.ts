/**
 * The IRP's symmetric and asymmetric primitives: AES-256-ECB with PKCS#7 for payloads and the SEK,
 * RSA PKCS#1 v1.5 for the auth payload.
 */
import { createCipheriv, createDecipheriv, constants, privateDecrypt, type KeyObject } from 'node:crypto';

export function aesEncrypt(key: Buffer, plain: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([cipher.update(plain), cipher.final()]);
}

/** Throws when the key is wrong in the usual way (bad PKCS#7 padding) or the length is not a block multiple. */
export function aesDecrypt(key: Buffer, data: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-ecb', key, null);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 with padding, as NIC sends and expects; null for anything else (Buffer.from is too forgiving). */
export function decodeBase64(text: unknown): Buffer | null {
  if (typeof text !== 'string' || text.length === 0 || !BASE64.test(text)) return null;
  return Buffer.from(text, 'base64');
}

/**
 * RSA PKCS#1 v1.5 decryption. Node 20 refuses RSA_PKCS1_PADDING in privateDecrypt (the "Marvin"
 * mitigation), so the block is opened raw and the `00 02 PS 00 M` shape is checked here. The sandbox
 * holds only test keys, so the timing side channel that mitigation guards against does not matter.
 */
export function rsaPkcs1Decrypt(key: KeyObject, data: Buffer): Buffer | null {
  const size = (key.asymmetricKeyDetails?.modulusLength ?? 2048) / 8;
  if (data.length !== size) return null;
  let block: Buffer;
  try {
    block = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, data);
  } catch {
    return null;
  }
  if (block[0] !== 0x00 || block[1] !== 0x02) return null;
  const separator = block.indexOf(0x00, 2);
  // At least 8 bytes of non-zero padding precede the separator.
  if (separator < 10) return null;
  return block.subarray(separator + 1);
}
