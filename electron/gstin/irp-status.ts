/**
 * The IRP health light in the app bar: the active GSTIN's IRP heartbeat, checked gently in the
 * background (every `healthPollSeconds`, one request, no login) and on demand.
 */
import type { IrpStatusView } from '../../shared/api';
import type { Clock } from '../app/clock';
import type { SettingsStore } from '../settings';
import type { Vault } from '../vault';
import type { IrpRegistry } from './registry';

export class IrpStatusMonitor {
  private status: IrpStatusView = {
    gstin: null,
    environment: null,
    up: null,
    checkedAt: null,
    latencyMs: null,
    message: 'Not checked yet.',
  };
  private timer: ReturnType<typeof setInterval> | null = null;
  private checking: Promise<IrpStatusView> | null = null;

  constructor(
    private readonly deps: { registry: IrpRegistry; settings: SettingsStore; vault: Vault; now: Clock },
  ) {}

  current(): IrpStatusView {
    const active = this.deps.settings.get('activeGstin');
    // A status about another GSTIN's IRP would mislead after a switch.
    return this.status.gstin === active
      ? this.status
      : {
          ...this.status,
          gstin: active,
          up: null,
          checkedAt: null,
          latencyMs: null,
          message: 'Not checked yet.',
        };
  }

  /** Checks now; concurrent requests share one check. */
  check(): Promise<IrpStatusView> {
    this.checking ??= this.runCheck().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async runCheck(): Promise<IrpStatusView> {
    const gstin = this.deps.settings.get('activeGstin');
    const profile = gstin ? this.deps.vault.get(gstin) : undefined;
    if (!gstin || !profile) {
      this.status = {
        gstin,
        environment: null,
        up: null,
        checkedAt: null,
        latencyMs: null,
        message: 'No GSTIN with API access is active.',
      };
      return this.status;
    }
    try {
      const client = await this.deps.registry.client(gstin);
      const health = await client.health();
      this.status = {
        gstin,
        environment: profile.environment,
        up: health.up,
        checkedAt: this.deps.now().toISOString(),
        latencyMs: health.latencyMs,
        message: health.up
          ? `The IRP is answering (${health.latencyMs} ms).`
          : `The IRP is not answering: ${health.reason ?? 'no reply'}.`,
      };
    } catch (error) {
      // A set-up gap (no key imported, no base URL) is not the IRP being down: say which it is.
      this.status = {
        gstin,
        environment: profile.environment,
        up: null,
        checkedAt: this.deps.now().toISOString(),
        latencyMs: null,
        message: `Cannot check the IRP yet: ${(error as Error).message}`,
      };
    }
    return this.status;
  }

  start(): void {
    if (this.timer) return;
    const seconds = this.deps.settings.get('healthPollSeconds');
    void this.check();
    this.timer = setInterval(() => void this.check(), seconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
