import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VaultError, VaultErrorCode } from './errors';
import {
  createKeyFileCipher,
  createKeyFileCipherFromKey,
  KEY_FILE_NAME,
  loadOrCreateKey,
} from './key-file-cipher';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-key-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectVaultError(fn: () => unknown, code: string): VaultError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    expect((error as VaultError).code).toBe(code);
    return error as VaultError;
  }
  throw new Error('expected a VaultError');
}

describe('key-file cipher', () => {
  it('round-trips text, including non-ASCII and the empty string', () => {
    const cipher = createKeyFileCipher(dir);
    expect(cipher.kind).toBe('aes-gcm-keyfile');
    for (const plain of ['s3cret!', 'पासवर्ड-₹100', '', 'x'.repeat(5000)]) {
      expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
    }
  });

  it('writes a versioned blob with a fresh 96-bit IV and a 128-bit tag every time', () => {
    const cipher = createKeyFileCipher(dir);
    const a = cipher.encrypt('same text');
    const b = cipher.encrypt('same text');
    expect(a).not.toBe(b);
    const [version, iv, tag, body] = a.split(':');
    expect(version).toBe('v1');
    expect(Buffer.from(iv!, 'base64')).toHaveLength(12);
    expect(Buffer.from(tag!, 'base64')).toHaveLength(16);
    expect(Buffer.from(body!, 'base64')).toHaveLength('same text'.length);
    expect(a).not.toContain('same text');
  });

  it('creates the key file once, 32 random bytes, and reuses it', () => {
    const first = createKeyFileCipher(dir);
    const keyPath = path.join(dir, KEY_FILE_NAME);
    const key = fs.readFileSync(keyPath);
    expect(key).toHaveLength(32);
    const blob = first.encrypt('kept across restarts');
    const second = createKeyFileCipher(dir);
    expect(fs.readFileSync(keyPath).equals(key)).toBe(true);
    expect(second.decrypt(blob)).toBe('kept across restarts');
  });

  it.skipIf(process.platform === 'win32')('creates the key file with mode 0600', () => {
    createKeyFileCipher(dir);
    expect(fs.statSync(path.join(dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('narrows a key file copied in with loose permissions', () => {
    fs.writeFileSync(path.join(dir, KEY_FILE_NAME), Buffer.alloc(32, 7), { mode: 0o644 });
    fs.chmodSync(path.join(dir, KEY_FILE_NAME), 0o644);
    createKeyFileCipher(dir);
    expect(fs.statSync(path.join(dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('creates the data folder when it does not exist yet', () => {
    const nested = path.join(dir, 'a', 'b');
    createKeyFileCipher(nested);
    expect(fs.existsSync(path.join(nested, KEY_FILE_NAME))).toBe(true);
  });

  it('adopts a key another process created first instead of overwriting it', () => {
    const theirs = Buffer.alloc(32, 9);
    fs.writeFileSync(path.join(dir, KEY_FILE_NAME), theirs, { mode: 0o600, flag: 'wx' });
    expect(loadOrCreateKey(dir).equals(theirs)).toBe(true);
    const blob = createKeyFileCipherFromKey(theirs).encrypt('shared');
    expect(createKeyFileCipher(dir).decrypt(blob)).toBe('shared');
  });

  it('refuses an empty or wrong-length key file with a plain message', () => {
    fs.writeFileSync(path.join(dir, KEY_FILE_NAME), Buffer.alloc(0));
    const error = expectVaultError(() => createKeyFileCipher(dir), VaultErrorCode.KeyFile);
    expect(error.message).toContain('holds 0 bytes');
    fs.writeFileSync(path.join(dir, KEY_FILE_NAME), Buffer.alloc(31));
    expectVaultError(() => createKeyFileCipher(dir), VaultErrorCode.KeyFile);
  });

  it('gives a VaultError, never garbage, under the wrong key', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-key-other-'));
    try {
      const blob = createKeyFileCipher(dir).encrypt('for this key only');
      const error = expectVaultError(() => createKeyFileCipher(other).decrypt(blob), VaultErrorCode.Decrypt);
      expect(error.message).toMatch(/could not be decrypted/);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('rejects malformed blobs', () => {
    const cipher = createKeyFileCipher(dir);
    const good = cipher.encrypt('x');
    const [, iv, tag, body] = good.split(':');
    for (const bad of [
      '',
      'plain text',
      `v2:${iv}:${tag}:${body}`,
      `v1:${iv}:${tag}`,
      `v1:${iv}:${tag}:${body}:extra`,
      `v1:${iv}:${tag!.slice(4)}:${body}`,
      `v1:${iv!.slice(4)}:${tag}:${body}`,
      `v1:${iv}:${tag}:!!!`,
    ]) {
      expectVaultError(() => cipher.decrypt(bad), VaultErrorCode.Decrypt);
    }
  });

  it('detects any single changed byte in IV, tag or ciphertext', () => {
    const cipher = createKeyFileCipher(dir);
    const blob = cipher.encrypt('GSTIN secret 27AAPFU0939F1ZV');
    const parts = blob.split(':').map((p, i) => (i === 0 ? p : Buffer.from(p, 'base64')));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (part, at, flip) => {
          const bytes = Buffer.from(parts[part] as Buffer);
          bytes[at % bytes.length]! ^= flip;
          const tampered = parts.map((p, i) =>
            i === 0 ? p : (i === part ? bytes : (p as Buffer)).toString('base64'),
          );
          expect(() => cipher.decrypt(tampered.join(':'))).toThrow(VaultError);
        },
      ),
      { numRuns: 200 },
    );
  });
});
