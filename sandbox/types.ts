import type { SandboxConfig } from './config';

/** Shapes the sandbox shares with whoever starts it (the app, the CLI, the conformance suite). */

/** An IRP API user: created on the portal per GSTIN, with the client credentials NIC issues. */
export interface ApiUser {
  gstin: string;
  userName: string;
  password: string;
  clientId: string;
  clientSecret: string;
  /** Absent or true for a working user; false makes auth answer 1014 (inactive user). */
  active?: boolean;
  /**
   * Absent or true when e-invoicing is enabled for the GSTIN on the portal; false makes auth
   * answer 3026, the set-up mistake of creating an API user before enabling e-invoicing.
   */
  einvoiceEnabled?: boolean;
}

export type TaxpayerStatus = 'ACT' | 'CNL' | 'INA' | 'PRO';
export type TaxpayerType = 'REG' | 'COM' | 'SEZ';

/** One row of the sandbox's GSTIN master (`taxpayers.json`). */
export interface Taxpayer {
  gstin: string;
  legalName: string;
  tradeName: string;
  address1: string;
  address2: string;
  location: string;
  pin: number;
  stateCode: string;
  status: TaxpayerStatus;
  /** 'B' = e-way bill generation blocked for non-filing of returns. */
  blockStatus: 'B' | 'U' | null;
  /** yyyy-MM-dd */
  registeredOn: string;
  /** yyyy-MM-dd, cancelled taxpayers only (null = not known to the master). */
  deregisteredOn?: string | null;
  taxpayerType?: TaxpayerType;
  /** Aggregate annual turnover in paise: drives the 30-day reporting window and the HSN digit rule. */
  aatoPaise?: number;
  /** Status at GSTN's common portal; Sync GSTIN copies it into the IRP master (stale-master practice). */
  cpStatus?: TaxpayerStatus;
}

export interface SandboxOptions {
  port?: number;
  stateDir: string;
  host?: '127.0.0.1';
  tokenTtlMinutes?: number;
  /** Initial reading of the sandbox clock (it then runs with real time until moved). */
  now?: Date;
  strictGstinChecksum?: boolean;
  /** Anything else from SandboxConfig (rule codes and windows marked [U] in the reference). */
  config?: Partial<SandboxConfig>;
}

export interface RunningSandbox {
  url: string;
  port: number;
  stateDir: string;
  encryptionPublicKeyPem: string;
  signingCertPem: string;
  apiUsers: ApiUser[];
  close(): Promise<void>;
}
