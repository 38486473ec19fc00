/**
 * GST state and union-territory codes as the IRP uses them in GSTINs, `Stcd` and `Pos`.
 * 96 (Other Country) is valid only for exports; 25 and 28 are legacy codes that no longer
 * take new registrations; 99 (Centre Jurisdiction) appears only as a GSTIN prefix.
 */
export interface StateInfo {
  code: string;
  name: string;
  /** Two-letter abbreviation used on e-way bills and in the UI. */
  abbr: string;
  /** Whether the IRP accepts the code as `Stcd` / `Pos` on a domestic document. */
  usableAsStateCode: boolean;
}

const table: ReadonlyArray<[string, string, string, boolean]> = [
  ['01', 'Jammu and Kashmir', 'JK', true],
  ['02', 'Himachal Pradesh', 'HP', true],
  ['03', 'Punjab', 'PB', true],
  ['04', 'Chandigarh', 'CH', true],
  ['05', 'Uttarakhand', 'UK', true],
  ['06', 'Haryana', 'HR', true],
  ['07', 'Delhi', 'DL', true],
  ['08', 'Rajasthan', 'RJ', true],
  ['09', 'Uttar Pradesh', 'UP', true],
  ['10', 'Bihar', 'BR', true],
  ['11', 'Sikkim', 'SK', true],
  ['12', 'Arunachal Pradesh', 'AR', true],
  ['13', 'Nagaland', 'NL', true],
  ['14', 'Manipur', 'MN', true],
  ['15', 'Mizoram', 'MZ', true],
  ['16', 'Tripura', 'TR', true],
  ['17', 'Meghalaya', 'ML', true],
  ['18', 'Assam', 'AS', true],
  ['19', 'West Bengal', 'WB', true],
  ['20', 'Jharkhand', 'JH', true],
  ['21', 'Odisha', 'OD', true],
  ['22', 'Chhattisgarh', 'CG', true],
  ['23', 'Madhya Pradesh', 'MP', true],
  ['24', 'Gujarat', 'GJ', true],
  ['25', 'Daman and Diu (merged into 26)', 'DD', false],
  ['26', 'Dadra and Nagar Haveli and Daman and Diu', 'DN', true],
  ['27', 'Maharashtra', 'MH', true],
  ['28', 'Andhra Pradesh (before 2014)', 'AD', false],
  ['29', 'Karnataka', 'KA', true],
  ['30', 'Goa', 'GA', true],
  ['31', 'Lakshadweep', 'LD', true],
  ['32', 'Kerala', 'KL', true],
  ['33', 'Tamil Nadu', 'TN', true],
  ['34', 'Puducherry', 'PY', true],
  ['35', 'Andaman and Nicobar Islands', 'AN', true],
  ['36', 'Telangana', 'TS', true],
  ['37', 'Andhra Pradesh', 'AP', true],
  ['38', 'Ladakh', 'LA', true],
  ['96', 'Other Country', 'OC', true],
  ['97', 'Other Territory', 'OT', true],
  ['99', 'Centre Jurisdiction', 'CJ', false],
];

export const STATES: readonly StateInfo[] = table.map(([code, name, abbr, usableAsStateCode]) => ({
  code,
  name,
  abbr,
  usableAsStateCode,
}));

const byCode = new Map(STATES.map((s) => [s.code, s]));

/** Accepts `"7"` and `"07"` alike (the IRP's pattern allows both). */
export function normaliseStateCode(code: string | number): string {
  const text = String(code).trim();
  return /^\d$/.test(text) ? `0${text}` : text;
}

export function findState(code: string | number): StateInfo | undefined {
  return byCode.get(normaliseStateCode(code));
}

export const OTHER_COUNTRY_STATE_CODE = '96';
export const OTHER_TERRITORY_STATE_CODE = '97';
