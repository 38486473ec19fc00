/**
 * Document-level rules: the date (2144 real calendar date, 2163 not in the future, the
 * 30-day reporting window for AATO ≥ ₹10 crore), preceding-document references for notes
 * (2191) and their absence on invoices (2210), the schema version, and e-way bill details
 * sent with the invoice (2251, 2252, 2253, 2254, 4016, 4018, 4019, 4021, 4031, 4039, 4040;
 * a malformed transport date is the schema's 4017). E-way bill findings are warnings: the
 * IRP still registers the invoice and reports the e-way bill failure beside it (EWBERR).
 */
import { formatIstDate, parseIstDate } from '../../time/ist';
import { REPORTING_WINDOW_AATO_PAISE, REPORTING_WINDOW_DAYS } from '../finding';
import { IRP_GSTIN_SHAPE } from '../../gstin/gstin';
import { obj, str, type RuleContext } from './context';
import { checkGstin } from './parties';

const DAY_MS = 86_400_000;
const DATE_SHAPE = /^\d{2}\/\d{2}\/\d{4}$/;

export function checkDocument(ctx: RuleContext): void {
  const { doc } = ctx.s;
  const version = str(ctx.json.Version);
  if (version !== undefined && version !== '1.1') {
    ctx.warn(
      'L-VERSION',
      'Version',
      `Schema version is "${version}"; this app checks documents against version 1.1.`,
    );
  }

  const typ = (str(doc.Typ) ?? '').toUpperCase();
  const dt = str(doc.Dt);
  const today = parseIstDate(formatIstDate(ctx.options.now))!;
  let docDate: Date | null = null;
  if (dt !== undefined && DATE_SHAPE.test(dt)) {
    docDate = parseIstDate(dt);
    if (!docDate) {
      ctx.error('2144', 'DocDtls.Dt', `Document date ${dt} is not a real calendar date (dd/mm/yyyy).`);
    } else if (docDate.getTime() > today.getTime()) {
      ctx.error(
        '2163',
        'DocDtls.Dt',
        `Document date ${dt} is in the future; it cannot be later than today (${formatIstDate(ctx.options.now)}).`,
      );
    } else {
      const aato = ctx.options.aatoPaise;
      const ageDays = Math.round((today.getTime() - docDate.getTime()) / DAY_MS);
      if (aato !== undefined && aato >= REPORTING_WINDOW_AATO_PAISE && ageDays > REPORTING_WINDOW_DAYS) {
        ctx.error(
          'L-REPORTING-WINDOW',
          'DocDtls.Dt',
          `Document date ${dt} is ${ageDays} days old: businesses with turnover of ₹10 crore or more must report within ${REPORTING_WINDOW_DAYS} days.`,
        );
      }
    }
  }

  const refs = obj(ctx.json.RefDtls);
  const preceding = refs?.PrecDocDtls;
  const hasPreceding = Array.isArray(preceding) && preceding.length > 0;
  // The sandbox registers debit notes without references, so a missing one is a warning.
  if ((typ === 'CRN' || typ === 'DBN') && !hasPreceding) {
    ctx.warn(
      '2191',
      'RefDtls.PrecDocDtls',
      `A ${typ === 'CRN' ? 'credit' : 'debit'} note should name the original invoice it adjusts (preceding document number and date).`,
    );
  }
  if (typ === 'INV' && hasPreceding) {
    ctx.warn(
      '2210',
      'RefDtls.PrecDocDtls',
      'An invoice does not normally carry preceding-document references; those belong on credit and debit notes.',
    );
  }

  checkEwayBill(ctx, typ, docDate, today);
}

function checkEwayBill(ctx: RuleContext, typ: string, docDate: Date | null, today: Date): void {
  const ewb = obj(ctx.json.EwbDtls);
  // The IRP's signed copy carries `{"Distance": 0}` when no e-way bill was asked for.
  if (!ewb || Object.keys(ewb).every((key) => key === 'Distance')) return;
  if (typ === 'CRN' || typ === 'DBN') {
    ctx.warn(
      '2252',
      'EwbDtls',
      'An e-way bill cannot be generated for a credit or debit note; remove the e-way bill details.',
    );
  }
  const anyGoods = ctx.s.items.some((item) => str(obj(item)?.IsServc) === 'N');
  if (!anyGoods) {
    ctx.warn(
      '2251',
      'EwbDtls',
      'An e-way bill needs at least one item of goods; this document has only services.',
    );
  }
  if (ctx.isExport && !obj(ctx.json.ShipDtls)) {
    ctx.warn(
      '4031',
      'ShipDtls',
      'Ship-to details (the port of export) are required to generate an e-way bill for an export.',
    );
  }

  const transId = (str(ewb.TransId) ?? '').toUpperCase();
  if (transId && IRP_GSTIN_SHAPE.test(transId))
    checkGstin(ctx, transId, 'EwbDtls.TransId', '4018', 'Transporter ID', true);

  const mode = str(ewb.TransMode);
  const vehNo = str(ewb.VehNo);
  const vehType = str(ewb.VehType);
  const docNo = str(ewb.TransDocNo);
  const docDt = str(ewb.TransDocDt);
  if (!mode && !transId) {
    ctx.warn(
      '4019',
      'EwbDtls.TransId',
      'Give a transporter ID (Part A) or the transport mode and vehicle or document (Part B).',
    );
  }
  if (mode === '1' && (!vehNo || !vehType)) {
    ctx.warn(
      '2253',
      vehNo ? 'EwbDtls.VehType' : 'EwbDtls.VehNo',
      'Vehicle number and vehicle type are required when the transport mode is road.',
    );
  }
  if ((mode === '2' || mode === '3') && (!docNo || !docDt)) {
    ctx.warn(
      '2254',
      docNo ? 'EwbDtls.TransDocDt' : 'EwbDtls.TransDocNo',
      'Transport document number and date are required when the transport mode is rail or air.',
    );
  }
  if (mode === '4') {
    if (!vehNo && !docNo)
      ctx.warn(
        '4040',
        'EwbDtls.TransDocNo',
        'For transport by ship, give the vessel number or the transport document number.',
      );
    if (vehType === 'R')
      ctx.warn(
        '4039',
        'EwbDtls.VehType',
        'Vehicle type cannot be regular (R) when the transport mode is ship.',
      );
  }
  if (docDt !== undefined && DATE_SHAPE.test(docDt)) {
    const transportDate = parseIstDate(docDt);
    if (!transportDate) {
      ctx.warn(
        '2144',
        'EwbDtls.TransDocDt',
        `Transport document date ${docDt} is not a real calendar date (dd/mm/yyyy).`,
      );
    } else if (transportDate.getTime() > today.getTime()) {
      ctx.warn('4016', 'EwbDtls.TransDocDt', `Transport document date ${docDt} cannot be in the future.`);
    } else if (docDate && transportDate.getTime() < docDate.getTime()) {
      ctx.warn(
        '4021',
        'EwbDtls.TransDocDt',
        `Transport document date ${docDt} cannot be earlier than the document date.`,
      );
    }
  }
}
