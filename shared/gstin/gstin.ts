/**
 * GSTIN structure and check character (REFERENCE §6). The IRP's schema only checks
 * `^[0-9]{2}[0-9A-Z]{13}$`; the structure of each registration type and the mod-36 check
 * character are business validation, done here before anything is sent.
 */

/** Unregistered person: allowed as the buyer of exports and as ship-to, never as seller. */
export const URP = 'URP';

export type GstinKind = 'normal' | 'govt' | 'nri' | 'oidar' | 'un' | 'tds' | 'tcs';

/** Structures published on the GSTN developer portal, one per registration type. */
export const GSTIN_PATTERNS: Readonly<Record<GstinKind, RegExp>> = {
  normal: /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][Z1-9ABD-J][0-9A-Z]$/,
  govt: /^[0-9]{2}[A-Z]{4}[0-9]{5}[A-Z][0-9]Z[0-9]$/,
  nri: /^[0-9]{4}[A-Z]{3}[0-9]{5}NR[0-9A-Z]$/,
  oidar: /^99[0-9]{2}[A-Z]{3}[0-9]{5}OS[0-9A-Z]$/,
  un: /^[0-9]{4}[A-Z]{3}[0-9]{5}[UO]N[A-Z0-9]$/,
  tds: /^[0-9]{2}[A-Z]{4}[A-Z0-9][0-9]{4}[A-Z][1-9A-Z]D[0-9A-Z]$/,
  tcs: /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]C[0-9A-Z]$/,
};

// Order matters where structures overlap: a normal GSTIN may carry D as its 14th
// character, so the specific kinds are tried only after the common one.
const KIND_ORDER: readonly GstinKind[] = ['normal', 'tcs', 'tds', 'govt', 'nri', 'oidar', 'un'];

/** What the IRP schema itself accepts as a GSTIN. */
export const IRP_GSTIN_SHAPE = /^[0-9]{2}[0-9A-Z]{13}$/;

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function charValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/**
 * The check character for the first 14 characters: a Luhn variant over base 36, factors
 * 1, 2, 1, 2 …; undefined when the text holds anything but 0-9 and A-Z.
 */
export function gstinCheckChar(first14: string): string | undefined {
  if (first14.length !== 14) return undefined;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = charValue(first14.charCodeAt(i));
    if (value < 0) return undefined;
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET[(36 - (sum % 36)) % 36];
}

export function hasValidGstinChecksum(gstin: string): boolean {
  return gstin.length === 15 && gstinCheckChar(gstin.slice(0, 14)) === gstin[14];
}

/** The registration type whose structure the GSTIN follows, if any. */
export function gstinKind(gstin: string): GstinKind | undefined {
  return KIND_ORDER.find((kind) => GSTIN_PATTERNS[kind].test(gstin));
}

export interface ParsedGstin {
  gstin: string;
  /** First two digits: the state of registration (99 for OIDAR / centre). */
  stateCode: string;
  /** Characters 3-12: the PAN for normal, TCS and TDS-by-PAN registrations (TAN or an id otherwise). */
  pan: string;
  /** 13th character: the entity number under the same PAN (1-9, then A-Z). */
  entity: string;
  /** 14th character: `Z` for most registrations. */
  typeChar: string;
  /** 15th character. */
  check: string;
  kind: GstinKind | undefined;
  checksumValid: boolean;
}

/** Splits a 15-character GSTIN into its parts; undefined when it lacks even the IRP's shape. */
export function parseGstin(text: string): ParsedGstin | undefined {
  const gstin = text.trim().toUpperCase();
  if (!IRP_GSTIN_SHAPE.test(gstin)) return undefined;
  return {
    gstin,
    stateCode: gstin.slice(0, 2),
    pan: gstin.slice(2, 12),
    entity: gstin.charAt(12),
    typeChar: gstin.charAt(13),
    check: gstin.charAt(14),
    kind: gstinKind(gstin),
    checksumValid: hasValidGstinChecksum(gstin),
  };
}

export type GstinProblem = 'shape' | 'structure' | 'checksum';

/**
 * Why a GSTIN would be refused, or undefined when it is well-formed: `shape` (not even
 * the IRP's 15-character pattern), `structure` (fits no registration type), `checksum`.
 */
export function gstinProblem(gstin: string): GstinProblem | undefined {
  if (!IRP_GSTIN_SHAPE.test(gstin)) return 'shape';
  if (!gstinKind(gstin)) return 'structure';
  if (!hasValidGstinChecksum(gstin)) return 'checksum';
  return undefined;
}

export function isUrp(gstin: string | undefined): boolean {
  return gstin?.trim().toUpperCase() === URP;
}
