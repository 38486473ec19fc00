/**
 * The IRP's INV-01 v1.1 JSON, as TypeScript. Names and nesting are the IRP's own; amounts
 * are JSON numbers in rupees (≤ 2 decimals), quantities, unit prices and rates ≤ 3 decimals.
 */

export type YesNo = 'Y' | 'N';

export interface Inv01TranDtls {
  TaxSch: 'GST';
  SupTyp: string;
  RegRev?: YesNo;
  EcmGstin?: string;
  IgstOnIntra?: YesNo;
}

export interface Inv01DocDtls {
  Typ: string;
  No: string;
  Dt: string;
}

export interface Inv01SellerDtls {
  Gstin: string;
  LglNm: string;
  TrdNm?: string;
  Addr1: string;
  Addr2?: string;
  Loc: string;
  Pin: number;
  Stcd: string;
  Ph?: string;
  Em?: string;
}

export interface Inv01BuyerDtls {
  Gstin: string;
  LglNm: string;
  TrdNm?: string;
  Pos: string;
  Addr1: string;
  Addr2?: string;
  Loc: string;
  Pin?: number;
  Stcd: string;
  Ph?: string;
  Em?: string;
}

export interface Inv01DispDtls {
  Nm: string;
  Addr1: string;
  Addr2?: string;
  Loc: string;
  Pin: number;
  Stcd: string;
}

export interface Inv01ShipDtls {
  Gstin?: string;
  LglNm: string;
  TrdNm?: string;
  Addr1: string;
  Addr2?: string;
  Loc: string;
  Pin: number;
  Stcd: string;
}

export interface Inv01Item {
  SlNo: string;
  PrdDesc?: string;
  IsServc: YesNo;
  HsnCd: string;
  Barcde?: string;
  Qty?: number;
  FreeQty?: number;
  Unit?: string;
  UnitPrice: number;
  TotAmt: number;
  Discount?: number;
  PreTaxVal?: number;
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
  OrdLineRef?: string;
  OrgCntry?: string;
  PrdSlNo?: string;
  BchDtls?: { Nm: string; ExpDt?: string; WrDt?: string };
  AttribDtls?: Array<{ Nm?: string; Val?: string }>;
}

export interface Inv01ValDtls {
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
  TotInvValFc?: number;
}

export interface Inv01PayDtls {
  Nm?: string;
  AccDet?: string;
  Mode?: string;
  FinInsBr?: string;
  PayTerm?: string;
  PayInstr?: string;
  CrTrn?: string;
  DirDr?: string;
  CrDay?: number;
  PaidAmt?: number;
  PaymtDue?: number;
}

export interface Inv01RefDtls {
  InvRm?: string;
  DocPerdDtls?: { InvStDt: string; InvEndDt: string };
  PrecDocDtls?: Array<{ InvNo: string; InvDt: string; OthRefNo?: string }>;
  ContrDtls?: Array<{
    RecAdvRefr?: string;
    RecAdvDt?: string;
    TendRefr?: string;
    ContrRefr?: string;
    ExtRefr?: string;
    ProjRefr?: string;
    PORefr?: string;
    PORefDt?: string;
  }>;
}

export interface Inv01AddlDocDtls {
  Url?: string;
  Docs?: string;
  Info?: string;
}

export interface Inv01ExpDtls {
  ShipBNo?: string;
  ShipBDt?: string;
  Port?: string;
  RefClm?: YesNo;
  ForCur?: string;
  CntCode?: string;
  ExpDuty?: number;
}

export interface Inv01EwbDtls {
  TransId?: string;
  TransName?: string;
  TransMode?: string;
  Distance: number;
  TransDocNo?: string;
  TransDocDt?: string;
  VehNo?: string;
  VehType?: string;
}

export interface Inv01Invoice {
  Version: string;
  TranDtls: Inv01TranDtls;
  DocDtls: Inv01DocDtls;
  SellerDtls: Inv01SellerDtls;
  BuyerDtls: Inv01BuyerDtls;
  DispDtls?: Inv01DispDtls;
  ShipDtls?: Inv01ShipDtls;
  ItemList: Inv01Item[];
  ValDtls: Inv01ValDtls;
  PayDtls?: Inv01PayDtls;
  RefDtls?: Inv01RefDtls;
  AddlDocDtls?: Inv01AddlDocDtls[];
  ExpDtls?: Inv01ExpDtls;
  EwbDtls?: Inv01EwbDtls;
}

/**
 * Fields the IRP adds to the copy it signs (SignedInvoice `data`): `AckNo`, `AckDt`,
 * `Irn` at the top and `ItemNo` on each item. `fromInv01` ignores them.
 */
export const SIGNED_ONLY_TOP_FIELDS = ['AckNo', 'AckDt', 'Irn'] as const;
export const SIGNED_ONLY_ITEM_FIELDS = ['ItemNo'] as const;
