import type { SandboxConfig } from '../config';
import type { GstinMaster } from '../state/master';

/** What a rule may look at besides the invoice. */
export interface RuleContext {
  config: SandboxConfig;
  master: GstinMaster;
  /** The `Gstin` header of the authenticated caller. */
  callerGstin: string;
  now: Date;
}
