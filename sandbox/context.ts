/** Everything a handler needs, built once at start. */
import type { KeyObject } from 'node:crypto';
import type { SandboxClock } from './clock';
import type { SandboxConfig } from './config';
import type { FaultSet } from './faults';
import type { JwtSigner } from './jwt';
import type { Store, SessionRow } from './state/db';
import type { GstinMaster } from './state/master';
import type { ApiUser } from './types';

export interface SandboxContext {
  config: SandboxConfig;
  clock: SandboxClock;
  store: Store;
  master: GstinMaster;
  apiUsers: ApiUser[];
  encryptionKey: KeyObject;
  signer: JwtSigner;
  faults: FaultSet;
  /** Hot-path cache of sessions by token (the table is the truth; this saves a read per request). */
  sessions: Map<string, SessionRow>;
  sequences: { ackNo: number; ewbNo: number };
  /** Documents being signed right now, by duplicate key, so a concurrent twin gets 2150, not a second IRN. */
  inFlight: Map<string, { AckNo: number; AckDt: string; Irn: string }>;
}
