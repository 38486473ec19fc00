/** The INV-01 fields the business rules read, typed after the schema check has passed. */
export interface Address {
  Addr1: string;
  Addr2?: string;
  Loc: string;
  Pin?: number;
  Stcd: string;
}

export interface Party extends Address {
  Gstin: string;
  LglNm: string;
  TrdNm?: string;
  Pos?: string;
}

export interface Item {
  SlNo: string;
  IsServc: 'Y' | 'N';
  HsnCd: string;
  Qty?: number;
  Unit?: string;
  UnitPrice: number;
  TotAmt: number;
  Discount?: number;
  AssAmt: number;
  GstRt: number;
  IgstAmt?: number;
  CgstAmt?: number;
  SgstAmt?: number;
  CesRt?: number;
  CesAmt?: number;
  CesNonAdvlAmt?: number;
  StateCesRt?: number;
  StateCesAmt?: number;
  StateCesNonAdvlAmt?: number;
  OthChrg?: number;
  TotItemVal: number;
}

export interface EwbDetails {
  TransId?: string;
  TransName?: string;
  TransMode?: string;
  Distance: number;
  TransDocNo?: string;
  TransDocDt?: string;
  VehNo?: string;
  VehType?: string;
}

export interface Invoice {
  Version: string;
  TranDtls: { TaxSch: string; SupTyp: string; RegRev?: string; EcmGstin?: string; IgstOnIntra?: string };
  DocDtls: { Typ: string; No: string; Dt: string };
  SellerDtls: Party;
  BuyerDtls: Party & { Pos: string };
  DispDtls?: Address & { Nm: string };
  ShipDtls?: Party;
  ItemList: Item[];
  ValDtls: {
    AssVal: number;
    CgstVal?: number;
    SgstVal?: number;
    IgstVal?: number;
    CesVal?: number;
    StCesVal?: number;
    Discount?: number;
    OthChrg?: number;
    RndOffAmt?: number;
    TotInvVal: number;
  };
  RefDtls?: { PrecDocDtls?: unknown[] };
  ExpDtls?: Record<string, unknown>;
  EwbDtls?: EwbDetails;
}

/** Rupees (as the JSON carries them) to integer paise, so comparisons are exact. */
export function paise(rupees: number | undefined): number {
  return rupees === undefined ? 0 : Math.round(rupees * 100);
}

export function supplyType(inv: Invoice): string {
  return inv.TranDtls.SupTyp.toUpperCase();
}

export function isExport(inv: Invoice): boolean {
  return supplyType(inv).startsWith('EXP');
}

export function isSezSupply(inv: Invoice): boolean {
  return supplyType(inv).startsWith('SEZ');
}
