/**
 * India Standard Time helpers. Every IRP deadline (24-hour cancel window, 2-day retrieval,
 * 30-day reporting limit, e-way bill validity) is reckoned in IST, which has no daylight
 * saving: a fixed +05:30 offset, so plain arithmetic is exact and no time-zone database is needed.
 */
export const IST_OFFSET_MINUTES = 330;
const IST_OFFSET_MS = IST_OFFSET_MINUTES * 60_000;

export interface IstParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The wall-clock reading in India at the given instant. */
export function toIstParts(instant: Date): IstParts {
  const shifted = new Date(instant.getTime() + IST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The instant at which India's clocks read the given parts. */
export function fromIstParts(p: IstParts): Date {
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - IST_OFFSET_MS);
}

/** `dd/mm/yyyy` of the IST calendar day, the IRP's document-date format. */
export function formatIstDate(instant: Date): string {
  const p = toIstParts(instant);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** `yyyy-MM-dd HH:mm:ss` in IST, the IRP's AckDt / TokenExpiry format. */
export function formatIrpDateTime(instant: Date): string {
  const p = toIstParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** `dd/mm/yyyy HH:mm` in IST, for people. */
export function formatIstDateTime(instant: Date): string {
  const p = toIstParts(instant);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

const IRP_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const DMY = /^(\d{2})\/(\d{2})\/(\d{4})$/;

function validParts(p: IstParts): boolean {
  const back = toIstParts(fromIstParts(p));
  return (
    back.year === p.year &&
    back.month === p.month &&
    back.day === p.day &&
    back.hour === p.hour &&
    back.minute === p.minute &&
    back.second === p.second
  );
}

/** Parses the IRP's `yyyy-MM-dd HH:mm:ss` (IST); null when malformed or not a real date. */
export function parseIrpDateTime(text: string): Date | null {
  const m = IRP_DATE_TIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const parts = { year: y, month: mo, day: d, hour: h, minute: mi, second: s };
  return validParts(parts) ? fromIstParts(parts) : null;
}

/** Parses `dd/mm/yyyy` as the start of that IST day; null when malformed or not a real date. */
export function parseIstDate(text: string): Date | null {
  const m = DMY.exec(text);
  if (!m) return null;
  const [, d, mo, y] = m.map(Number) as [number, number, number, number];
  const parts = { year: y, month: mo, day: d, hour: 0, minute: 0, second: 0 };
  return validParts(parts) ? fromIstParts(parts) : null;
}

/** Indian financial year (April-March) of an IST calendar date, as the IRN hash spells it: `2022-23`. */
export function financialYear(parts: Pick<IstParts, 'year' | 'month'>): string {
  const start = parts.month >= 4 ? parts.year : parts.year - 1;
  return `${start}-${pad((start + 1) % 100)}`;
}
