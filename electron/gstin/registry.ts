/**
 * One IRP client per GSTIN, built from its vault profile, so that a GSTIN's session (token and
 * SEK) is shared by every caller in this process. Clients of one IRP host share a circuit
 * breaker: when NIC's IRP-1 is down it is down for every GSTIN.
 */
import { DeskError, LocalErrorCode } from '../../shared/api';
import { ENVIRONMENTS } from '../../shared/irp/environments';
import type { Clock } from '../app/clock';
import type { EmbeddedSandbox } from '../app/embedded-sandbox';
import { auditIrpCall } from '../irp/audit';
import { CircuitBreaker } from '../irp/circuit-breaker';
import { IrpClient, type IrpCallRecord } from '../irp/client';
import { normalisePublicKey } from '../irp/crypto';
import type { Timeouts } from '../irp/transport';
import type { IrpCredentials, IrpEndpoint } from '../irp/types';
import type { Ledger } from '../ledger';
import type { ApiProfile, Vault } from '../vault';

export interface RegistryDeps {
  vault: Vault;
  ledger: Ledger;
  /** Starts (once) or finds the built-in sandbox. */
  sandbox: () => Promise<EmbeddedSandbox>;
  now: Clock;
  /** Who is acting, for the audit trail: `user` in the app, `cli` for the command. */
  actor: string;
  timeouts?: Timeouts;
  /** A monotonic clock in ms (performance.now by default): how long a client is taken as current. */
  elapsedMs?: () => number;
}

/**
 * How long a client is used without looking at its vault profile again. This process's own
 * changes call `forget` at once; this bounds how late a change made by the other process on the
 * same data folder (the app while the command runs, or the reverse) is noticed. Looking costs a
 * file stat and a copy of every profile, which a batch would otherwise pay on every IRP call.
 */
export const PROFILE_RECHECK_MS = 1_000;

type EndpointSource = Pick<
  ApiProfile,
  'environment' | 'baseUrl' | 'encryptionPublicKeyPem' | 'signingCertPem'
>;

export class IrpRegistry {
  private readonly clients = new Map<string, { key: string; client: IrpClient; checkedAt: number }>();
  private readonly breakers = new Map<string, CircuitBreaker>();
  private pendingAudit: IrpCallRecord[] = [];
  private flushScheduled = false;

  private readonly elapsed: () => number;

  constructor(private readonly deps: RegistryDeps) {
    this.elapsed = deps.elapsedMs ?? (() => performance.now());
  }

  /** Where and with which keys to talk to the IRP for a profile. */
  async endpointFor(profile: EndpointSource): Promise<IrpEndpoint> {
    if (profile.environment === 'builtin') {
      const sandbox = await this.deps.sandbox();
      return {
        environment: 'builtin',
        baseUrl: sandbox.url,
        encryptionPublicKeyPem: sandbox.encryptionPublicKeyPem,
        signingCertPem: sandbox.signingCertPem,
      };
    }
    const info = ENVIRONMENTS[profile.environment];
    const baseUrl = profile.environment === 'custom' ? profile.baseUrl : info.baseUrl;
    if (!baseUrl) {
      throw new DeskError(LocalErrorCode.BadRequest, 'Enter the base URL your GSP gave you.', 'baseUrl');
    }
    if (!profile.encryptionPublicKeyPem) {
      throw new DeskError(
        LocalErrorCode.BadRequest,
        `Import the IRP public key for ${info.label}: download it from the e-invoice portal's API section and choose the file here.`,
        'encryptionPublicKeyPem',
      );
    }
    let key: string;
    try {
      key = normalisePublicKey(profile.encryptionPublicKeyPem);
    } catch {
      throw new DeskError(
        LocalErrorCode.BadRequest,
        'The IRP public key is not a valid RSA public key. Choose the public key file downloaded from the portal.',
        'encryptionPublicKeyPem',
      );
    }
    return {
      environment: profile.environment,
      baseUrl,
      encryptionPublicKeyPem: key,
      ...(profile.signingCertPem ? { signingCertPem: profile.signingCertPem } : {}),
    };
  }

  private breakerFor(baseUrl: string): CircuitBreaker {
    let breaker = this.breakers.get(baseUrl);
    if (!breaker) {
      breaker = new CircuitBreaker({
        failureThreshold: 5,
        cooldownMs: 30_000,
        now: () => this.deps.now().getTime(),
      });
      this.breakers.set(baseUrl, breaker);
    }
    return breaker;
  }

  /** A client for arbitrary credentials (the wizard's test before saving); not cached. */
  async clientFor(profile: EndpointSource, credentials: IrpCredentials): Promise<IrpClient> {
    const endpoint = await this.endpointFor(profile);
    return new IrpClient({
      endpoint,
      credentials,
      breaker: this.breakerFor(endpoint.baseUrl),
      now: this.deps.now,
      ...(this.deps.timeouts ? { timeouts: this.deps.timeouts } : {}),
      onCall: (record: IrpCallRecord) => this.recordCall(record),
    });
  }

  /**
   * IRP calls are audited in batches: one commit for the calls that finished in the same turn
   * of the event loop instead of one each, which matters when a batch of thousands is sent.
   * Callers that write the outcome of a call flush first, inside their own transaction, so the
   * audit entry commits together with the outcome it explains.
   */
  private recordCall(record: IrpCallRecord): void {
    this.pendingAudit.push(record);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flushAudit());
    }
  }

  /** Writes the audit entries of finished calls now. */
  flushAudit(): void {
    this.flushScheduled = false;
    const batch = this.pendingAudit;
    if (batch.length === 0) return;
    this.pendingAudit = [];
    this.deps.ledger.tx(() => {
      for (const record of batch) auditIrpCall(this.deps.ledger, record, this.deps.actor);
    });
  }

  /**
   * The shared client of a saved GSTIN; rebuilt when its profile changes (a change made by the
   * other process on the data folder is seen within PROFILE_RECHECK_MS).
   */
  async client(gstin: string): Promise<IrpClient> {
    const recent = this.clients.get(gstin.trim().toUpperCase());
    if (recent && this.elapsed() - recent.checkedAt < PROFILE_RECHECK_MS) return recent.client;
    const profile = this.deps.vault.get(gstin);
    if (!profile) {
      throw new DeskError(
        LocalErrorCode.NotFound,
        `GSTIN ${gstin} has no API access set up yet. Add it under GSTINs & API access.`,
        'gstin',
      );
    }
    const key = `${profile.updatedAt}|${profile.environment}|${profile.baseUrl ?? ''}`;
    const cached = this.clients.get(profile.gstin);
    if (cached && cached.key === key) {
      cached.checkedAt = this.elapsed();
      return cached.client;
    }
    const client = await this.clientFor(profile, this.deps.vault.credentials(profile.gstin));
    this.clients.set(profile.gstin, { key, client, checkedAt: this.elapsed() });
    return client;
  }

  forget(gstin: string): void {
    this.clients.delete(gstin);
  }
}
