/**
 * What the vault keeps per GSTIN. The profile is everything the wizard and the CLI may show;
 * the secrets are the two values NIC treats as passwords. The renderer only ever sees a
 * {@link MaskedProfile}: the IPC layer hands it nothing else.
 */
import type { Environment } from '../../shared/api';

export type IntegrationMode = 'direct' | 'gsp';

/** NIC's two API modes: the same calls, but asynchronous users poll for bulk outcomes. */
export type SyncMode = 'synchronous' | 'asynchronous';

export interface Integration {
  mode: IntegrationMode;
  /** The GSP's name when `mode` is `gsp`; absent for direct integration. */
  gspName?: string;
  sync: SyncMode;
}

export interface ConnectionTest {
  /** ISO-8601 instant. */
  at: string;
  ok: boolean;
  summary: string;
}

/** Non-secret settings of one GSTIN's API user. */
export interface ApiProfile {
  gstin: string;
  environment: Environment;
  /** Only for `custom` (a GSP's pass-through endpoint); the other environments know their own. */
  baseUrl?: string;
  userName: string;
  clientId: string;
  integration: Integration;
  /** Static IPv4 addresses whitelisted on the portal; production IRPs allow at most four. */
  whitelistedIps: string[];
  notes: string;
  /** The IRP's public key for the auth payload: public, so not a secret. */
  encryptionPublicKeyPem?: string;
  /** The certificate that verifies SignedInvoice / SignedQRCode: public too. */
  signingCertPem?: string;
  lastTest?: ConnectionTest;
  /** ISO-8601 instants. */
  createdAt: string;
  updatedAt: string;
}

export interface Secrets {
  password: string;
  clientSecret: string;
}

/**
 * What `save` takes. `clientId` may be omitted when updating (the renderer never learns the
 * stored one, so it cannot send it back); the vault keeps the stored value. Timestamps are the
 * vault's business.
 */
export interface ApiProfileInput {
  gstin: string;
  environment: Environment;
  baseUrl?: string;
  userName: string;
  clientId?: string;
  integration: Integration;
  whitelistedIps?: string[];
  notes?: string;
  encryptionPublicKeyPem?: string;
  signingCertPem?: string;
}

/** The only shape of a profile that may leave the main process. */
export type MaskedProfile = Omit<ApiProfile, 'clientId'> & {
  hasPassword: boolean;
  hasClientSecret: boolean;
  /** e.g. `AAAA••••••••1234`; never the whole id. */
  clientIdMasked: string;
};

export interface PanGroup<T extends { gstin: string }> {
  /** GSTIN characters 3-12. */
  pan: string;
  profiles: T[];
}
