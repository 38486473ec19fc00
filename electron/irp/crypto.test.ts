import { constants, generateKeyPairSync, privateDecrypt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  aesDecrypt,
  aesEncrypt,
  decryptSek,
  decryptText,
  encryptAuthPayload,
  encryptJson,
  newAppKey,
  normalisePublicKey,
} from './crypto';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('IRP crypto', () => {
  it('encrypts the auth payload as RSA over the base64 of the JSON', () => {
    const appKey = newAppKey();
    const data = encryptAuthPayload(publicPem, {
      UserName: 'u',
      Password: 'p',
      AppKey: appKey.toString('base64'),
      ForceRefreshAccessToken: false,
    });
    // OAEP would not decrypt this; only PKCS#1 v1.5 padding matches what NIC requires. Node 20
    // refuses PKCS#1 v1.5 decryption, so decrypt raw and strip the 00 02 … 00 padding here.
    const raw = privateDecrypt(
      { key: privateKey, padding: constants.RSA_NO_PADDING },
      Buffer.from(data, 'base64'),
    );
    expect(raw[0]).toBe(0);
    expect(raw[1]).toBe(2);
    const inner = raw.subarray(raw.indexOf(0, 2) + 1).toString('ascii');
    expect(JSON.parse(Buffer.from(inner, 'base64').toString('utf8'))).toEqual({
      UserName: 'u',
      Password: 'p',
      AppKey: appKey.toString('base64'),
      ForceRefreshAccessToken: false,
    });
    expect(appKey.toString('base64')).toHaveLength(44);
  });

  it('round-trips AES-256-ECB with PKCS#7 padding', () => {
    const key = newAppKey();
    const sek = newAppKey();
    const wrapped = aesEncrypt(key, sek).toString('base64');
    expect(wrapped).toHaveLength(64); // 32 bytes + a full padding block, base64
    expect(decryptSek(key, wrapped).equals(sek)).toBe(true);
    const data = encryptJson(sek, { Irn: 'abc', Nm: '₹ rupee' });
    expect(JSON.parse(decryptText(sek, data))).toEqual({ Irn: 'abc', Nm: '₹ rupee' });
    expect(() => decryptText(newAppKey(), data)).toThrow();
    expect(aesDecrypt(sek, aesEncrypt(sek, Buffer.alloc(0))).length).toBe(0);
  });

  it('accepts the public key as PEM or as the bare base64 the portal offers', () => {
    const bare = publicPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
    expect(normalisePublicKey(bare)).toBe(publicPem);
    expect(normalisePublicKey(publicPem)).toBe(publicPem);
    expect(() => normalisePublicKey('not a key')).toThrow();
  });
});
