/** Fixtures for this folder's tests: a real in-memory ledger, a settable clock, a fake IRP lookup. */
import { DeskError, type TaxpayerView } from '../../shared/api';
import { openLedger, type Ledger } from '../ledger';
import type { GstinLookup } from './party-service';

export const SELLER = '29AAGCB7383J1Z4';
/** Maharashtra (27), check digit valid. */
export const BUYER = '27AAPFU0939F1ZV';
/** Gujarat (24), check digit valid. */
export const BUYER_GJ = '24AAACJ3770E2ZV';
/** NIC sandbox sample: Karnataka, fails the check digit. */
export const SANDBOX_BAD_CHECK = '29AWGPV7107B1Z1';
/** NIC sandbox test GSTIN: Himachal Pradesh, fits no registration structure. */
export const SANDBOX_BAD_STRUCTURE = '02AMBPG7773M002';

export function clock(iso = '2024-07-15T04:30:00.000Z') {
  let current = new Date(iso);
  return {
    now: () => new Date(current.getTime()),
    advanceDays(days: number) {
      current = new Date(current.getTime() + days * 24 * 60 * 60 * 1000);
    },
  };
}

export async function ledgerWithSeller(now: () => Date): Promise<Ledger> {
  const ledger = await openLedger({ file: ':memory:', now });
  ledger.businesses.upsert({ gstin: SELLER, legalName: 'Bharat Traders Private Limited', pin: 560001 });
  return ledger;
}

export function taxpayer(overrides: Partial<TaxpayerView> = {}): TaxpayerView {
  return {
    gstin: BUYER,
    legalName: 'UNIQUE FABRICS LLP',
    tradeName: 'Unique Fabrics',
    address1: '4, Laxmi Mills Compound',
    address2: 'Shakti Mills Lane',
    location: 'Mumbai',
    pin: 400011,
    stateCode: '27',
    status: 'ACT',
    statusLabel: 'Active',
    blocked: false,
    taxpayerType: 'REG',
    registeredOn: '2017-07-01',
    deregisteredOn: null,
    ...overrides,
  };
}

/** A lookup answering from a table (or throwing what the table holds), recording each call. */
export function fakeLookup(answers: Record<string, TaxpayerView | Error>) {
  const calls: Array<{ gstin: string; sync: boolean }> = [];
  const lookup: GstinLookup = async (gstin, opts) => {
    calls.push({ gstin, sync: opts?.sync === true });
    const answer = answers[gstin];
    if (answer === undefined) throw new DeskError('3001', `GSTIN ${gstin} is not available.`, 'gstin');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { lookup, calls };
}

/** The DeskError a call throws, for asserting code and field. */
export function errorOf(fn: () => unknown): DeskError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('expected a DeskError, but the call succeeded');
}
