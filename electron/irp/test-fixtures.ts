/**
 * Test helpers for the IRP client: a running sandbox in a temp folder with a pinned clock, and a
 * valid inter-state invoice between two of its seeded taxpayers. Test-only; not used by the app.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { formatIstDate } from '../../shared/time/ist';

export interface SandboxHarness {
  sandbox: RunningSandbox;
  /** Moves the sandbox clock (and returns the new instant). */
  advance(minutes: number): Promise<Date>;
  faults(settings: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestSandbox(now: Date): Promise<SandboxHarness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'irp-client-'));
  const sandbox = await startSandbox({ stateDir: dir, port: 0, now });
  const post = async (p: string, body: unknown) => {
    const res = await fetch(`${sandbox.url}${p}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${p} answered ${res.status}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  return {
    sandbox,
    async advance(minutes) {
      await post('/sandbox/clock', { advanceMinutes: minutes });
      const state = await (await fetch(`${sandbox.url}/sandbox/clock`)).json();
      return new Date((state as { now: string }).now);
    },
    async faults(settings) {
      await post('/sandbox/faults', settings);
    },
    async stop() {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Vasundhara Textiles (Karnataka) sells cotton fabric to Sahyadri Engineering (Maharashtra): IGST. */
export function interStateInvoice(docNo: string, date: Date, qty = 100) {
  const assessable = qty * 250;
  const igst = Math.round(assessable * 5) / 100;
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N' },
    DocDtls: { Typ: 'INV', No: docNo, Dt: formatIstDate(date) },
    SellerDtls: {
      Gstin: '29AAGCV4521M1ZW',
      LglNm: 'Vasundhara Textiles Private Limited',
      Addr1: '14, 2nd Cross, Peenya Industrial Area',
      Loc: 'Bengaluru',
      Pin: 560058,
      Stcd: '29',
    },
    BuyerDtls: {
      Gstin: '27AAKFS7310Q1ZK',
      LglNm: 'Sahyadri Engineering Works',
      Pos: '27',
      Addr1: 'Plot 7, Hadapsar',
      Loc: 'Pune',
      Pin: 411026,
      Stcd: '27',
    },
    ItemList: [
      {
        SlNo: '1',
        PrdDesc: 'Cotton fabric',
        IsServc: 'N',
        HsnCd: '520811',
        Qty: qty,
        Unit: 'MTR',
        UnitPrice: 250,
        TotAmt: assessable,
        AssAmt: assessable,
        GstRt: 5,
        IgstAmt: igst,
        TotItemVal: assessable + igst,
      },
    ],
    ValDtls: { AssVal: assessable, IgstVal: igst, TotInvVal: assessable + igst },
  };
}
