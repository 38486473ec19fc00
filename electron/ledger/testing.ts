/**
 * Fixtures for the ledger's own tests (not exported from index.ts): a pinned clock, temp
 * folders, and plausible records to build on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLedger, type Ledger, type OpenLedgerOptions } from './ledger';
import type { BusinessInput, InvoiceDraftInput } from './types';

export const SELLER = '29AAGCB7383J1Z4';
export const BUYER = '27AAPFU0939F1ZV';

/** A settable clock: starts at 10:00 IST on 15/07/2024. */
export function fixedClock(iso = '2024-07-15T04:30:00.000Z') {
  let current = new Date(iso);
  const now = () => new Date(current.getTime());
  return {
    now,
    set(next: string | Date) {
      current = new Date(next);
    },
    advanceMinutes(minutes: number) {
      current = new Date(current.getTime() + minutes * 60_000);
    },
  };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ledger-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function memoryLedger(options: Partial<OpenLedgerOptions> = {}): Promise<Ledger> {
  return openLedger({ file: ':memory:', ...options });
}

export function sellerInput(overrides: Partial<BusinessInput> = {}): BusinessInput {
  return {
    gstin: SELLER,
    legalName: 'Bharat Traders Private Limited',
    tradeName: 'Bharat Traders',
    address1: '12, MG Road',
    location: 'Bengaluru',
    pin: 560001,
    environment: 'builtin',
    ...overrides,
  };
}

/** An intra-state-looking B2B invoice of one line: ₹1,000 + 18 % IGST = ₹1,180. */
export function draftInput(overrides: Partial<InvoiceDraftInput> = {}): InvoiceDraftInput {
  return {
    businessGstin: SELLER,
    docType: 'INV',
    docNo: 'INV/001',
    docDate: '15/07/2024',
    supplyType: 'B2B',
    buyerGstin: BUYER,
    buyerName: 'Unique Fabrics LLP',
    posStateCode: '27',
    totals: { assessablePaise: 100_000, igstPaise: 18_000, totalPaise: 118_000 },
    model: { note: 'test invoice' },
    lines: [
      {
        description: 'Cotton fabric',
        hsnCode: '520811',
        isService: false,
        qtyMilli: 10_000,
        unit: 'MTR',
        unitPriceMilli: 100_000,
        gstRateMilli: 18_000,
        assessablePaise: 100_000,
        igstPaise: 18_000,
        totalPaise: 118_000,
      },
    ],
    ...overrides,
  };
}

/** 64 lower-case hex characters derived from a label, like an IRN. */
export function fakeIrn(label: string): string {
  let hex = '';
  for (let i = 0; hex.length < 64; i++)
    hex += ((label.charCodeAt(i % label.length) * 31 + i) % 256).toString(16).padStart(2, '0');
  return hex.slice(0, 64);
}
