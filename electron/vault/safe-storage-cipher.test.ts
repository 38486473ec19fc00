import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VaultError, VaultErrorCode } from './errors';
import { createKeyFileCipher, KEY_FILE_NAME } from './key-file-cipher';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { selectCipher } from './select-cipher';
import { fakeSafeStorage } from './testing';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    return (error as VaultError).code;
  }
  return undefined;
}

describe('safeStorage cipher', () => {
  it('round-trips through the safeStorage object it is given', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage());
    expect(cipher.kind).toBe('safeStorage');
    for (const plain of ['Welcome@123', 'ग्राहक-secret', '']) {
      const blob = cipher.encrypt(plain);
      expect(blob).toMatch(/^v1:[A-Za-z0-9+/]+={0,2}$/);
      expect(cipher.decrypt(blob)).toBe(plain);
    }
  });

  it('refuses to start when the OS offers no encryption', () => {
    expect(codeOf(() => createSafeStorageCipher(fakeSafeStorage({ available: false })))).toBe(
      VaultErrorCode.Unavailable,
    );
  });

  it("refuses Chromium's fixed-key basic_text backend but accepts a real keyring", () => {
    expect(codeOf(() => createSafeStorageCipher(fakeSafeStorage({ backend: 'basic_text' })))).toBe(
      VaultErrorCode.Unavailable,
    );
    expect(createSafeStorageCipher(fakeSafeStorage({ backend: 'gnome_libsecret' })).kind).toBe('safeStorage');
  });

  it('turns a blob another user or machine made, or a damaged one, into a VaultError', () => {
    const mine = createSafeStorageCipher(fakeSafeStorage());
    const blob = createSafeStorageCipher(fakeSafeStorage({ mask: 0x33 })).encrypt('x');
    expect(codeOf(() => mine.decrypt(blob))).toBe(VaultErrorCode.Decrypt);
    expect(codeOf(() => mine.decrypt('v1:' + Buffer.from('garbage').toString('base64')))).toBe(
      VaultErrorCode.Decrypt,
    );
    expect(codeOf(() => mine.decrypt('v2:AAAA'))).toBe(VaultErrorCode.Decrypt);
    expect(codeOf(() => mine.decrypt('not a blob'))).toBe(VaultErrorCode.Decrypt);
  });
});

describe('selectCipher', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-select-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('uses the key file in plain Node', () => {
    const choice = selectCipher({ dataDir: dir });
    expect(choice.cipher.kind).toBe('aes-gcm-keyfile');
    expect(choice.alsoRead).toEqual([]);
  });

  it('uses safeStorage in Electron without creating a key file', () => {
    const choice = selectCipher({ dataDir: dir, safeStorage: fakeSafeStorage() });
    expect(choice.cipher.kind).toBe('safeStorage');
    expect(choice.alsoRead).toEqual([]);
    expect(fs.existsSync(path.join(dir, KEY_FILE_NAME))).toBe(false);
  });

  it('keeps an existing key file readable alongside safeStorage', () => {
    const blob = createKeyFileCipher(dir).encrypt('saved in browser mode');
    const choice = selectCipher({ dataDir: dir, safeStorage: fakeSafeStorage() });
    expect(choice.alsoRead.map((c) => c.kind)).toEqual(['aes-gcm-keyfile']);
    expect(choice.alsoRead[0]!.decrypt(blob)).toBe('saved in browser mode');
  });

  it('falls back to the key file, saying why, when safeStorage is unusable', () => {
    const choice = selectCipher({ dataDir: dir, safeStorage: fakeSafeStorage({ backend: 'basic_text' }) });
    expect(choice.cipher.kind).toBe('aes-gcm-keyfile');
    expect(choice.fallbackReason).toMatch(/keyring/);
  });
});
