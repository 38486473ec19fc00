/**
 * How long an e-way bill lets goods move, for the dashboard's countdown. The IRP states the end
 * (`EwbValidTill`, IST); a Part-A-only bill has none until a vehicle is added.
 */
import { fromIstParts, parseIrpDateTime } from '../../shared/time/ist';
import type { EwayBill } from '../ledger';

export interface EwbValidity {
  ewbNo: string;
  invoiceId: number;
  status: 'ACT' | 'CNL';
  /** ISO instant, or null for Part-A only. */
  validTill: string | null;
  /** Milliseconds left (negative once expired); null without a validity. */
  msLeft: number | null;
  expired: boolean;
  partAOnly: boolean;
}

export function ewbValidity(ewb: EwayBill, now: Date): EwbValidity {
  const until = ewb.validTill ? parseIrpDateTime(ewb.validTill) : null;
  const msLeft = until ? until.getTime() - now.getTime() : null;
  return {
    ewbNo: ewb.ewbNo,
    invoiceId: ewb.invoiceId,
    status: ewb.status,
    validTill: until ? until.toISOString() : null,
    msLeft,
    expired: msLeft !== null && msLeft <= 0,
    partAOnly: ewb.validTill === null,
  };
}

const EWB_SYSTEM_DATE = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)$/i;

/** The e-way bill system's own `dd/MM/yyyy hh:mm:ss AM` (IST); null when malformed. */
export function parseEwbSystemDateTime(text: string | null | undefined): Date | null {
  const m = EWB_SYSTEM_DATE.exec((text ?? '').trim());
  if (!m) return parseIrpDateTime((text ?? '').trim());
  const [, d, mo, y, h, mi, s, half] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  let hour = Number(h) % 12;
  if (half.toUpperCase() === 'PM') hour += 12;
  return fromIstParts({
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour,
    minute: Number(mi),
    second: Number(s),
  });
}
