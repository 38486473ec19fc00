/**
 * The per-GSTIN credential vault. It lives in the main process only: `credentials()` is the one
 * place a secret comes out in plain text, and only for the IRP client. Everything meant for the
 * renderer goes through `masked()` / `listMasked()`.
 */
import type { IrpCredentials } from '../irp/types';
import type { CipherKind, SecretCipher } from './cipher';
import { VaultError, VaultErrorCode } from './errors';
import { toMaskedProfile } from './mask';
import { createConfStore, type KeyValueStore } from './store';
import type { ApiProfile, ApiProfileInput, ConnectionTest, MaskedProfile, Secrets } from './types';
import { normalizeGstin, validateProfileInput, validateSecrets } from './validate';

/** One GSTIN's secrets as stored: each a cipher blob, never plain text. */
export interface StoredSecrets {
  cipherKind: CipherKind;
  password: string;
  clientSecret: string;
}

export interface VaultOptions {
  dataDir: string;
  /** Encrypts everything saved from now on. */
  cipher: SecretCipher;
  /**
   * Ciphers of other kinds that may still decrypt older secrets, e.g. the key-file cipher inside
   * Electron so that credentials saved in browser mode keep working. Never used to encrypt.
   */
  alsoRead?: SecretCipher[];
  /** Defaults to conf's `<dataDir>/vault.json`. */
  store?: KeyValueStore;
  /** For tests: the clock stamping createdAt / updatedAt / lastTest. */
  now?: () => Date;
}

const PROFILES = 'profiles';
const SECRETS = 'secrets';

const CIPHER_NAMES: Record<CipherKind, string> = {
  safeStorage: "the desktop app's secure storage",
  'aes-gcm-keyfile': 'the vault key file (browser mode or the command line)',
};

function byGstin(a: { gstin: string }, b: { gstin: string }): number {
  return a.gstin < b.gstin ? -1 : a.gstin > b.gstin ? 1 : 0;
}

function notFound(gstin: string): VaultError {
  return new VaultError(VaultErrorCode.NotFound, `No API user is saved for GSTIN ${gstin}.`, 'gstin');
}

export class Vault {
  readonly #store: KeyValueStore;
  readonly #cipher: SecretCipher;
  readonly #readers: Map<CipherKind, SecretCipher>;
  readonly #now: () => Date;

  constructor(options: VaultOptions) {
    this.#store = options.store ?? createConfStore(options.dataDir);
    this.#cipher = options.cipher;
    this.#now = options.now ?? (() => new Date());
    this.#readers = new Map((options.alsoRead ?? []).map((c) => [c.kind, c]));
    // The writing cipher always wins for its own kind.
    this.#readers.set(options.cipher.kind, options.cipher);
  }

  /** Which cipher new secrets are encrypted with. */
  get cipherKind(): CipherKind {
    return this.#cipher.kind;
  }

  /** Every profile, sorted by GSTIN (group them with `groupByPan`). Main process only: has the client id. */
  list(): ApiProfile[] {
    return Object.values(this.#profiles()).sort(byGstin);
  }

  /** What the renderer may see of every profile. */
  listMasked(): MaskedProfile[] {
    const secrets = this.#secrets();
    return this.list().map((p) => toMaskedProfile(p, hasFlags(secrets[p.gstin])));
  }

  get(gstin: string): ApiProfile | undefined {
    return this.#profiles()[normalizeGstin(gstin)];
  }

  has(gstin: string): boolean {
    return this.get(gstin) !== undefined;
  }

  masked(gstin: string): MaskedProfile {
    const key = normalizeGstin(gstin);
    const profile = this.#profiles()[key];
    if (!profile) throw notFound(key);
    return toMaskedProfile(profile, hasFlags(this.#secrets()[key]));
  }

  /**
   * Creates or updates a profile. Secrets are write-only: a new GSTIN needs both; an update may
   * send either, both or neither, and whatever is omitted keeps its stored value. The same holds
   * for the client id, which the renderer only ever sees masked.
   */
  save(input: ApiProfileInput, secrets?: Partial<Secrets>): MaskedProfile {
    const valid = validateProfileInput(input);
    const profiles = this.#profiles();
    const allSecrets = this.#secrets();
    const existing = profiles[valid.gstin];
    const stored = existing ? allSecrets[valid.gstin] : undefined;
    const given = validateSecrets(secrets, existing === undefined || stored === undefined);

    const clientId = valid.clientId ?? existing?.clientId;
    if (clientId === undefined) {
      throw new VaultError(VaultErrorCode.Invalid, 'Enter the client id.', 'clientId');
    }

    const now = this.#now().toISOString();
    const profile: ApiProfile = {
      ...valid,
      clientId,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    // A past test says nothing about a different user, key or endpoint.
    const sameConnection =
      existing !== undefined &&
      given.password === undefined &&
      given.clientSecret === undefined &&
      existing.environment === profile.environment &&
      existing.baseUrl === profile.baseUrl &&
      existing.userName === profile.userName &&
      existing.clientId === profile.clientId &&
      existing.encryptionPublicKeyPem === profile.encryptionPublicKeyPem;
    if (sameConnection && existing.lastTest) profile.lastTest = existing.lastTest;

    allSecrets[valid.gstin] = {
      cipherKind: this.#cipher.kind,
      password: this.#encryptKeeping('password', given.password, stored),
      clientSecret: this.#encryptKeeping('clientSecret', given.clientSecret, stored),
    };
    profiles[valid.gstin] = profile;
    // Secrets first: if the process dies in between, the worst left behind is an orphaned
    // (encrypted) secret, never a profile that claims credentials it does not have.
    this.#store.set(SECRETS, allSecrets);
    this.#store.set(PROFILES, profiles);
    return toMaskedProfile(profile, hasFlags(allSecrets[valid.gstin]));
  }

  /** Stores the outcome of the wizard's or the CLI's "Test connection". */
  recordTest(gstin: string, result: { ok: boolean; summary: string; at?: Date }): MaskedProfile {
    const key = normalizeGstin(gstin);
    const profiles = this.#profiles();
    const profile = profiles[key];
    if (!profile) throw notFound(key);
    const lastTest: ConnectionTest = {
      at: (result.at ?? this.#now()).toISOString(),
      ok: result.ok,
      summary: String(result.summary).slice(0, 500),
    };
    profiles[key] = { ...profile, lastTest };
    this.#store.set(PROFILES, profiles);
    return this.masked(key);
  }

  /** Forgets the profile and its secrets. False when there was nothing to remove. */
  remove(gstin: string): boolean {
    const key = normalizeGstin(gstin);
    const profiles = this.#profiles();
    const secrets = this.#secrets();
    const had = key in profiles || key in secrets;
    delete profiles[key];
    delete secrets[key];
    // Profile first, mirroring save: an interrupted remove leaves an orphaned blob, not a
    // profile without secrets.
    this.#store.set(PROFILES, profiles);
    this.#store.set(SECRETS, secrets);
    return had;
  }

  /** Main process only: the plain credentials the IRP client logs in with. */
  credentials(gstin: string): IrpCredentials {
    const key = normalizeGstin(gstin);
    const profile = this.#profiles()[key];
    if (!profile) throw notFound(key);
    const stored = this.#secrets()[key];
    if (!stored) {
      throw new VaultError(
        VaultErrorCode.NotFound,
        `The password and client secret for GSTIN ${key} are missing; enter them again.`,
        'password',
      );
    }
    return {
      gstin: key,
      userName: profile.userName,
      password: this.#decrypt(stored, 'password'),
      clientId: profile.clientId,
      clientSecret: this.#decrypt(stored, 'clientSecret'),
    };
  }

  #decrypt(stored: StoredSecrets, field: keyof Secrets): string {
    const reader = this.#readers.get(stored.cipherKind);
    if (!reader) {
      throw new VaultError(
        VaultErrorCode.CipherMismatch,
        `The saved credentials were encrypted by ${CIPHER_NAMES[stored.cipherKind] ?? 'an unknown method'} ` +
          `and cannot be read by ${CIPHER_NAMES[this.#cipher.kind]}. Enter the password and client secret again here.`,
        field,
      );
    }
    try {
      return reader.decrypt(stored[field]);
    } catch (error) {
      if (error instanceof VaultError) throw new VaultError(error.code, error.message, field);
      throw error;
    }
  }

  /** The new value encrypted, or the stored blob, re-encrypted when it was made by another cipher. */
  #encryptKeeping(
    field: keyof Secrets,
    value: string | undefined,
    stored: StoredSecrets | undefined,
  ): string {
    if (value !== undefined) return this.#cipher.encrypt(value);
    if (!stored) {
      throw new VaultError(VaultErrorCode.Invalid, 'Enter both the password and the client secret.', field);
    }
    if (stored.cipherKind === this.#cipher.kind) return stored[field];
    return this.#cipher.encrypt(this.#decrypt(stored, field));
  }

  #profiles(): Record<string, ApiProfile> {
    return recordOf<ApiProfile>(this.#store.get(PROFILES));
  }

  #secrets(): Record<string, StoredSecrets> {
    return recordOf<StoredSecrets>(this.#store.get(SECRETS));
  }
}

function recordOf<T>(value: unknown): Record<string, T> {
  // A null-prototype copy, so a GSTIN-shaped key can never meet Object.prototype.
  const out = Object.create(null) as Record<string, T>;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) Object.assign(out, value);
  return out;
}

function hasFlags(stored: StoredSecrets | undefined): { hasPassword: boolean; hasClientSecret: boolean } {
  return {
    hasPassword: typeof stored?.password === 'string' && stored.password !== '',
    hasClientSecret: typeof stored?.clientSecret === 'string' && stored.clientSecret !== '',
  };
}

export function createVault(options: VaultOptions): Vault {
  return new Vault(options);
}
