/**
 * What every business rule reads: safe accessors over the (possibly malformed) JSON, the
 * facts derived once per document (supplier state, tax heads, supply kind), and the
 * findings list. Rules never assume a field has the right JSON type: the schema layer
 * has already reported that, and a rule just skips what it cannot read.
 */
import { rupeesToPaise, toMilli } from '../../money/parse';
import { normaliseStateCode } from '../../masters/states';
import { isExportSupply, isSezSupply, SUPPLY_TYPES, type SupplyType } from '../../invoice/model';
import { taxHeads, type TaxHeads, isIntraState } from '../../tax/heads';
import type { Finding, ValidationOptions } from '../finding';

export type Obj = Record<string, unknown>;

export function obj(value: unknown): Obj | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** An amount field in paise; absent or non-numeric counts as zero (the schema reported it). */
export function paise(value: unknown): number {
  const n = num(value);
  return n === undefined ? 0 : rupeesToPaise(n);
}

/** A quantity / price / rate field in thousandths; undefined when absent. */
export function milli(value: unknown): number | undefined {
  const n = num(value);
  return n === undefined ? undefined : toMilli(n);
}

/** Two-digit form of a state code field when it is one or two digits, else undefined. */
export function stateCode(value: unknown): string | undefined {
  const text = str(value);
  return text !== undefined && /^\d{1,2}$/.test(text) ? normaliseStateCode(text) : undefined;
}

export interface Sections {
  tran: Obj;
  doc: Obj;
  seller: Obj;
  buyer: Obj;
  items: unknown[];
  val: Obj;
}

export class RuleContext {
  readonly findings: Finding[] = [];
  readonly supplyType: SupplyType | undefined;
  readonly isExport: boolean;
  readonly isSez: boolean;
  readonly sellerGstin: string;
  readonly supplierState: string | undefined;
  readonly placeOfSupply: string | undefined;
  readonly igstOnIntra: boolean;
  /** Intra-state by geography (supplier state = place of supply), before any IGST election. */
  readonly intraState: boolean;
  /** Undefined when the supply type or place of supply cannot be read. */
  readonly heads: TaxHeads | undefined;

  constructor(
    readonly json: Obj,
    readonly s: Sections,
    readonly options: ValidationOptions,
  ) {
    const sup = str(s.tran.SupTyp)?.toUpperCase();
    this.supplyType = (SUPPLY_TYPES as readonly string[]).includes(sup ?? '')
      ? (sup as SupplyType)
      : undefined;
    this.isExport = isExportSupply(this.supplyType ?? '');
    this.isSez = isSezSupply(this.supplyType ?? '');
    this.sellerGstin = (str(s.seller.Gstin) ?? '').toUpperCase();
    const prefix = this.sellerGstin.slice(0, 2);
    this.supplierState = /^\d{2}$/.test(prefix) ? prefix : stateCode(s.seller.Stcd);
    this.placeOfSupply = stateCode(s.buyer.Pos);
    this.igstOnIntra = str(s.tran.IgstOnIntra) === 'Y';
    const facts = {
      supplyType: this.supplyType ?? '',
      sellerGstin: this.sellerGstin,
      sellerStateCode: this.supplierState ?? '',
      placeOfSupply: this.placeOfSupply ?? '',
      igstOnIntra: this.igstOnIntra,
    };
    const known =
      this.supplyType !== undefined && this.placeOfSupply !== undefined && this.supplierState !== undefined;
    this.intraState = known && isIntraState(facts);
    this.heads = known ? taxHeads(facts) : undefined;
  }

  error(code: string, field: string, message: string): void {
    this.findings.push({ code, field, message, severity: 'error' });
  }

  warn(code: string, field: string, message: string): void {
    this.findings.push({ code, field, message, severity: 'warning' });
  }

  /** An error in production, a warning where the options relax GSTIN checks (sandbox). */
  gstinFinding(code: string, field: string, message: string): void {
    if (this.options.strictGstinChecksum) this.error(code, field, message);
    else this.warn(code, field, `${message} (allowed in the sandbox, refused in production)`);
  }
}
