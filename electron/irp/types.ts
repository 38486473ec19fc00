/** Shapes of the IRP's requests and decrypted responses (REFERENCE §1), as the client sees them. */
import type { Environment } from '../../shared/api';

export interface IrpCredentials {
  gstin: string;
  userName: string;
  password: string;
  clientId: string;
  clientSecret: string;
}

export interface IrpEndpoint {
  environment: Environment;
  /** Without a trailing slash, e.g. `https://einv-apisandbox.nic.in`. */
  baseUrl: string;
  /** The IRP's RSA public key for the auth payload (PEM). */
  encryptionPublicKeyPem: string;
  /** The certificate whose key signs SignedInvoice / SignedQRCode (PEM), when imported. */
  signingCertPem?: string;
}

export interface AuthResult {
  ClientId: string;
  UserName: string;
  AuthToken: string;
  Sek: string;
  TokenExpiry: string;
}

export interface IrnResult {
  AckNo: number | string;
  AckDt: string;
  Irn: string;
  SignedInvoice: string;
  SignedQRCode: string;
  Status?: string;
  EwbNo?: number | string | null;
  EwbDt?: string | null;
  EwbValidTill?: string | null;
  Remarks?: string | null;
}

export interface InfoDetail {
  InfCd: string;
  Desc: unknown;
}

export interface CancelIrnResult {
  Irn: string;
  CancelDate: string;
}

export interface EwbRequest {
  Irn: string;
  Distance: number;
  TransMode?: '1' | '2' | '3' | '4';
  TransId?: string;
  TransName?: string;
  TransDocDt?: string;
  TransDocNo?: string;
  VehNo?: string;
  VehType?: 'R' | 'O';
  ExpShipDtls?: { Addr1?: string; Addr2?: string; Loc: string; Pin: number; Stcd: string };
  DispDtls?: { Nm: string; Addr1: string; Addr2?: string; Loc: string; Pin: number; Stcd: string };
}

export interface EwbResult {
  EwbNo: number | string;
  EwbDt: string;
  EwbValidTill: string | null;
  Remarks?: string | null;
}

export interface EwbDetails {
  EwbNo: number | string;
  Status: string;
  GenGstin: string;
  EwbDt: string;
  EwbValidTill: string | null;
}

export interface CancelEwbResult {
  ewayBillNo: number | string;
  cancelDate: string;
}

export interface GstinDetails {
  Gstin: string;
  TradeName: string | null;
  LegalName: string | null;
  AddrBnm: string | null;
  AddrBno: string | null;
  AddrFlno: string | null;
  AddrSt: string | null;
  AddrLoc: string | null;
  StateCode: number | string | null;
  AddrPncd: number | string | null;
  TxpType: string | null;
  Status: string | null;
  BlkStatus: string | null;
  DtReg: string | null;
  DtDReg: string | null;
}

/** A successful answer with the IRP's InfoDtls alongside (DUPIRN, EWBERR, EWBPPD …). */
export interface WithInfo<T> {
  data: T;
  info: InfoDetail[];
}

export type IrpApi =
  | 'auth'
  | 'generate-irn'
  | 'cancel-irn'
  | 'get-irn'
  | 'get-irn-by-doc'
  | 'generate-ewb'
  | 'get-ewb'
  | 'cancel-ewb'
  | 'gstin-details'
  | 'sync-gstin'
  | 'health';
