/** Starts a sandbox on port 0 in a temp state dir for one test file, and builds valid INV-01 documents. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSandbox } from '../index';
import type { RunningSandbox, SandboxOptions, Taxpayer } from '../types';
import { control, IrpTestClient } from './client';

/** 16 June 2025, 10:00 IST: after the ₹10 crore 30-day rule started (1 April 2025). */
export const TEST_NOW = new Date('2025-06-16T10:00:00+05:30');
export const TEST_DATE = '16/06/2025';

export interface TestSandbox {
  sandbox: RunningSandbox;
  dir: string;
  taxpayer(tradeName: string): Taxpayer;
  client(userIndex?: number): IrpTestClient;
  /** An authenticated client for the given API user. */
  authed(userIndex?: number): Promise<IrpTestClient>;
  setClock(iso: string | Date): Promise<void>;
  advanceMinutes(minutes: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestSandbox(
  options: Partial<SandboxOptions> = {},
  dir?: string,
): Promise<TestSandbox> {
  const stateDir = dir ?? mkdtempSync(path.join(tmpdir(), 'irp-sandbox-'));
  const sandbox = await startSandbox({ port: 0, stateDir, now: TEST_NOW, ...options });
  const taxpayers = JSON.parse(readFileSync(path.join(stateDir, 'taxpayers.json'), 'utf8')) as Taxpayer[];
  const client = (i = 0) => {
    const user = sandbox.apiUsers[i];
    if (!user) throw new Error(`no API user ${i}`);
    return new IrpTestClient(sandbox.url, user, sandbox.encryptionPublicKeyPem);
  };
  return {
    sandbox,
    dir: stateDir,
    taxpayer(tradeName) {
      const t = taxpayers.find((x) => x.tradeName === tradeName);
      if (!t) throw new Error(`no taxpayer ${tradeName}`);
      return t;
    },
    client,
    async authed(i = 0) {
      const c = client(i);
      const res = await c.auth();
      if (res.codes.length > 0) throw new Error(`auth failed: ${res.codes.join(',')}`);
      return c;
    },
    async setClock(when) {
      await control(sandbox.url, '/sandbox/clock', { now: new Date(when).toISOString() });
    },
    async advanceMinutes(minutes) {
      await control(sandbox.url, '/sandbox/clock', { advanceMinutes: minutes });
    },
    async stop() {
      await sandbox.close();
      if (!dir) rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

export interface Line {
  hsn?: string;
  qty?: number;
  price?: number;
  rate?: number;
  service?: boolean;
  discount?: number;
}

export interface InvoiceSpec {
  seller: Taxpayer;
  buyer: Taxpayer | 'URP';
  docNo: string;
  date?: string;
  type?: 'INV' | 'CRN' | 'DBN';
  supTyp?: string;
  pos?: string;
  lines?: Line[];
}

const rupees = (paise: number) => paise / 100;

function party(t: Taxpayer) {
  return {
    Gstin: t.gstin,
    LglNm: t.legalName,
    TrdNm: t.tradeName,
    Addr1: t.address1,
    Addr2: t.address2,
    Loc: t.location,
    Pin: t.pin,
    Stcd: t.stateCode,
  };
}

/** A document whose every amount adds up, tax heads chosen by place of supply. */
// Tests mutate the built document freely, so it is deliberately loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function buildInvoice(spec: InvoiceSpec): Record<string, any> {
  const buyer =
    spec.buyer === 'URP'
      ? {
          Gstin: 'URP',
          LglNm: 'Overseas Buyer Inc',
          Addr1: '1 Harbour Street',
          Loc: 'Singapore',
          Pin: 999999,
          Stcd: '96',
        }
      : party(spec.buyer);
  const pos = spec.pos ?? buyer.Stcd;
  const igst = spec.seller.stateCode !== pos || (spec.supTyp ?? 'B2B') !== 'B2B';
  const lines = spec.lines ?? [{}];
  let ass = 0;
  let cgst = 0;
  let sgst = 0;
  let igstSum = 0;
  let total = 0;
  const items = lines.map((line, i) => {
    const qty = line.qty ?? 2;
    const pricePaise = Math.round((line.price ?? 1500) * 100);
    const rate = line.rate ?? 18;
    const tot = Math.round(qty * pricePaise);
    const disc = Math.round((line.discount ?? 0) * 100);
    const a = tot - disc;
    const half = Math.round((a * rate) / 200);
    const full = Math.round((a * rate) / 100);
    const item = {
      SlNo: String(i + 1),
      PrdDesc: line.service ? 'Installation service' : 'Cotton fabric roll',
      IsServc: line.service ? 'Y' : 'N',
      HsnCd: line.hsn ?? (line.service ? '998729' : '52081190'),
      Qty: qty,
      Unit: line.service ? 'OTH' : 'MTR',
      UnitPrice: rupees(pricePaise),
      TotAmt: rupees(tot),
      Discount: rupees(disc),
      AssAmt: rupees(a),
      GstRt: rate,
      IgstAmt: igst ? rupees(full) : 0,
      CgstAmt: igst ? 0 : rupees(half),
      SgstAmt: igst ? 0 : rupees(half),
      TotItemVal: rupees(a + (igst ? full : 2 * half)),
    };
    ass += a;
    if (igst) igstSum += full;
    else {
      cgst += half;
      sgst += half;
    }
    total += a + (igst ? full : 2 * half);
    return item;
  });
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: spec.supTyp ?? 'B2B', RegRev: 'N' },
    DocDtls: { Typ: spec.type ?? 'INV', No: spec.docNo, Dt: spec.date ?? TEST_DATE },
    SellerDtls: party(spec.seller),
    BuyerDtls: { ...buyer, Pos: pos },
    ItemList: items,
    ValDtls: {
      AssVal: rupees(ass),
      CgstVal: rupees(cgst),
      SgstVal: rupees(sgst),
      IgstVal: rupees(igstSum),
      TotInvVal: rupees(total),
    },
  };
}

let counter = 0;
/** A document number no other test in the run uses. */
export function docNo(prefix = 'T'): string {
  counter += 1;
  return `${prefix}${process.pid % 1000}-${counter}`;
}
