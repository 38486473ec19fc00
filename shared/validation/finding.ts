/**
 * What validation reports. `code` is the IRP's own error code where the IRP has one
 * (`2172`), else a local code (`L-REQUIRED`); `field` is a JSON path into the INV-01
 * document (`ItemList[2].HsnCd`), `message` plain words that name the field.
 */
export type Severity = 'error' | 'warning';

export interface Finding {
  code: string;
  field: string;
  message: string;
  severity: Severity;
}

export interface ValidationOptions {
  /** The instant "today" is reckoned from (IST calendar day): future dates, the 30-day window. */
  now: Date;
  /**
   * true in production: a GSTIN with a wrong check character or structure is an error.
   * false for the NIC sandbox, whose own test GSTINs fail the check: such findings become warnings.
   */
  strictGstinChecksum: boolean;
  /**
   * The seller's annual aggregate turnover in paise, when known. At ₹10 crore or more,
   * documents older than 30 days cannot be reported; above ₹5 crore, HSN codes need 6+ digits.
   */
  aatoPaise?: number;
}

/** ₹10 crore: from this AATO the 30-day reporting window applies (GSTN advisory, 1-Apr-2025). */
export const REPORTING_WINDOW_AATO_PAISE = 10_00_00_000 * 100;
/** ₹5 crore: above this AATO, HSN codes need at least 6 digits. */
export const HSN_SIX_DIGIT_AATO_PAISE = 5_00_00_000 * 100;
export const REPORTING_WINDOW_DAYS = 30;

/**
 * Amount tolerances. NIC documents ±₹1 on the invoice total (2189); item-level checks
 * are believed to be tolerant too but the figure is not published, so ±₹1 is used for
 * them (REFERENCE §4 suggests it) rather than refuse what the IRP would accept. Header
 * sums of item values (2182-2188) are plain sums of two-decimal numbers, so they must match
 * to the paisa.
 */
export const TOLERANCE_PAISE = {
  invoiceTotal: 100,
  itemAmount: 100,
  itemTax: 100,
  headerSum: 0,
} as const;

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
