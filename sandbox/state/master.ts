/**
 * The GSTIN master the rules answer from: taxpayers.json plus the statuses Sync GSTIN has since copied
 * from the "common portal" (kept in SQLite so they survive a restart).
 */
import type { Store } from './db';
import type { Taxpayer, TaxpayerStatus } from '../types';

export class GstinMaster {
  private readonly byGstin = new Map<string, Taxpayer>();

  constructor(
    taxpayers: Taxpayer[],
    private readonly store: Store,
  ) {
    for (const t of taxpayers) this.byGstin.set(t.gstin.toUpperCase(), { ...t });
    for (const { gstin, status } of store.syncedStatuses()) {
      const t = this.byGstin.get(gstin);
      if (t) t.status = status as TaxpayerStatus;
    }
  }

  get(gstin: string): Taxpayer | undefined {
    return this.byGstin.get(gstin.toUpperCase());
  }

  /** Copies the common-portal status into the IRP master, as NIC's Sync GSTIN does. */
  sync(gstin: string, nowMs: number): Taxpayer | undefined {
    const t = this.get(gstin);
    if (!t) return undefined;
    if (t.cpStatus && t.cpStatus !== t.status) {
      t.status = t.cpStatus;
      this.store.recordSync(t.gstin.toUpperCase(), t.status, nowMs);
    }
    return t;
  }
}
