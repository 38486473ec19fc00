/**
 * INV-01 (schema version 1.1) structure checks: required fields, types, lengths, ranges and NIC's
 * patterns. A failure carries 2140 with a message that names the field, like the IRP's own
 * "The field Location must be a string with a minimum length of 3 …" answers. Values the business
 * rules own (RegRev 2159, IgstOnIntra 2263, a URP supplier 2213, item count 2228/2173) are left to them.
 */
import { customError, type IrpError } from '../errors';

interface Str {
  t: 's';
  min: number;
  max: number;
  re?: RegExp;
  req?: true;
}
interface Num {
  t: 'n';
  min: number;
  max: number;
  req?: true;
}
interface Obj {
  t: 'o';
  fields: Record<string, Spec>;
  req?: true;
}
interface Arr {
  t: 'a';
  item: Spec;
  req?: true;
}
type Spec = Str | Num | Obj | Arr;

const s = (min: number, max: number, re?: RegExp): Str => ({ t: 's', min, max, ...(re ? { re } : {}) });
const n = (min: number, max: number): Num => ({ t: 'n', min, max });
const o = (fields: Record<string, Spec>): Obj => ({ t: 'o', fields });
const a = (item: Spec): Arr => ({ t: 'a', item });
const req = <T extends Spec>(spec: T): T => ({ ...spec, req: true });

const TEXT = /^[^"]*$/;
const DATE = /^[0-3][0-9]\/[0-1][0-9]\/20[1-2][0-9]$/;
const STCD = /^(?!0+$)[0-9]{1,2}$/;
const GSTIN = /^[0-9]{2}[0-9A-Z]{13}$/;
const GSTIN_OR_URP = /^(?:[0-9]{2}[0-9A-Z]{13}|URP)$/;
const PHONE = /^[0-9]{6,12}$/;
const EMAIL = /^[a-zA-Z0-9+_.-]+@[a-zA-Z0-9.-]+$/;
const AMOUNT = n(0, 999999999999.99);
const TOTAL = n(0, 99999999999999.98);
const RATE = n(0, 999.999);
const QTY = n(0, 9999999999.999);
const PIN = n(100000, 999999);
const text = (min: number, max: number) => s(min, max, TEXT);
const date = () => s(10, 10, DATE);

const address = {
  Addr1: req(text(1, 100)),
  Addr2: text(3, 100),
  Loc: req(text(3, 100)),
  Pin: req(PIN),
  Stcd: req(s(1, 2, STCD)),
};

const INVOICE: Obj = o({
  Version: req(s(1, 6)),
  TranDtls: req(
    o({
      TaxSch: req(s(3, 10, /^GST$/)),
      SupTyp: req(s(3, 10, /^(?:B2B|SEZWP|SEZWOP|EXPWP|EXPWOP|DEXP)$/i)),
      RegRev: s(1, 1),
      EcmGstin: s(15, 15, GSTIN),
      IgstOnIntra: s(1, 1),
    }),
  ),
  DocDtls: req(
    o({
      Typ: req(s(3, 3, /^(?:INV|CRN|DBN)$/i)),
      No: req(s(1, 16, /^[a-zA-Z1-9][a-zA-Z0-9/-]{0,15}$/)),
      Dt: req(date()),
    }),
  ),
  SellerDtls: req(
    o({
      Gstin: req(s(15, 15, GSTIN)),
      LglNm: req(text(3, 100)),
      TrdNm: text(3, 100),
      ...address,
      Loc: req(text(3, 50)),
      Ph: s(6, 12, PHONE),
      Em: s(6, 100, EMAIL),
    }),
  ),
  BuyerDtls: req(
    o({
      Gstin: req(s(3, 15, GSTIN_OR_URP)),
      LglNm: req(text(3, 100)),
      TrdNm: text(3, 100),
      Pos: req(s(1, 2, STCD)),
      ...address,
      Pin: PIN,
      Ph: s(6, 12, PHONE),
      Em: s(6, 100, EMAIL),
    }),
  ),
  DispDtls: o({ Nm: req(text(3, 100)), ...address }),
  ShipDtls: o({
    Gstin: s(3, 15, GSTIN_OR_URP),
    LglNm: req(text(3, 100)),
    TrdNm: text(3, 100),
    ...address,
  }),
  ItemList: req(
    a(
      o({
        SlNo: req(s(1, 6, /^[0-9]{1,6}$/)),
        PrdDesc: text(1, 300),
        IsServc: req(s(1, 1, /^[YN]$/)),
        HsnCd: req(s(4, 8, /^(?!0+$)(?:[0-9]{4}|[0-9]{6}|[0-9]{8})$/)),
        Barcde: text(3, 30),
        Qty: QTY,
        FreeQty: QTY,
        Unit: s(3, 8, /^[A-Za-z]{3,8}$/),
        UnitPrice: req(n(0, 999999999999.999)),
        TotAmt: req(AMOUNT),
        Discount: AMOUNT,
        PreTaxVal: AMOUNT,
        AssAmt: req(AMOUNT),
        GstRt: req(RATE),
        IgstAmt: AMOUNT,
        CgstAmt: AMOUNT,
        SgstAmt: AMOUNT,
        CesRt: RATE,
        CesAmt: AMOUNT,
        CesNonAdvlAmt: AMOUNT,
        StateCesRt: RATE,
        StateCesAmt: AMOUNT,
        StateCesNonAdvlAmt: AMOUNT,
        OthChrg: AMOUNT,
        TotItemVal: req(AMOUNT),
        OrdLineRef: text(1, 50),
        OrgCntry: s(2, 2, /^[A-Za-z]{2}$/),
        PrdSlNo: text(1, 20),
        BchDtls: o({ Nm: req(text(3, 20)), ExpDt: date(), WrDt: date() }),
        AttribDtls: a(o({ Nm: text(1, 100), Val: text(1, 100) })),
      }),
    ),
  ),
  ValDtls: req(
    o({
      AssVal: req(TOTAL),
      CgstVal: TOTAL,
      SgstVal: TOTAL,
      IgstVal: TOTAL,
      CesVal: TOTAL,
      StCesVal: TOTAL,
      Discount: TOTAL,
      OthChrg: TOTAL,
      RndOffAmt: n(-99.99, 99.99),
      TotInvVal: req(TOTAL),
      TotInvValFc: TOTAL,
    }),
  ),
  PayDtls: o({
    Nm: text(1, 100),
    AccDet: text(1, 18),
    Mode: text(1, 18),
    FinInsBr: text(1, 11),
    PayTerm: text(1, 100),
    PayInstr: text(1, 100),
    CrTrn: text(1, 100),
    DirDr: text(1, 100),
    CrDay: n(0, 9999),
    PaidAmt: TOTAL,
    PaymtDue: TOTAL,
  }),
  RefDtls: o({
    InvRm: text(3, 100),
    DocPerdDtls: o({ InvStDt: req(date()), InvEndDt: req(date()) }),
    PrecDocDtls: a(
      o({
        InvNo: req(s(1, 16, /^[1-9a-zA-Z][0-9a-zA-Z/-]{0,15}$/)),
        InvDt: req(date()),
        OthRefNo: text(1, 20),
      }),
    ),
    ContrDtls: a(
      o({
        RecAdvRefr: text(1, 20),
        RecAdvDt: date(),
        TendRefr: text(1, 20),
        ContrRefr: text(1, 20),
        ExtRefr: text(1, 20),
        ProjRefr: text(1, 20),
        PORefr: text(1, 16),
        PORefDt: date(),
      }),
    ),
  }),
  AddlDocDtls: a(o({ Url: text(3, 100), Docs: text(3, 1000), Info: text(3, 1000) })),
  ExpDtls: o({
    ShipBNo: text(1, 20),
    ShipBDt: date(),
    Port: s(2, 10, /^[0-9A-Za-z]{2,10}$/),
    RefClm: s(1, 1, /^[YN]$/),
    ForCur: s(3, 16, /^[A-Za-z]{3,16}$/),
    CntCode: s(2, 2, /^[A-Z]{2}$/),
    ExpDuty: AMOUNT,
  }),
  EwbDtls: o({
    TransId: s(15, 15, GSTIN),
    TransName: text(3, 100),
    TransMode: s(1, 1, /^[1-4]$/),
    Distance: req(n(0, 4000)),
    TransDocNo: s(1, 15, /^[a-zA-Z0-9/-]{1,15}$/),
    TransDocDt: s(10, 10),
    VehNo: s(4, 20, /^[A-Za-z0-9]{4,20}$/),
    VehType: s(1, 1, /^[OR]$/),
  }),
});

/** The e-way-bill-by-IRN request (§1.6). */
export const EWB_REQUEST: Obj = o({
  Irn: req(s(64, 64, /^[0-9a-f]{64}$/i)),
  Distance: req(n(0, 4000)),
  TransMode: s(1, 1, /^[1-4]$/),
  TransId: s(15, 15, GSTIN),
  TransName: text(3, 100),
  TransDocDt: s(10, 10),
  TransDocNo: s(1, 15, /^[a-zA-Z0-9/-]{1,15}$/),
  VehNo: s(4, 20, /^[A-Za-z0-9]{4,20}$/),
  VehType: s(1, 1, /^[OR]$/),
  ExpShipDtls: o({
    Addr1: req(text(1, 100)),
    Addr2: text(3, 100),
    Loc: req(text(3, 100)),
    Pin: req(PIN),
    Stcd: req(s(1, 2, STCD)),
  }),
  DispDtls: o({ Nm: req(text(3, 100)), ...address }),
});

/** The cancel-IRN request (§1.3). */
export const CANCEL_REQUEST: Obj = o({
  Irn: req(s(64, 64)),
  CnlRsn: req(s(1, 1, /^[1-4]$/)),
  CnlRem: req(text(1, 100)),
});

function describe(path: string, spec: Spec, value: unknown): string | null {
  if (spec.t === 's') {
    if (typeof value !== 'string') return `The field ${path} must be a string`;
    if (value.length < spec.min || value.length > spec.max) {
      return spec.min === spec.max
        ? `The field ${path} must be a string of exactly ${spec.min} characters`
        : `The field ${path} must be a string with a minimum length of ${spec.min} and a maximum length of ${spec.max}`;
    }
    if (spec.re && !spec.re.test(value)) return `The field ${path} has an invalid value "${value}"`;
    return null;
  }
  if (spec.t === 'n') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `The field ${path} must be a number`;
    if (value < spec.min || value > spec.max)
      return `The field ${path} must be between ${spec.min} and ${spec.max}`;
    return null;
  }
  return null;
}

function walk(spec: Spec, value: unknown, path: string, out: IrpError[]): void {
  if (spec.t === 'o') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.push(customError('2140', `The field ${path || 'invoice'} must be a JSON object`));
      return;
    }
    const record = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(spec.fields)) {
      const childPath = path ? `${path}.${key}` : key;
      const v = record[key];
      if (v === undefined || v === null) {
        if (child.req) out.push(customError('2140', `The field ${childPath} is required`));
        continue;
      }
      walk(child, v, childPath, out);
    }
    return;
  }
  if (spec.t === 'a') {
    if (!Array.isArray(value)) {
      out.push(customError('2140', `The field ${path} must be an array`));
      return;
    }
    value.forEach((item, i) => walk(spec.item, item, `${path}[${i}]`, out));
    return;
  }
  const problem = describe(path, spec, value);
  if (problem) out.push(customError('2140', problem));
}

export function checkShape(spec: Obj, value: unknown): IrpError[] {
  const out: IrpError[] = [];
  walk(spec, value, '', out);
  return out;
}

/** Schema errors of an invoice; a URP supplier is left to rule 2213. */
export function checkInvoiceSchema(invoice: unknown): IrpError[] {
  const errors = checkShape(INVOICE, invoice);
  const sellerGstin = (invoice as { SellerDtls?: { Gstin?: unknown } } | null)?.SellerDtls?.Gstin;
  return sellerGstin === 'URP' ? errors.filter((e) => !e.ErrorMessage.includes('SellerDtls.Gstin')) : errors;
}
