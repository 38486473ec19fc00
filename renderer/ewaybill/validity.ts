/**
 * E-way bill times for people: when one was made, how long it lets the goods move, and how long
 * it can still be cancelled (24 hours from its generation, the e-way bill system's rule).
 */
import { fromIstParts, parseIrpDateTime } from '../../shared/time/ist';

export const EWB_CANCEL_WINDOW_MS = 24 * 60 * 60_000;

const EWB_SYSTEM_DATE = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)$/i;

/**
 * The IRP's `yyyy-MM-dd HH:mm:ss`, or the e-way bill system's `dd/MM/yyyy hh:mm:ss AM`, both IST;
 * null when it is neither.
 */
export function parseEwbDateTime(text: string | null | undefined): Date | null {
  const trimmed = (text ?? '').trim();
  const m = EWB_SYSTEM_DATE.exec(trimmed);
  if (!m) return parseIrpDateTime(trimmed);
  const [d, mo, y, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const hour = (h % 12) + (m[7]!.toUpperCase() === 'PM' ? 12 : 0);
  return fromIstParts({ year: y, month: mo, day: d, hour, minute: mi, second: s });
}

/** "1 day 4 h", "4 h 12 min", "12 min", "40 s": the two largest units of a positive span. */
export function spanText(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (days > 0) return `${days} day${days === 1 ? '' : 's'} ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min`;
  return `${seconds} s`;
}

/** The live countdown of an e-way bill's validity: "valid for 1 day 4 h", or "expired". */
export function validityText(validTill: string | null, now: Date): string {
  if (!validTill) return 'Part-A only: valid once a vehicle is added';
  const until = parseEwbDateTime(validTill);
  if (!until) return `valid till ${validTill}`;
  const ms = until.getTime() - now.getTime();
  return ms > 0 ? `valid for ${spanText(ms)}` : 'expired';
}

/** End of the 24-hour cancel window, or null when the e-way bill date cannot be read. */
export function cancelDeadline(ewbDate: string): Date | null {
  const made = parseEwbDateTime(ewbDate);
  return made ? new Date(made.getTime() + EWB_CANCEL_WINDOW_MS) : null;
}

/**
 * "23 h 12 min left" (in hours even at the full 24, as the IRN's cancel window is shown), or
 * null once the window has closed (or is unknown).
 */
export function cancelTimeLeft(ewbDate: string, now: Date): string | null {
  const deadline = cancelDeadline(ewbDate);
  if (!deadline) return null;
  const ms = deadline.getTime() - now.getTime();
  if (ms <= 0) return null;
  const hours = Math.floor(ms / 3_600_000);
  return hours > 0 ? `${hours} h ${Math.floor((ms % 3_600_000) / 60_000)} min left` : `${spanText(ms)} left`;
}
