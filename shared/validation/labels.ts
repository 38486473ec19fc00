/**
 * Plain-English names for INV-01 fields and sections, so every message says "Buyer
 * location" rather than "BuyerDtls.Loc" alone.
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  Version: 'schema version',
  TaxSch: 'tax scheme',
  SupTyp: 'supply type',
  RegRev: 'reverse charge flag',
  EcmGstin: 'e-commerce operator GSTIN',
  IgstOnIntra: 'IGST-on-intra-state flag',
  Typ: 'document type',
  No: 'document number',
  Dt: 'document date',
  Gstin: 'GSTIN',
  LglNm: 'legal name',
  TrdNm: 'trade name',
  Addr1: 'address line 1',
  Addr2: 'address line 2',
  Loc: 'location',
  Pin: 'PIN code',
  Stcd: 'state code',
  Ph: 'phone number',
  Em: 'email',
  Pos: 'place of supply',
  Nm: 'name',
  SlNo: 'serial number',
  PrdDesc: 'product description',
  IsServc: 'service flag (Y/N)',
  HsnCd: 'HSN/SAC code',
  Barcde: 'barcode',
  Qty: 'quantity',
  FreeQty: 'free quantity',
  Unit: 'unit',
  UnitPrice: 'unit price',
  TotAmt: 'gross amount',
  Discount: 'discount',
  PreTaxVal: 'pre-tax value',
  AssAmt: 'taxable value',
  GstRt: 'GST rate',
  IgstAmt: 'IGST amount',
  CgstAmt: 'CGST amount',
  SgstAmt: 'SGST amount',
  CesRt: 'cess rate',
  CesAmt: 'cess amount',
  CesNonAdvlAmt: 'non-ad-valorem cess amount',
  StateCesRt: 'state cess rate',
  StateCesAmt: 'state cess amount',
  StateCesNonAdvlAmt: 'non-ad-valorem state cess amount',
  OthChrg: 'other charges',
  TotItemVal: 'item total value',
  OrdLineRef: 'order line reference',
  OrgCntry: 'country of origin',
  PrdSlNo: 'product serial number',
  BchDtls: 'batch details',
  ExpDt: 'expiry date',
  WrDt: 'warranty date',
  AttribDtls: 'attributes',
  Val: 'value',
  AssVal: 'total taxable value',
  CgstVal: 'total CGST',
  SgstVal: 'total SGST',
  IgstVal: 'total IGST',
  CesVal: 'total cess',
  StCesVal: 'total state cess',
  RndOffAmt: 'round-off amount',
  TotInvVal: 'total invoice value',
  TotInvValFc: 'total invoice value in foreign currency',
  AccDet: 'account details',
  Mode: 'payment mode',
  FinInsBr: 'bank branch (IFSC)',
  PayTerm: 'payment terms',
  PayInstr: 'payment instruction',
  CrTrn: 'credit transfer',
  DirDr: 'direct debit',
  CrDay: 'credit days',
  PaidAmt: 'amount paid',
  PaymtDue: 'amount due',
  InvRm: 'remarks',
  DocPerdDtls: 'document period',
  InvStDt: 'period start date',
  InvEndDt: 'period end date',
  PrecDocDtls: 'preceding documents',
  InvNo: 'preceding document number',
  InvDt: 'preceding document date',
  OthRefNo: 'other reference',
  ContrDtls: 'contract references',
  RecAdvRefr: 'receipt advice reference',
  RecAdvDt: 'receipt advice date',
  TendRefr: 'tender reference',
  ContrRefr: 'contract reference',
  ExtRefr: 'external reference',
  ProjRefr: 'project reference',
  PORefr: 'purchase order reference',
  PORefDt: 'purchase order date',
  Url: 'URL',
  Docs: 'supporting document',
  Info: 'additional information',
  ShipBNo: 'shipping bill number',
  ShipBDt: 'shipping bill date',
  Port: 'port code',
  RefClm: 'refund claim flag',
  ForCur: 'foreign currency code',
  CntCode: 'country code',
  ExpDuty: 'export duty',
  TransId: 'transporter ID',
  TransName: 'transporter name',
  TransMode: 'transport mode',
  Distance: 'distance',
  TransDocNo: 'transport document number',
  TransDocDt: 'transport document date',
  VehNo: 'vehicle number',
  VehType: 'vehicle type',
};

const SECTION_LABELS: Readonly<Record<string, string>> = {
  TranDtls: 'Transaction',
  DocDtls: 'Document',
  SellerDtls: 'Seller',
  BuyerDtls: 'Buyer',
  DispDtls: 'Dispatch-from',
  ShipDtls: 'Ship-to',
  ItemList: 'Item list',
  ValDtls: 'Invoice',
  PayDtls: 'Payment',
  RefDtls: 'Reference',
  AddlDocDtls: 'Additional document',
  ExpDtls: 'Export',
  EwbDtls: 'E-way bill',
};

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? SECTION_LABELS[key]?.toLowerCase() ?? key;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "Buyer location (BuyerDtls.Loc)", "Item 3 HSN/SAC code (ItemList[2].HsnCd)",
 * "Document date (DocDtls.Dt)" — the words a person sees, plus the exact path.
 */
export function describeField(path: string): string {
  const segments = path.split('.');
  const words: string[] = [];
  for (const segment of segments) {
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(segment);
    if (!m) {
      words.push(segment);
      continue;
    }
    const [, key, index] = m as unknown as [string, string, string | undefined];
    if (key === 'ItemList' && index !== undefined) {
      words.push(`item ${Number(index) + 1}`);
    } else if (SECTION_LABELS[key] && segments.length > 1) {
      words.push(SECTION_LABELS[key]!.toLowerCase() + (index !== undefined ? ` ${Number(index) + 1}` : ''));
    } else {
      words.push(fieldLabel(key) + (index !== undefined ? ` ${Number(index) + 1}` : ''));
    }
  }
  const text = words.join(' ').replace(/^invoice /, '');
  return `${capitalise(text)} (${path})`;
}
