/**
 * API access per GSTIN: the wizard's and the CLI's one service. Profiles and secrets live in the
 * vault; the business (name, address, state) lives in the ledger, filled from the IRP's own
 * GSTIN details when the connection is tested. Only masked views ever leave this service.
 */
import {
  DeskError,
  LocalErrorCode,
  type ConnectionTestReport,
  type GstinProfileInput,
  type GstinProfileView,
  type GstinSaveResult,
  type TaxpayerView,
} from '../../shared/api';
import { ENVIRONMENTS } from '../../shared/irp/environments';
import { findState } from '../../shared/masters';
import type { Clock } from '../app/clock';
import type { EmbeddedSandbox } from '../app/embedded-sandbox';
import type { Ledger } from '../ledger';
import type { SettingsStore } from '../settings';
import { normalisePublicKey } from '../irp/crypto';
import type { ApiProfileInput, MaskedProfile, Vault } from '../vault';
import { formatDateTime } from '../../shared/format/indian';
import { parseIrpDateTime } from '../../shared/time/ist';
import { runConnectionTest } from './connection-test';
import type { IrpRegistry } from './registry';
import { toTaxpayerView } from './taxpayer';

export interface GstinServiceDeps {
  vault: Vault;
  ledger: Ledger;
  settings: SettingsStore;
  registry: IrpRegistry;
  sandbox: () => Promise<EmbeddedSandbox>;
  now: Clock;
  actor: string;
}

const GSTIN_SHAPE = /^[0-9]{2}[0-9A-Z]{13}$/;

function cleanGstin(value: unknown, field = 'gstin'): string {
  const gstin = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!GSTIN_SHAPE.test(gstin)) {
    throw new DeskError(
      LocalErrorCode.BadRequest,
      'A GSTIN has 15 characters: the 2-digit state code, the PAN, and three more.',
      field,
    );
  }
  return gstin;
}

/** The portal offers the key as bare base64; the vault keeps PEM. */
function publicKeyPem(text: string | undefined): string | undefined {
  if (!text?.trim()) return undefined;
  try {
    return normalisePublicKey(text);
  } catch {
    throw new DeskError(
      LocalErrorCode.BadRequest,
      'The IRP public key is not a valid RSA public key. Choose the public key file downloaded from the portal.',
      'encryptionPublicKeyPem',
    );
  }
}

function toProfileInput(input: GstinProfileInput): ApiProfileInput {
  const publicKey = publicKeyPem(input.encryptionPublicKeyPem);
  return {
    gstin: input.gstin,
    environment: input.environment,
    ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}),
    userName: input.userName,
    ...(input.clientId ? { clientId: input.clientId } : {}),
    integration: input.integration,
    whitelistedIps: input.whitelistedIps ?? [],
    notes: input.notes ?? '',
    ...(publicKey ? { encryptionPublicKeyPem: publicKey } : {}),
    ...(input.signingCertPem ? { signingCertPem: input.signingCertPem } : {}),
  };
}

export class GstinService {
  constructor(private readonly deps: GstinServiceDeps) {}

  private view(profile: MaskedProfile): GstinProfileView {
    const business = this.deps.ledger.businesses.get(profile.gstin);
    const env = ENVIRONMENTS[profile.environment];
    const stateCode = profile.gstin.slice(0, 2);
    return {
      gstin: profile.gstin,
      pan: profile.gstin.slice(2, 12),
      stateCode,
      stateName: findState(stateCode)?.name ?? 'Unknown state',
      legalName: business?.legalName ?? null,
      environment: profile.environment,
      environmentLabel: env.label,
      isSandbox: env.isSandbox,
      isDemo: business?.isDemo ?? false,
      baseUrl: profile.environment === 'custom' ? (profile.baseUrl ?? null) : env.baseUrl,
      userName: profile.userName,
      clientIdMasked: profile.clientIdMasked,
      hasPassword: profile.hasPassword,
      hasClientSecret: profile.hasClientSecret,
      integration: profile.integration,
      whitelistedIps: profile.whitelistedIps,
      notes: profile.notes,
      hasPublicKey: profile.environment === 'builtin' || Boolean(profile.encryptionPublicKeyPem),
      hasSigningCert: profile.environment === 'builtin' || Boolean(profile.signingCertPem),
      lastTest: profile.lastTest ?? null,
      active: this.deps.settings.get('activeGstin') === profile.gstin,
    };
  }

  list(): GstinProfileView[] {
    return this.deps.vault.listMasked().map((p) => this.view(p));
  }

  get(gstin: string): GstinProfileView {
    return this.view(this.deps.vault.masked(cleanGstin(gstin)));
  }

  /** Tests a saved GSTIN (and records the outcome), or an unsaved draft from the wizard. */
  async test(request: { gstin: string } | { draft: GstinProfileInput }): Promise<ConnectionTestReport> {
    if ('draft' in request) return this.testDraft(request.draft);
    const gstin = cleanGstin(request.gstin);
    const profile = this.deps.vault.get(gstin);
    if (!profile)
      throw new DeskError(LocalErrorCode.NotFound, `GSTIN ${gstin} has no API access set up yet.`, 'gstin');
    const client = await this.deps.registry.client(gstin);
    const report = await runConnectionTest(
      client,
      gstin,
      ENVIRONMENTS[profile.environment].label,
      this.deps.now,
    );
    this.deps.vault.recordTest(gstin, {
      ok: report.ok,
      summary: summarise(report),
      at: new Date(report.testedAt),
    });
    if (report.taxpayer) this.upsertBusiness(gstin, profile.environment, report.taxpayer);
    return report;
  }

  private async testDraft(draft: GstinProfileInput): Promise<ConnectionTestReport> {
    const gstin = cleanGstin(draft.gstin);
    const stored = this.deps.vault.get(gstin);
    // The wizard never holds stored secrets: when editing, it sends only what changed.
    const storedCredentials = stored ? this.deps.vault.credentials(gstin) : undefined;
    const password = draft.password || storedCredentials?.password;
    const clientSecret = draft.clientSecret || storedCredentials?.clientSecret;
    const clientId = draft.clientId || storedCredentials?.clientId;
    if (!draft.userName?.trim())
      throw new DeskError(LocalErrorCode.BadRequest, 'Enter the API user name.', 'userName');
    if (!clientId) throw new DeskError(LocalErrorCode.BadRequest, 'Enter the client ID.', 'clientId');
    if (!clientSecret)
      throw new DeskError(LocalErrorCode.BadRequest, 'Enter the client secret.', 'clientSecret');
    if (!password) throw new DeskError(LocalErrorCode.BadRequest, 'Enter the API user password.', 'password');
    const client = await this.deps.registry.clientFor(
      {
        environment: draft.environment,
        baseUrl: draft.baseUrl,
        encryptionPublicKeyPem: draft.encryptionPublicKeyPem ?? stored?.encryptionPublicKeyPem,
        signingCertPem: draft.signingCertPem ?? stored?.signingCertPem,
      },
      { gstin, userName: draft.userName.trim(), password, clientId, clientSecret },
    );
    return runConnectionTest(client, gstin, ENVIRONMENTS[draft.environment].label, this.deps.now);
  }

  /**
   * Saves after a successful test, or without one when the user says so explicitly. A failed
   * test saves nothing and returns the report, so the wizard can show what to fix.
   */
  async save(input: GstinProfileInput, options: { withoutTest?: boolean } = {}): Promise<GstinSaveResult> {
    const gstin = cleanGstin(input.gstin);
    const draft = { ...input, gstin };
    let report: ConnectionTestReport | null = null;
    if (!options.withoutTest) {
      report = await this.testDraft(draft);
      if (!report.ok) return { saved: false, profile: null, report };
    }
    const secrets = {
      ...(input.password ? { password: input.password } : {}),
      ...(input.clientSecret ? { clientSecret: input.clientSecret } : {}),
    };
    this.deps.vault.save(toProfileInput(draft), secrets);
    if (report) {
      this.deps.vault.recordTest(gstin, {
        ok: true,
        summary: summarise(report),
        at: new Date(report.testedAt),
      });
    }
    this.upsertBusiness(gstin, draft.environment, report?.taxpayer ?? null);
    this.deps.registry.forget(gstin);
    if (!this.deps.settings.get('activeGstin')) this.deps.settings.set('activeGstin', gstin);
    return { saved: true, profile: this.get(gstin), report };
  }

  /** Forgets the GSTIN's credentials. Its invoices stay in the ledger. */
  remove(gstin: string): { removed: boolean } {
    const key = cleanGstin(gstin);
    const business = this.deps.ledger.businesses.get(key);
    const removed = this.deps.vault.remove(key);
    this.deps.registry.forget(key);
    if (business?.isDemo) this.deps.settings.set('demoDismissed', true);
    if (this.deps.settings.get('activeGstin') === key) {
      this.deps.settings.set('activeGstin', this.deps.vault.list()[0]?.gstin ?? null);
    }
    return { removed };
  }

  /** Get (or sync from the common portal) another taxpayer's details, as the active GSTIN. */
  async lookup(gstin: string, options: { as?: string; sync?: boolean } = {}): Promise<TaxpayerView> {
    const target = cleanGstin(gstin);
    const as = options.as ? cleanGstin(options.as, 'as') : this.deps.settings.get('activeGstin');
    if (!as) {
      throw new DeskError(
        LocalErrorCode.BadRequest,
        'Set up API access for one of your GSTINs first: lookups are made as that GSTIN.',
        'as',
      );
    }
    const client = await this.deps.registry.client(as);
    const answer = options.sync ? await client.syncGstin(target) : await client.getGstinDetails(target);
    return toTaxpayerView(answer.data);
  }

  private upsertBusiness(
    gstin: string,
    environment: GstinProfileInput['environment'],
    taxpayer: TaxpayerView | null,
  ): void {
    const existing = this.deps.ledger.businesses.get(gstin);
    this.deps.ledger.businesses.upsert({
      gstin,
      legalName: (taxpayer?.legalName ?? existing?.legalName ?? `GSTIN ${gstin}`).slice(0, 100),
      tradeName: taxpayer?.tradeName ?? existing?.tradeName ?? null,
      address1: taxpayer?.address1 ?? existing?.address1 ?? null,
      address2: taxpayer?.address2 ?? existing?.address2 ?? null,
      location: (taxpayer?.location ?? existing?.location ?? null)?.slice(0, 50) ?? null,
      pin: taxpayer?.pin ?? existing?.pin ?? null,
      aatoPaise: existing?.aatoPaise ?? null,
      environment,
      isDemo: existing?.isDemo ?? false,
    });
  }

  /**
   * The embedded default: on a first start (no GSTIN set up, demo not removed before) the demo
   * business of the built-in sandbox is set up with its API user, tested and made active.
   */
  async ensureDemo(): Promise<boolean> {
    if (this.deps.vault.list().length > 0 || this.deps.settings.get('demoDismissed')) return false;
    const sandbox = await this.deps.sandbox();
    const user = sandbox.apiUsers[0];
    if (!user) return false;
    const taxpayer = sandbox.taxpayers.find((t) => t.gstin === user.gstin);
    this.deps.vault.save(
      {
        gstin: user.gstin,
        environment: 'builtin',
        userName: user.userName,
        clientId: user.clientId,
        integration: { mode: 'direct', sync: 'synchronous' },
        whitelistedIps: [],
        notes: 'Demo business of the built-in practice sandbox. Remove it once your own GSTIN is set up.',
      },
      { password: user.password, clientSecret: user.clientSecret },
    );
    this.deps.ledger.businesses.upsert({
      gstin: user.gstin,
      legalName: taxpayer?.legalName ?? 'Demo business',
      tradeName: taxpayer?.tradeName ?? null,
      address1: taxpayer?.address1 ?? null,
      address2: taxpayer?.address2 ?? null,
      location: taxpayer?.location ?? null,
      pin: taxpayer?.pin ?? null,
      aatoPaise: taxpayer?.aatoPaise ?? null,
      environment: 'builtin',
      isDemo: true,
    });
    this.deps.settings.set('activeGstin', user.gstin);
    // Test it at once, so the demo shows a real connection result rather than "never tested".
    await this.test({ gstin: user.gstin }).catch(() => undefined);
    return true;
  }
}

function summarise(report: ConnectionTestReport): string {
  const failed = report.steps.find((s) => !s.ok && s.id !== 'health');
  const expiry = report.tokenExpiry ? parseIrpDateTime(report.tokenExpiry) : null;
  return failed
    ? `${failed.label}: ${failed.detail}`
    : `Connected; session valid until ${expiry ? formatDateTime(expiry) : 'unknown'} IST.`;
}
