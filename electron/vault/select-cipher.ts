/**
 * Picks the cipher for this run. Electron passes its `safeStorage`; browser mode and the CLI pass
 * nothing and get the key file. Where Electron has no usable secure storage (Linux without a
 * keyring) the key file is still better than Chromium's fixed-key fallback.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SecretCipher } from './cipher';
import { VaultError } from './errors';
import { createKeyFileCipher, KEY_FILE_NAME } from './key-file-cipher';
import { createSafeStorageCipher, type SafeStorageLike } from './safe-storage-cipher';

export interface CipherChoice {
  cipher: SecretCipher;
  /** Pass to `createVault({ alsoRead })` so secrets saved by the other mode stay readable. */
  alsoRead: SecretCipher[];
  /** Why safeStorage was not used, when it was offered; worth one line in the app's log. */
  fallbackReason?: string;
}

export function selectCipher(options: { dataDir: string; safeStorage?: SafeStorageLike }): CipherChoice {
  if (options.safeStorage) {
    try {
      const cipher = createSafeStorageCipher(options.safeStorage);
      // Read browser-mode secrets only if a key already exists: never create one just in case.
      const keyExists = fs.existsSync(path.join(options.dataDir, KEY_FILE_NAME));
      return { cipher, alsoRead: keyExists ? [createKeyFileCipher(options.dataDir)] : [] };
    } catch (error) {
      if (!(error instanceof VaultError)) throw error;
      return { cipher: createKeyFileCipher(options.dataDir), alsoRead: [], fallbackReason: error.message };
    }
  }
  return { cipher: createKeyFileCipher(options.dataDir), alsoRead: [] };
}
