import {
  constants,
  createCipheriv,
  createDecipheriv,
  generateKeyPairSync,
  privateDecrypt,
} from 'node:crypto';
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
    // A random wrong key leaves valid-looking padding about once in 256 tries, so the wrong-key
    // case uses fixed keys whose verdict is known (the 50-key test below covers the odds).
    const fixedSek = Buffer.alloc(32, 7);
    const fixedData = encryptJson(fixedSek, { Irn: 'abc' });
    expect(() => decryptText(Buffer.alloc(32, 9), fixedData)).toThrow();
    expect(aesDecrypt(sek, aesEncrypt(sek, Buffer.alloc(0))).length).toBe(0);
  });

  it('reuses one cipher per key and still matches a fresh OpenSSL AES-256-ECB/PKCS#7 on every message', () => {
    const sek = newAppKey();
    const stock = (plain: Buffer) => {
      const c = createCipheriv('aes-256-ecb', sek, null);
      return Buffer.concat([c.update(plain), c.final()]);
    };
    const stockDecrypt = (data: Buffer) => {
      const d = createDecipheriv('aes-256-ecb', sek, null);
      return Buffer.concat([d.update(data), d.final()]);
    };
    // Lengths around every block boundary, one after another through the same cipher objects.
    for (const length of [0, 1, 15, 16, 17, 31, 32, 33, 100, 711, 4096]) {
      const plain = Buffer.alloc(length, length % 251);
      const encrypted = aesEncrypt(sek, plain);
      expect(encrypted.equals(stock(plain))).toBe(true);
      expect(aesDecrypt(sek, encrypted).equals(plain)).toBe(true);
      expect(stockDecrypt(encrypted).equals(plain)).toBe(true);
    }
  });

  it('refuses damaged data and a wrong key, and the next message still decrypts', () => {
    // Fixed keys, so that what a wrong key's garbage padding looks like is the same on every run.
    const sek = Buffer.alloc(32, 7);
    const good = aesEncrypt(sek, Buffer.from('{"Irn":"x"}'));
    expect(() => aesDecrypt(sek, good.subarray(0, 15))).toThrow(/whole number of AES blocks/);
    expect(() => aesDecrypt(sek, Buffer.alloc(0))).toThrow(/whole number of AES blocks/);
    // A wrong key leaves random bytes where the padding was. OpenSSL's own PKCS#7 check refuses
    // most and, rarely, lets one through; the check here must give the same verdict each time.
    const stockAccepts = (key: Buffer) => {
      try {
        const d = createDecipheriv('aes-256-ecb', key, null);
        return Buffer.concat([d.update(good), d.final()]);
      } catch {
        return null;
      }
    };
    let refused = 0;
    for (let i = 1; i <= 50; i++) {
      const key = Buffer.alloc(32, 7 + i);
      const stock = stockAccepts(key);
      if (stock === null) {
        expect(() => aesDecrypt(key, good)).toThrow(/padding/);
        refused++;
      } else expect(aesDecrypt(key, good).equals(stock)).toBe(true);
    }
    expect(refused).toBeGreaterThan(40);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 1]! ^= 0xff;
    expect(() => aesDecrypt(sek, flipped)).toThrow(/padding/);
    expect(aesDecrypt(sek, good).toString()).toBe('{"Irn":"x"}');
  });

  it('accepts the public key as PEM or as the bare base64 the portal offers', () => {
    const bare = publicPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
    expect(normalisePublicKey(bare)).toBe(publicPem);
    expect(normalisePublicKey(publicPem)).toBe(publicPem);
    expect(() => normalisePublicKey('not a key')).toThrow();
  });
});
