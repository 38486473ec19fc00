/**
 * safeStorage adapter. It takes Electron's `safeStorage` as a parameter, typed structurally, so
 * this file (and its test) never import `electron`: only main.ts may.
 */
import { BLOB_VERSION, type SecretCipher } from './cipher';
import { VaultError, VaultErrorCode } from './errors';

/** The part of Electron's `safeStorage` the vault uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only in Electron; `basic_text` means a key hard-coded in Chromium, i.e. no protection. */
  getSelectedStorageBackend?(): string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function createSafeStorageCipher(safeStorage: SafeStorageLike): SecretCipher {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new VaultError(
      VaultErrorCode.Unavailable,
      'This computer offers no secure storage for passwords (Electron safeStorage is not available), ' +
        'so the vault cannot keep API credentials here.',
    );
  }
  // On Linux without a keyring Chromium falls back to a fixed, public key: that would be
  // encryption in name only, and the key-file cipher protects better.
  if (safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
    throw new VaultError(
      VaultErrorCode.Unavailable,
      'No system keyring is running (safeStorage would store passwords with a publicly known key), ' +
        'so the vault will not use it.',
    );
  }
  return {
    kind: 'safeStorage',
    encrypt(plain: string): string {
      return `${BLOB_VERSION}:${safeStorage.encryptString(plain).toString('base64')}`;
    },
    decrypt(blob: string): string {
      const [version, body, ...rest] = blob.split(':');
      if (version !== BLOB_VERSION || body === undefined || rest.length > 0 || !BASE64.test(body)) {
        throw new VaultError(
          VaultErrorCode.Decrypt,
          'A saved secret is damaged (not a vault blob this version knows).',
        );
      }
      try {
        return safeStorage.decryptString(Buffer.from(body, 'base64'));
      } catch {
        throw new VaultError(
          VaultErrorCode.Decrypt,
          "A saved secret could not be decrypted with this computer's secure storage (saved by another " +
            'Windows user or computer, or changed). Enter the credentials again.',
        );
      }
    },
  };
}
