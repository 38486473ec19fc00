/**
 * Where the vault's JSON lives. The vault needs only get/set/delete of two top-level keys, so
 * tests can run on a Map and the desktop app could swap in electron-store without touching it.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { VaultError, VaultErrorCode } from './errors';

export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export const VAULT_CONFIG_NAME = 'vault';

/** `<dataDir>/vault.json`, written atomically by conf. */
export function createConfStore(dataDir: string): KeyValueStore {
  const file = path.join(dataDir, `${VAULT_CONFIG_NAME}.json`);
  const conf = guarded(
    file,
    () =>
      new Conf<Record<string, unknown>>({
        cwd: dataDir,
        configName: VAULT_CONFIG_NAME,
        projectName: 'einvoice-desk',
        // GSTINs contain no dots today, but a key is data here, never a path.
        accessPropertiesByDotNotation: false,
        // Holds only ciphertext and non-secret settings; 0600 is belt and braces on POSIX.
        configFileMode: 0o600,
        // A corrupt vault must be reported, not silently emptied (that would lose every credential).
        clearInvalidConfig: false,
      }),
  );
  // conf reads and parses the file on every get, and a batch asks for the same profile once per
  // IRP call. The parsed file is kept while the file is unchanged: conf replaces it atomically
  // (a new inode) on every write, so the stamp changes with any write, this process's or another's.
  let cached: { stamp: string; store: Record<string, unknown> } | null = null;
  const current = (): Record<string, unknown> => {
    const stat = statSync(file, { throwIfNoEntry: false });
    const stamp = stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : 'missing';
    if (cached?.stamp !== stamp) cached = { stamp, store: conf.store };
    return cached.store;
  };
  return {
    // A copy, as conf would give: callers may change what they get before writing it back.
    get: (key) => guarded(file, () => structuredClone(current()[key])),
    set: (key, value) => guarded(file, () => conf.set(key, value)),
    delete: (key) => guarded(file, () => conf.delete(key)),
  };
}

/** conf reads the file on every call, so any call may meet a damaged or locked file. */
function guarded<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new VaultError(
        VaultErrorCode.Storage,
        `The credential vault ${file} is damaged (not valid JSON). Restore it from a backup, or move it ` +
          'away and enter the API credentials again.',
      );
    }
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (typeof code === 'string') {
      throw new VaultError(
        VaultErrorCode.Storage,
        `The credential vault ${file} could not be read or written (${code}).`,
      );
    }
    throw error;
  }
}

/** For tests and for callers that keep nothing on disk. Values are copied like JSON would. */
export function createMemoryStore(): KeyValueStore & { snapshot(): Record<string, unknown> } {
  const data = new Map<string, string>();
  return {
    get: (key) => {
      const text = data.get(key);
      return text === undefined ? undefined : JSON.parse(text);
    },
    set: (key, value) => void data.set(key, JSON.stringify(value)),
    delete: (key) => void data.delete(key),
    snapshot: () => Object.fromEntries([...data].map(([k, v]) => [k, JSON.parse(v)])),
  };
}
