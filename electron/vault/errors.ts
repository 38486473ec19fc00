import { DeskError, LocalErrorCode } from '../../shared/api';

export const VaultErrorCode = {
  /** A profile or secret the vault refuses; `field` names it. */
  Invalid: LocalErrorCode.BadRequest,
  NotFound: LocalErrorCode.NotFound,
  /** The operating system offers no encryption (safeStorage unavailable, or only its plain-text fallback). */
  Unavailable: 'VAULT_UNAVAILABLE',
  /** A stored secret failed to decrypt: wrong key, or the data was changed. */
  Decrypt: 'VAULT_DECRYPT',
  /** The key file is missing its key, damaged, or unreadable. */
  KeyFile: 'VAULT_KEY_FILE',
  /** vault.json is not valid JSON, or cannot be read or written at all. */
  Storage: 'VAULT_STORAGE',
  /** The secrets were saved by the other kind of cipher (desktop app vs browser mode / CLI). */
  CipherMismatch: 'VAULT_CIPHER_MISMATCH',
} as const;

/**
 * Everything the vault throws on purpose. Messages never quote a secret (they end up in the
 * renderer and in logs), only the field they are about.
 */
export class VaultError extends DeskError {
  constructor(code: string, message: string, field?: string) {
    super(code, message, field);
  }
}

export function invalid(field: string, message: string): VaultError {
  return new VaultError(VaultErrorCode.Invalid, message, field);
}
