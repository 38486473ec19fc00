/**
 * Layer 1: the IRP's schema (required fields, lengths, patterns, enums, ranges), run by the
 * precompiled ajv validator and turned into findings with plain messages. Where the IRP
 * answers a schema-level fault with a code of its own (an empty item list is 2228, a bad
 * HSN 2176, …) that code is used; otherwise a local `L-…` code names the kind of fault.
 */
import { validateInv01Schema } from './inv01-validator.generated';
import type { Finding } from './finding';
import { describeField } from './labels';

/** The subset of ajv's error object the mapping reads. */
interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

type SchemaValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** JSON pointer `/ItemList/2/HsnCd` → `ItemList[2].HsnCd`. */
export function pointerToPath(pointer: string): string {
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) path += `[${part}]`;
    else path += path ? `.${part}` : part;
  }
  return path;
}

/** IRP codes for schema faults, keyed by path without indices and then by ajv keyword (`*` = any). */
const IRP_CODES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ItemList: { minItems: '2228', maxItems: '2173' },
  'DocDtls.Typ': { '*': '2161' },
  'DocDtls.Dt': { pattern: '2144', minLength: '2144', maxLength: '2144' },
  'TranDtls.RegRev': { '*': '2159' },
  'TranDtls.IgstOnIntra': { '*': '2263' },
  'TranDtls.EcmGstin': { pattern: '2195', minLength: '2195', maxLength: '2195' },
  'SellerDtls.Gstin': { required: '2155', pattern: '3030', minLength: '3030', maxLength: '3030' },
  'BuyerDtls.Gstin': { pattern: '3028', minLength: '3028', maxLength: '3028' },
  'SellerDtls.Stcd': { pattern: '2259', minLength: '2259', maxLength: '2259' },
  'BuyerDtls.Stcd': { pattern: '2260', minLength: '2260', maxLength: '2260' },
  'BuyerDtls.Pos': { pattern: '2243', minLength: '2243', maxLength: '2243' },
  'DispDtls.Stcd': { pattern: '2200', minLength: '2200', maxLength: '2200' },
  'ShipDtls.Stcd': { pattern: '2200', minLength: '2200', maxLength: '2200' },
  'ItemList[].HsnCd': { pattern: '2176', minLength: '2176', maxLength: '2176' },
  'ItemList[].Unit': { pattern: '2177', minLength: '2177', maxLength: '2177' },
  'ItemList[].OrgCntry': { pattern: '2202' },
  'ExpDtls.Port': { pattern: '2201', minLength: '2201', maxLength: '2201' },
  'ExpDtls.ForCur': { pattern: '2203', minLength: '2203', maxLength: '2203' },
  'ExpDtls.CntCode': { pattern: '2202', minLength: '2202', maxLength: '2202' },
  'EwbDtls.TransId': { pattern: '4018', minLength: '4018', maxLength: '4018' },
  'EwbDtls.VehNo': { pattern: '4014', minLength: '4014', maxLength: '4014' },
  'EwbDtls.VehType': { '*': '4020' },
  'EwbDtls.TransDocDt': { '*': '4017' },
};

const LOCAL_CODES: Readonly<Record<string, string>> = {
  required: 'L-REQUIRED',
  type: 'L-TYPE',
  minLength: 'L-LENGTH',
  maxLength: 'L-LENGTH',
  pattern: 'L-FORMAT',
  enum: 'L-VALUE',
  minimum: 'L-RANGE',
  maximum: 'L-RANGE',
  minItems: 'L-COUNT',
  maxItems: 'L-COUNT',
  additionalProperties: 'L-UNKNOWN-FIELD',
};

/** What a pattern demands, in words, by the field's key. */
const FORMAT_HINTS: Readonly<Record<string, string>> = {
  Dt: 'a date written dd/mm/yyyy',
  ExpDt: 'a date written dd/mm/yyyy',
  WrDt: 'a date written dd/mm/yyyy',
  InvDt: 'a date written dd/mm/yyyy',
  InvStDt: 'a date written dd/mm/yyyy',
  InvEndDt: 'a date written dd/mm/yyyy',
  RecAdvDt: 'a date written dd/mm/yyyy',
  PORefDt: 'a date written dd/mm/yyyy',
  ShipBDt: 'a date written dd/mm/yyyy',
  TransDocDt: 'a date written dd/mm/yyyy',
  Gstin: 'a 15-character GSTIN (two digits, then 13 capital letters or digits)',
  EcmGstin: 'a 15-character GSTIN (two digits, then 13 capital letters or digits)',
  TransId: 'a 15-character GSTIN or transporter ID',
  Stcd: 'a one- or two-digit state code other than 00',
  Pos: 'a one- or two-digit state code other than 00',
  Ph: '6 to 12 digits',
  Em: 'an email address such as accounts@example.com',
  SlNo: '1 to 6 digits',
  HsnCd: '4, 6 or 8 digits, not all zeros',
  Unit: 'a unit code of 3 to 8 letters, such as NOS or KGS',
  OrgCntry: 'a two-letter country code',
  CntCode: 'a two-letter country code in capitals, such as US',
  ForCur: 'a currency code of letters, such as USD',
  Port: 'a port code of 2 to 10 letters or digits, such as INNSA1',
  No: 'up to 16 letters, digits, / or -, not starting with 0, / or -',
  InvNo: 'up to 16 letters, digits, / or -, not starting with 0, / or -',
  TransDocNo: 'up to 15 letters, digits, / or -',
  VehNo: '4 to 20 letters or digits, without spaces',
  SupTyp: 'one of B2B, SEZWP, SEZWOP, EXPWP, EXPWOP, DEXP',
  Typ: 'one of INV, CRN, DBN',
};

function lastKey(path: string): string {
  const m = /([A-Za-z]+)(?:\[\d+\])?$/.exec(path);
  return m?.[1] ?? path;
}

function message(error: AjvError, path: string): string {
  const p = error.params;
  const subject = path ? describeField(path) : 'The invoice';
  switch (error.keyword) {
    case 'required':
      return `${subject} is required.`;
    case 'type':
      return `${subject} must be ${p.type === 'number' ? 'a number' : p.type === 'string' ? 'text (in quotes)' : `a JSON ${String(p.type)}`}.`;
    case 'minLength':
      return `${subject} must be at least ${String(p.limit)} characters long.`;
    case 'maxLength':
      return `${subject} must be at most ${String(p.limit)} characters long.`;
    case 'pattern': {
      const key = lastKey(path);
      if (FORMAT_HINTS[key]) return `${subject} must be ${FORMAT_HINTS[key]}.`;
      if (String(p.pattern).includes('[^"]')) return `${subject} must not contain double quotes (").`;
      return `${subject} is not in the format the IRP accepts.`;
    }
    case 'enum':
      return `${subject} must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}.`;
    case 'minimum':
      return `${subject} must not be less than ${String(p.limit)}.`;
    case 'maximum':
      return `${subject} must not be more than ${String(p.limit)}.`;
    case 'minItems':
      return path === 'ItemList'
        ? 'The item list is empty: an invoice needs at least one item.'
        : `${subject} must have at least ${String(p.limit)} entries.`;
    case 'maxItems':
      return path === 'ItemList'
        ? `The invoice has more than ${String(p.limit)} items, the IRP's limit per document.`
        : `${subject} must have at most ${String(p.limit)} entries.`;
    case 'additionalProperties':
      return `${subject} is not a field of the IRP's INV-01 v1.1 schema; the IRP ignores or refuses it (check the spelling).`;
    default:
      return `${subject} is not valid (${error.keyword}).`;
  }
}

/** Converts one ajv error to a finding. Unknown fields are warnings; the rest errors. */
export function findingFromAjv(error: AjvError): Finding {
  const base = pointerToPath(error.instancePath);
  let path = base;
  if (error.keyword === 'required') {
    path = base ? `${base}.${String(error.params.missingProperty)}` : String(error.params.missingProperty);
  } else if (error.keyword === 'additionalProperties') {
    path = base
      ? `${base}.${String(error.params.additionalProperty)}`
      : String(error.params.additionalProperty);
  }
  const generic = path.replace(/\[\d+\]/g, '[]').replace(/\[\]$/, '');
  const irp = IRP_CODES[generic];
  const code = irp?.[error.keyword] ?? irp?.['*'] ?? LOCAL_CODES[error.keyword] ?? 'L-SCHEMA';
  return {
    code,
    field: path,
    message: message(error, path),
    severity: error.keyword === 'additionalProperties' ? 'warning' : 'error',
  };
}

export interface SchemaResult {
  findings: Finding[];
  /** Whether every section has the JSON types the business rules read (no type/required faults). */
  shapeOk: boolean;
}

export function schemaFindings(json: unknown): SchemaResult {
  const validate = validateInv01Schema as SchemaValidator;
  if (validate(json)) return { findings: [], shapeOk: true };
  const errors = validate.errors ?? [];
  return {
    findings: errors.map(findingFromAjv),
    shapeOk: !errors.some((e) => e.keyword === 'type' || e.keyword === 'required'),
  };
}
