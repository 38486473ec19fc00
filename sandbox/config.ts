/**
 * Every behaviour the reference marks uncertain ([U]) is a knob here, with the choice we made as the
 * default. sandbox/README.md explains each choice.
 */
export interface ReportingWindowStep {
  /** yyyy-MM-dd (IST) from which the threshold applies. */
  from: string;
  /** Taxpayers whose AATO is at least this many paise are bound by the window. */
  aatoPaise: number;
}

export interface SandboxConfig {
  tokenTtlMinutes: number;
  /** ForceRefreshAccessToken is honoured only this close to expiry. */
  forceRefreshWindowMinutes: number;
  strictGstinChecksum: boolean;
  /** Requests larger than this get 5002 with HTTP 413. */
  maxBodyBytes: number;
  maxItems: number;
  cancelWindowHours: number;
  /** Get IRN / get by document details answer 2283 after this many hours from AckDt. */
  getWindowHours: number;
  ewbCancelWindowHours: number;
  reportingWindowDays: number;
  reportingWindowCode: string;
  reportingWindowSteps: ReportingWindowStep[];
  /** Duplicate check on DocDtls.No ignores letter case (the IRN hash itself keeps case). */
  duplicateIgnoresCase: boolean;
  /** CRN/DBN must carry RefDtls.PrecDocDtls (2191) and INV must not (2210). NIC relaxed this. */
  strictPrecedingDocuments: boolean;
  /** A supplied distance may exceed the PIN-to-PIN estimate by this much before 4038. */
  distanceTolerancePercent: number;
  /** Rupee tolerance for item tax amounts and header totals. */
  toleranceRupees: number;
  /** Below this AATO a 4-digit HSN is accepted; at or above it 6 or 8 digits are required. */
  hsnSixDigitAatoPaise: number;
  /** First two digits of every AckNo (NIC's server/IRP prefix; observed values vary). */
  ackNoPrefix: string;
}

const CRORE_PAISE = 100_000 * 100 * 100; // 1 crore rupees = 10^7 rupees = 10^9 paise

export const DEFAULT_CONFIG: SandboxConfig = {
  tokenTtlMinutes: 60,
  forceRefreshWindowMinutes: 10,
  strictGstinChecksum: true,
  maxBodyBytes: 2 * 1024 * 1024,
  maxItems: 1000,
  cancelWindowHours: 24,
  getWindowHours: 48,
  ewbCancelWindowHours: 24,
  reportingWindowDays: 30,
  reportingWindowCode: '2290',
  reportingWindowSteps: [
    { from: '2023-11-01', aatoPaise: 100 * CRORE_PAISE },
    { from: '2025-04-01', aatoPaise: 10 * CRORE_PAISE },
  ],
  duplicateIgnoresCase: true,
  strictPrecedingDocuments: false,
  distanceTolerancePercent: 10,
  toleranceRupees: 1,
  hsnSixDigitAatoPaise: 5 * CRORE_PAISE,
  ackNoPrefix: '11',
};

export { CRORE_PAISE };
