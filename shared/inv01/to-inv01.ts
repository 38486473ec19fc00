/**
 * Invoice model → the exact INV-01 v1.1 JSON the IRP expects. Integers become decimals only
 * here (paise / 100, thousandths / 1000, both exact shortest decimals in JSON), optional
 * fields that are absent, empty or zero-valued extras are left out, and sections with
 * nothing in them are omitted.
 */
import { milliToNumber, paiseToRupees } from '../money/parse';
import type { Invoice, InvoiceLine } from '../invoice/model';
import type { Inv01Invoice, Inv01Item, YesNo } from './types';

type Loose = Record<string, unknown>;

/** Drops undefined, empty strings, empty arrays and empty objects; undefined when nothing is left. */
function compact<T extends Loose>(value: T): T | undefined {
  const out: Loose = {};
  let any = false;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = v;
    any = true;
  }
  return any ? (out as T) : undefined;
}

const yn = (flag: boolean): YesNo => (flag ? 'Y' : 'N');
const amount = (paise: number | undefined): number | undefined =>
  paise === undefined ? undefined : paiseToRupees(paise);
/** Amount fields the IRP treats as optional extras: written only when not zero. */
const extra = (paise: number | undefined): number | undefined => (paise ? paiseToRupees(paise) : undefined);
const milli = (value: number | undefined): number | undefined =>
  value === undefined ? undefined : milliToNumber(value);
const extraMilli = (value: number | undefined): number | undefined =>
  value ? milliToNumber(value) : undefined;

function item(line: InvoiceLine): Inv01Item {
  const a = line.amounts;
  const out = compact({
    SlNo: line.serialNo,
    PrdDesc: line.description,
    IsServc: yn(line.isService),
    HsnCd: line.hsn,
    Barcde: line.barcode,
    Qty: milli(line.quantity),
    FreeQty: milli(line.freeQuantity),
    Unit: line.unit,
    UnitPrice: milliToNumber(line.unitPrice),
    TotAmt: paiseToRupees(a.totalAmount),
    Discount: extra(line.discount),
    PreTaxVal: amount(line.preTaxValue),
    AssAmt: paiseToRupees(a.assessableAmount),
    GstRt: milliToNumber(line.gstRate),
    // The three GST heads are always written, zero or not, as the IRP's own samples do.
    IgstAmt: paiseToRupees(a.igst),
    CgstAmt: paiseToRupees(a.cgst),
    SgstAmt: paiseToRupees(a.sgst),
    CesRt: extraMilli(line.cessRate),
    CesAmt: extra(a.cess),
    CesNonAdvlAmt: extra(line.cessNonAdvol),
    StateCesRt: extraMilli(line.stateCessRate),
    StateCesAmt: extra(a.stateCess),
    StateCesNonAdvlAmt: extra(line.stateCessNonAdvol),
    OthChrg: extra(line.otherCharges),
    TotItemVal: paiseToRupees(a.totalItemValue),
    OrdLineRef: line.orderLineRef,
    OrgCntry: line.originCountry,
    PrdSlNo: line.productSerialNo,
    BchDtls: line.batch
      ? compact({ Nm: line.batch.name, ExpDt: line.batch.expiryDate, WrDt: line.batch.warrantyDate })
      : undefined,
    AttribDtls: line.attributes
      ?.map((attr) => compact({ Nm: attr.name, Val: attr.value }))
      .filter((attr) => attr !== undefined),
  });
  return out as unknown as Inv01Item;
}

export function toInv01(invoice: Invoice): Inv01Invoice {
  const { seller, buyer, totals: t } = invoice;
  const refs = invoice.references;
  const json = {
    Version: invoice.version,
    TranDtls: compact({
      TaxSch: 'GST',
      SupTyp: invoice.supplyType,
      RegRev: yn(invoice.reverseCharge),
      EcmGstin: invoice.ecmGstin,
      IgstOnIntra: yn(invoice.igstOnIntra),
    }),
    DocDtls: { Typ: invoice.docType, No: invoice.docNo, Dt: invoice.docDate },
    SellerDtls: compact({
      Gstin: seller.gstin,
      LglNm: seller.legalName,
      TrdNm: seller.tradeName,
      Addr1: seller.address1,
      Addr2: seller.address2,
      Loc: seller.location,
      Pin: seller.pin,
      Stcd: seller.stateCode,
      Ph: seller.phone,
      Em: seller.email,
    }),
    BuyerDtls: compact({
      Gstin: buyer.gstin,
      LglNm: buyer.legalName,
      TrdNm: buyer.tradeName,
      Pos: buyer.placeOfSupply,
      Addr1: buyer.address1,
      Addr2: buyer.address2,
      Loc: buyer.location,
      Pin: buyer.pin,
      Stcd: buyer.stateCode,
      Ph: buyer.phone,
      Em: buyer.email,
    }),
    DispDtls: invoice.dispatchFrom
      ? compact({
          Nm: invoice.dispatchFrom.name,
          Addr1: invoice.dispatchFrom.address1,
          Addr2: invoice.dispatchFrom.address2,
          Loc: invoice.dispatchFrom.location,
          Pin: invoice.dispatchFrom.pin,
          Stcd: invoice.dispatchFrom.stateCode,
        })
      : undefined,
    ShipDtls: invoice.shipTo
      ? compact({
          Gstin: invoice.shipTo.gstin,
          LglNm: invoice.shipTo.legalName,
          TrdNm: invoice.shipTo.tradeName,
          Addr1: invoice.shipTo.address1,
          Addr2: invoice.shipTo.address2,
          Loc: invoice.shipTo.location,
          Pin: invoice.shipTo.pin,
          Stcd: invoice.shipTo.stateCode,
        })
      : undefined,
    ItemList: invoice.lines.map(item),
    ValDtls: compact({
      AssVal: paiseToRupees(t.assessableValue),
      CgstVal: paiseToRupees(t.cgst),
      SgstVal: paiseToRupees(t.sgst),
      IgstVal: paiseToRupees(t.igst),
      CesVal: extra(t.cess),
      StCesVal: extra(t.stateCess),
      Discount: extra(t.discount),
      OthChrg: extra(t.otherCharges),
      RndOffAmt: extra(t.roundOff),
      TotInvVal: paiseToRupees(t.totalInvoiceValue),
      TotInvValFc: amount(t.totalInvoiceValueFc),
    }),
    PayDtls: invoice.payment
      ? compact({
          Nm: invoice.payment.payeeName,
          AccDet: invoice.payment.accountDetails,
          Mode: invoice.payment.mode,
          FinInsBr: invoice.payment.ifsc,
          PayTerm: invoice.payment.terms,
          PayInstr: invoice.payment.instruction,
          CrTrn: invoice.payment.creditTransfer,
          DirDr: invoice.payment.directDebit,
          CrDay: invoice.payment.creditDays,
          PaidAmt: amount(invoice.payment.paidAmount),
          PaymtDue: amount(invoice.payment.amountDue),
        })
      : undefined,
    RefDtls: refs
      ? compact({
          InvRm: refs.remarks,
          DocPerdDtls:
            refs.periodStart || refs.periodEnd
              ? { InvStDt: refs.periodStart ?? '', InvEndDt: refs.periodEnd ?? '' }
              : undefined,
          PrecDocDtls: refs.precedingDocuments?.map((d) =>
            compact({ InvNo: d.number, InvDt: d.date, OthRefNo: d.otherReference }),
          ),
          ContrDtls: refs.contracts
            ?.map((c) =>
              compact({
                RecAdvRefr: c.receiptAdviceRef,
                RecAdvDt: c.receiptAdviceDate,
                TendRefr: c.tenderRef,
                ContrRefr: c.contractRef,
                ExtRefr: c.externalRef,
                ProjRefr: c.projectRef,
                PORefr: c.poRef,
                PORefDt: c.poDate,
              }),
            )
            .filter((c) => c !== undefined),
        })
      : undefined,
    AddlDocDtls: invoice.additionalDocuments
      ?.map((d) => compact({ Url: d.url, Docs: d.docs, Info: d.info }))
      .filter((d) => d !== undefined),
    ExpDtls: invoice.export
      ? compact({
          ShipBNo: invoice.export.shippingBillNo,
          ShipBDt: invoice.export.shippingBillDate,
          Port: invoice.export.port,
          RefClm: invoice.export.refundClaim === undefined ? undefined : yn(invoice.export.refundClaim),
          ForCur: invoice.export.currency,
          CntCode: invoice.export.country,
          ExpDuty: amount(invoice.export.exportDuty),
        })
      : undefined,
    EwbDtls: invoice.ewayBill
      ? compact({
          TransId: invoice.ewayBill.transporterId,
          TransName: invoice.ewayBill.transporterName,
          TransMode: invoice.ewayBill.mode,
          Distance: invoice.ewayBill.distanceKm,
          TransDocNo: invoice.ewayBill.transportDocNo,
          TransDocDt: invoice.ewayBill.transportDocDate,
          VehNo: invoice.ewayBill.vehicleNo,
          VehType: invoice.ewayBill.vehicleType,
        })
      : undefined,
  };
  const out = compact(json) as unknown as Inv01Invoice;
  // An empty item list is kept so the validator can say so (2228) instead of "missing".
  out.ItemList = json.ItemList;
  return out;
}
