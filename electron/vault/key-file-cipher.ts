/**
 * AES-256-GCM under a random key kept in `<dataDir>/vault.key`, for plain Node (browser mode,
 * CLI). The key file is the whole protection here, so it is created once, exclusively, with
 * mode 0600.
 *
 * On Windows the mode bits do nothing: Node maps them to the read-only flag at most. There the
 * file is protected only by living in the user's own profile folder (%APPDATA%), whose ACLs admit
 * that user (and administrators) alone. That is why Electron builds use safeStorage, i.e. DPAPI,
 * which ties the secret to the Windows logon instead of to a file anyone who copies the folder has.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BLOB_VERSION, type SecretCipher } from './cipher';
import { VaultError, VaultErrorCode } from './errors';

export const KEY_FILE_NAME = 'vault.key';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function keyFileError(keyPath: string, what: string): VaultError {
  return new VaultError(VaultErrorCode.KeyFile, `The vault key file ${keyPath} ${what}`);
}

function readKey(keyPath: string): Buffer {
  try {
    return fs.readFileSync(keyPath);
  } catch (error) {
    throw keyFileError(
      keyPath,
      `could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
    );
  }
}

/** Blocks the thread briefly; used only while another process finishes writing the key. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Reads the key, creating it first when this is the first use of the data folder. */
export function loadOrCreateKey(dataDir: string): Buffer {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keyPath = path.join(dataDir, KEY_FILE_NAME);
  const fresh = crypto.randomBytes(KEY_BYTES);
  try {
    // 'wx' fails if the file exists, so two processes starting together never overwrite each
    // other's key (which would orphan every secret encrypted under the first one).
    fs.writeFileSync(keyPath, fresh, { mode: 0o600, flag: 'wx' });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw keyFileError(
        keyPath,
        `could not be created (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
      );
    }
  }
  // Lost the race, or a later start: the winner may still be between its open and its write.
  let key = readKey(keyPath);
  for (let attempt = 0; key.length === 0 && attempt < 10; attempt++) {
    pause(5);
    key = readKey(keyPath);
  }
  if (key.length !== KEY_BYTES) {
    throw keyFileError(
      keyPath,
      `is damaged (it holds ${key.length} bytes, not ${KEY_BYTES}). Restore it from a backup; without it the ` +
        'saved API passwords cannot be read and must be entered again.',
    );
  }
  tightenMode(keyPath);
  return key;
}

/** A key file copied in with loose permissions is narrowed back to its owner (POSIX only). */
function tightenMode(keyPath: string): void {
  if (process.platform === 'win32') return;
  try {
    if ((fs.statSync(keyPath).mode & 0o077) !== 0) fs.chmodSync(keyPath, 0o600);
  } catch {
    // Not ours to fix (e.g. owned by another user): reading it already worked, so carry on.
  }
}

function decryptError(): VaultError {
  return new VaultError(
    VaultErrorCode.Decrypt,
    'A saved secret could not be decrypted: the vault key file does not match it or the data was changed. ' +
      'Enter the credentials again.',
  );
}

export function createKeyFileCipherFromKey(key: Buffer): SecretCipher {
  if (key.length !== KEY_BYTES) throw new Error(`The vault key must be ${KEY_BYTES} bytes.`);
  // A private copy: the caller's buffer may be reused or zeroed.
  const k = Buffer.from(key);
  return {
    kind: 'aes-gcm-keyfile',
    encrypt(plain: string): string {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', k, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [BLOB_VERSION, iv.toString('base64'), tag.toString('base64'), body.toString('base64')].join(':');
    },
    decrypt(blob: string): string {
      const parts = blob.split(':');
      if (parts.length !== 4 || parts[0] !== BLOB_VERSION || !parts.slice(1).every((p) => BASE64.test(p))) {
        throw new VaultError(
          VaultErrorCode.Decrypt,
          'A saved secret is damaged (not a vault blob this version knows).',
        );
      }
      const iv = Buffer.from(parts[1]!, 'base64');
      const tag = Buffer.from(parts[2]!, 'base64');
      const body = Buffer.from(parts[3]!, 'base64');
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw decryptError();
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', k, iv, { authTagLength: TAG_BYTES });
        decipher.setAuthTag(tag);
        // final() checks the tag: a wrong key or a flipped bit throws here instead of yielding garbage.
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw decryptError();
      }
    },
  };
}

export function createKeyFileCipher(dataDir: string): SecretCipher {
  return createKeyFileCipherFromKey(loadOrCreateKey(dataDir));
}
