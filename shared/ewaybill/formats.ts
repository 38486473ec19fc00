/**
 * The e-way bill system's formats for Part-B, in one place for the renderer's instant checks and
 * the main process's checks before anything is sent, so the two can never disagree.
 */

// Vehicle formats: regular (KA01AB1234, KA011234), Bharat series (22BH1234AB), temporary
// registration (TR… / TM…) and defence (15B123456K).
const VEHICLE_FORMATS = [
  /^[A-Z]{2}[0-9]{1,2}[A-Z]{0,3}[0-9]{4}$/,
  /^[0-9]{2}BH[0-9]{4}[A-Z]{1,2}$/,
  /^T[RM][A-Z0-9]{6,13}$/,
  /^[0-9]{2}[A-Z][0-9]{6}[A-Z]$/,
];

/** Transport document number: 1-15 letters, digits, `/` and `-`. */
export const TRANS_DOC_NO = /^[A-Za-z0-9/-]{1,15}$/;

/** Upper case without spaces or dashes, as the e-way bill system stores vehicle numbers. */
export function normaliseVehicleNo(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, '');
}

export function isValidVehicleNo(vehicleNo: string): boolean {
  return /^[A-Z0-9]{7,15}$/.test(vehicleNo) && VEHICLE_FORMATS.some((re) => re.test(vehicleNo));
}
