/**
 * INV-01 v1.1 JSON → the invoice model, for imports and for reading the `data` of a
 * SignedInvoice. Amounts are taken as written (not recomputed), so a document read from
 * the IRP shows exactly what was registered. Fields only the IRP adds to its signed copy
 * (`AckNo`, `AckDt`, `Irn`, `ItemNo`) are ignored. Validate with `validateInv01` first:
 * this mapping assumes the JSON has the schema's shape and fills gaps with blanks/zeros.
 */
import { rupeesToPaise, toMilli } from '../money/parse';
import type {
  DocType,
  Invoice,
  InvoiceInput,
  InvoiceLine,
  SupplyType,
  TransportMode,
} from '../invoice/model';
import type { Inv01Invoice, Inv01Item } from './types';

const paise = (value: number | undefined): number => (value === undefined ? 0 : rupeesToPaise(value));
const optPaise = (value: number | undefined): number | undefined =>
  value === undefined ? undefined : rupeesToPaise(value);
const milli = (value: number | undefined): number => (value === undefined ? 0 : toMilli(value));
const optMilli = (value: number | undefined): number | undefined =>
  value === undefined ? undefined : toMilli(value);

/** Copies only the keys whose values are defined, so optional fields stay absent. */
function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}

function line(item: Inv01Item): InvoiceLine {
  return defined<InvoiceLine>({
    serialNo: item.SlNo ?? '',
    description: item.PrdDesc,
    isService: item.IsServc === 'Y',
    hsn: item.HsnCd ?? '',
    barcode: item.Barcde,
    quantity: optMilli(item.Qty),
    freeQuantity: optMilli(item.FreeQty),
    unit: item.Unit,
    unitPrice: milli(item.UnitPrice),
    discount: paise(item.Discount),
    preTaxValue: optPaise(item.PreTaxVal),
    gstRate: milli(item.GstRt),
    cessRate: milli(item.CesRt),
    cessNonAdvol: paise(item.CesNonAdvlAmt),
    stateCessRate: milli(item.StateCesRt),
    stateCessNonAdvol: paise(item.StateCesNonAdvlAmt),
    otherCharges: paise(item.OthChrg),
    orderLineRef: item.OrdLineRef,
    originCountry: item.OrgCntry,
    productSerialNo: item.PrdSlNo,
    batch: item.BchDtls
      ? defined({
          name: item.BchDtls.Nm ?? '',
          expiryDate: item.BchDtls.ExpDt,
          warrantyDate: item.BchDtls.WrDt,
        })
      : undefined,
    attributes: item.AttribDtls?.map((a) => defined({ name: a.Nm, value: a.Val })),
    amounts: {
      totalAmount: paise(item.TotAmt),
      assessableAmount: paise(item.AssAmt),
      igst: paise(item.IgstAmt),
      cgst: paise(item.CgstAmt),
      sgst: paise(item.SgstAmt),
      cess: paise(item.CesAmt),
      stateCess: paise(item.StateCesAmt),
      totalItemValue: paise(item.TotItemVal),
    },
  });
}

export function fromInv01(json: Inv01Invoice): Invoice {
  const tran = json.TranDtls ?? ({} as Partial<Inv01Invoice['TranDtls']>);
  const doc = json.DocDtls ?? ({} as Partial<Inv01Invoice['DocDtls']>);
  const s = json.SellerDtls ?? ({} as Partial<Inv01Invoice['SellerDtls']>);
  const b = json.BuyerDtls ?? ({} as Partial<Inv01Invoice['BuyerDtls']>);
  const v = json.ValDtls ?? ({} as Partial<Inv01Invoice['ValDtls']>);
  const { DispDtls: d, ShipDtls: sh, PayDtls: p, RefDtls: r, ExpDtls: e, EwbDtls: w } = json;
  return defined<Invoice>({
    version: json.Version ?? '',
    supplyType: (tran.SupTyp ?? '').toUpperCase() as SupplyType,
    reverseCharge: tran.RegRev === 'Y',
    igstOnIntra: tran.IgstOnIntra === 'Y',
    ecmGstin: tran.EcmGstin,
    docType: (doc.Typ ?? '').toUpperCase() as DocType,
    docNo: doc.No ?? '',
    docDate: doc.Dt ?? '',
    seller: defined({
      gstin: s.Gstin ?? '',
      legalName: s.LglNm ?? '',
      tradeName: s.TrdNm,
      address1: s.Addr1 ?? '',
      address2: s.Addr2,
      location: s.Loc ?? '',
      pin: s.Pin ?? 0,
      stateCode: s.Stcd ?? '',
      phone: s.Ph,
      email: s.Em,
    }),
    buyer: defined({
      gstin: b.Gstin ?? '',
      legalName: b.LglNm ?? '',
      tradeName: b.TrdNm,
      placeOfSupply: b.Pos ?? '',
      address1: b.Addr1 ?? '',
      address2: b.Addr2,
      location: b.Loc ?? '',
      pin: b.Pin,
      stateCode: b.Stcd ?? '',
      phone: b.Ph,
      email: b.Em,
    }),
    dispatchFrom: d
      ? defined({
          name: d.Nm,
          address1: d.Addr1,
          address2: d.Addr2,
          location: d.Loc,
          pin: d.Pin,
          stateCode: d.Stcd,
        })
      : undefined,
    shipTo: sh
      ? defined({
          gstin: sh.Gstin,
          legalName: sh.LglNm,
          tradeName: sh.TrdNm,
          address1: sh.Addr1,
          address2: sh.Addr2,
          location: sh.Loc,
          pin: sh.Pin,
          stateCode: sh.Stcd,
        })
      : undefined,
    lines: (json.ItemList ?? []).map(line),
    totals: defined({
      assessableValue: paise(v.AssVal),
      cgst: paise(v.CgstVal),
      sgst: paise(v.SgstVal),
      igst: paise(v.IgstVal),
      cess: paise(v.CesVal),
      stateCess: paise(v.StCesVal),
      discount: paise(v.Discount),
      otherCharges: paise(v.OthChrg),
      roundOff: paise(v.RndOffAmt),
      totalInvoiceValue: paise(v.TotInvVal),
      totalInvoiceValueFc: optPaise(v.TotInvValFc),
    }),
    payment: p
      ? defined({
          payeeName: p.Nm,
          accountDetails: p.AccDet,
          mode: p.Mode,
          ifsc: p.FinInsBr,
          terms: p.PayTerm,
          instruction: p.PayInstr,
          creditTransfer: p.CrTrn,
          directDebit: p.DirDr,
          creditDays: p.CrDay,
          paidAmount: optPaise(p.PaidAmt),
          amountDue: optPaise(p.PaymtDue),
        })
      : undefined,
    references: r
      ? defined({
          remarks: r.InvRm,
          periodStart: r.DocPerdDtls?.InvStDt,
          periodEnd: r.DocPerdDtls?.InvEndDt,
          precedingDocuments: r.PrecDocDtls?.map((x) =>
            defined({ number: x.InvNo, date: x.InvDt, otherReference: x.OthRefNo }),
          ),
          contracts: r.ContrDtls?.map((c) =>
            defined({
              receiptAdviceRef: c.RecAdvRefr,
              receiptAdviceDate: c.RecAdvDt,
              tenderRef: c.TendRefr,
              contractRef: c.ContrRefr,
              externalRef: c.ExtRefr,
              projectRef: c.ProjRefr,
              poRef: c.PORefr,
              poDate: c.PORefDt,
            }),
          ),
        })
      : undefined,
    additionalDocuments: json.AddlDocDtls?.map((a) => defined({ url: a.Url, docs: a.Docs, info: a.Info })),
    export: e
      ? defined({
          shippingBillNo: e.ShipBNo,
          shippingBillDate: e.ShipBDt,
          port: e.Port,
          refundClaim: e.RefClm === undefined ? undefined : e.RefClm === 'Y',
          currency: e.ForCur,
          country: e.CntCode,
          exportDuty: optPaise(e.ExpDuty),
        })
      : undefined,
    ewayBill: w
      ? defined({
          transporterId: w.TransId,
          transporterName: w.TransName,
          mode: w.TransMode as TransportMode | undefined,
          distanceKm: w.Distance ?? 0,
          transportDocNo: w.TransDocNo,
          transportDocDate: w.TransDocDt,
          vehicleNo: w.VehNo,
          vehicleType: w.VehType as 'R' | 'O' | undefined,
        })
      : undefined,
  });
}

/**
 * An INV-01 as the editable input the tax engine builds from (`buildInvoice`): what a credit note
 * against an imported invoice, or an imported draft opened for editing, starts from. The
 * document-level amounts that `fromInv01` keeps only in `totals` become inputs again:
 * - `Discount` → `discount`;
 * - `OthChrg` less the lines' own other charges → `otherCharges` (the engine adds the lines'
 *   back, as `ValDtls.OthChrg` carries both);
 * - a non-zero `RndOffAmt` → `roundOff`. The engine rounds to the nearest rupee, which is what a
 *   round-off is for; a document rounded some other way comes back rounded to the rupee.
 */
export function inputFromInv01(json: Inv01Invoice): InvoiceInput {
  const { totals, ...invoice } = fromInv01(json);
  const lineCharges = invoice.lines.reduce((sum, l) => sum + l.otherCharges, 0);
  const documentCharges = totals.otherCharges - lineCharges;
  return defined<InvoiceInput>({
    ...invoice,
    discount: totals.discount || undefined,
    otherCharges: documentCharges > 0 ? documentCharges : undefined,
    roundOff: totals.roundOff !== 0 || undefined,
    totalInvoiceValueFc: totals.totalInvoiceValueFc,
  });
}

/**
 * The invoice inside a SignedInvoice JWT's payload: `data` is a JSON *string* (REFERENCE
 * §5.3). Takes the decoded payload object; signature checking is the caller's business.
 */
export function invoiceFromSignedPayload(payload: { data: string }): Invoice {
  return fromInv01(JSON.parse(payload.data) as Inv01Invoice);
}
