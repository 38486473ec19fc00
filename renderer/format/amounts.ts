/**
 * Renderer-side formats that shared/format/indian.ts does not carry: unit prices in
 * thousandths of a rupee (the IRP allows three decimals there), GST rates in thousandths of
 * a percent, the IRP's acknowledgement timestamps, and state names.
 */
import { groupIndian } from '../../shared/format/indian';
import { findState } from '../../shared/masters/states';
import { formatIstDateTime, parseIrpDateTime } from '../../shared/time/ist';

/** `₹1,23,456.50`, or `₹12.125` when the third decimal is used. Integer arithmetic only. */
export function formatMilliRupees(milli: number): string {
  const value = BigInt(Math.trunc(milli));
  const negative = value < 0n;
  const abs = negative ? -value : value;
  let fraction = (abs % 1000n).toString().padStart(3, '0');
  if (fraction.endsWith('0')) fraction = fraction.slice(0, 2);
  return `${negative ? '-' : ''}₹${groupIndian((abs / 1000n).toString())}.${fraction}`;
}

/** `18%`, `0.25%`, `7.5%` from thousandths of a percent. */
export function formatGstRate(rateMilli: number): string {
  const whole = Math.trunc(rateMilli / 1000);
  const fraction = String(Math.abs(rateMilli % 1000))
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}%` : `${whole}%`;
}

/** The IRP's `yyyy-MM-dd HH:mm:ss` (IST) as `dd/mm/yyyy HH:mm`; anything unparsable as given. */
export function formatAckDate(ackDt: string): string {
  const instant = parseIrpDateTime(ackDt);
  return instant ? formatIstDateTime(instant) : ackDt;
}

/** `27 · Maharashtra`; the bare code when it is not a known state. */
export function stateLabel(code: string): string {
  const state = findState(code);
  return state ? `${state.code} · ${state.name}` : code;
}

/** Plain count with Indian grouping: 1,00,000. */
export function formatCount(n: number): string {
  return groupIndian(String(Math.trunc(n)));
}
