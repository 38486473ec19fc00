/**
 * First-three-digit PIN ranges per state code (inclusive). This approximates the IRP's
 * full PIN master (error 2178): ranges overlap at borders (Punjab/Chandigarh 160,
 * Maharashtra/Goa 403, Gujarat/DNHDD 362 and 396, Tamil Nadu/Puducherry 605-609,
 * Kerala/Puducherry 673, Andhra Pradesh/Telangana 500-509), so a PIN may fit several
 * states and is accepted for each of them. 999999 is the foreign PIN for exports.
 */
export const FOREIGN_PIN = 999999;

export const PIN_PREFIX_RANGES: Readonly<Record<string, ReadonlyArray<readonly [number, number]>>> = {
  '01': [[180, 194]],
  '02': [[171, 177]],
  '03': [[140, 160]],
  '04': [[160, 160]],
  '05': [[244, 263]],
  '06': [[121, 136]],
  '07': [[110, 110]],
  '08': [[301, 345]],
  '09': [[201, 285]],
  '10': [[800, 855]],
  '11': [[737, 737]],
  '12': [[790, 792]],
  '13': [[797, 798]],
  '14': [[795, 795]],
  '15': [[796, 796]],
  '16': [[799, 799]],
  '17': [[793, 794]],
  '18': [[781, 788]],
  '19': [[700, 743]],
  '20': [[813, 835]],
  '21': [[751, 770]],
  '22': [[490, 497]],
  '23': [[450, 488]],
  '24': [[360, 396]],
  '26': [
    [362, 362],
    [396, 396],
  ],
  '27': [[400, 445]],
  '29': [[560, 591]],
  '30': [[403, 403]],
  '31': [[682, 682]],
  '32': [[670, 695]],
  '33': [[600, 643]],
  '34': [
    [533, 533],
    [605, 605],
    [607, 607],
    [609, 609],
    [673, 673],
  ],
  '35': [[744, 744]],
  '36': [[500, 509]],
  '37': [[500, 535]],
  '38': [[194, 194]],
};

/**
 * Whether a six-digit PIN can belong to the state. States the table does not cover
 * (97 Other Territory) are given the benefit of the doubt rather than a false 2178.
 */
export function pinMatchesState(pin: number, stateCode: string): boolean {
  if (!Number.isInteger(pin) || pin < 100000 || pin > 999999) return false;
  const ranges = PIN_PREFIX_RANGES[stateCode];
  if (!ranges) return true;
  const prefix = Math.floor(pin / 1000);
  return ranges.some(([lo, hi]) => prefix >= lo && prefix <= hi);
}
