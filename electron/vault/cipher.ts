/**
 * How one secret becomes a string that is safe to write to disk, and back. Two kinds exist
 * because Electron's safeStorage (DPAPI on Windows, Keychain on macOS, libsecret on Linux) is
 * only there inside Electron; browser mode and the CLI run in plain Node and use a key file.
 */
export type CipherKind = 'safeStorage' | 'aes-gcm-keyfile';

export interface SecretCipher {
  readonly kind: CipherKind;
  /** Returns a versioned, printable blob. */
  encrypt(plain: string): string;
  /** Throws a VaultError (never returns garbage) when the blob is damaged or the key is wrong. */
  decrypt(blob: string): string;
}

export const BLOB_VERSION = 'v1';
