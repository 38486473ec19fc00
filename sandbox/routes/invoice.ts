/** /eicore/v1.03/Invoice: generate, cancel, get by IRN, get by document details. */
import { financialYear, formatIrpDateTime, parseIstDate, toIstParts } from '../../shared/time/ist';
import { requireSession } from '../auth';
import type { SandboxContext } from '../context';
import { decryptPayload, successReply, type InfoDetail } from '../envelope';
import { checkEwb, ewbValidTill, IRN_LEVEL_TWIN, type EwbOutcome } from '../ewaybill';
import { IrpFailure, irpError } from '../errors';
import { header, type Reply, type SandboxRequest } from '../http';
import { computeIrn, duplicateKey, formatAckNo, formatMinute, signedInvoiceData, signedQrData } from '../irn';
import { validateInvoice } from '../rules';
import type { Invoice } from '../rules/invoice';
import { CANCEL_REQUEST, checkShape } from '../rules/schema';
import type { IrnRow } from '../state/db';
import { nextEwbNo } from './ewaybill';

const HOUR_MS = 3_600_000;

function documentIdentity(ctx: SandboxContext, gstin: string, type: string, no: string, dt: string) {
  const day = parseIstDate(dt) as Date;
  const fy = financialYear(toIstParts(day));
  return {
    irn: computeIrn(gstin, fy, type, no),
    key: duplicateKey(gstin, fy, type, no, ctx.config.duplicateIgnoresCase),
  };
}

function duplicateFailure(found: { AckNo: number; AckDt: string; Irn: string }): IrpFailure {
  return new IrpFailure([irpError('2150')], 200, [{ InfCd: 'DUPIRN', Desc: found }]);
}

/** Inside a generate request, structural EwbDtls problems fail the IRN; the rest become EWBERR. */
function splitEwb(outcome: EwbOutcome) {
  const fatal = outcome.errors
    .filter((e) => IRN_LEVEL_TWIN[e.ErrorCode])
    .map((e) => irpError(IRN_LEVEL_TWIN[e.ErrorCode] as string));
  const soft = outcome.errors.filter((e) => !IRN_LEVEL_TWIN[e.ErrorCode]);
  return { fatal: [...new Map(fatal.map((e) => [e.ErrorCode, e])).values()], soft };
}

export async function generateIrn(ctx: SandboxContext, req: SandboxRequest): Promise<Reply> {
  const session = requireSession(ctx, req);
  const payload = decryptPayload(req.body, session.sek);
  const now = ctx.clock.now();
  const errors = validateInvoice(payload, {
    config: ctx.config,
    master: ctx.master,
    callerGstin: session.gstin,
    now,
  });
  const inv = payload as Invoice;
  const ewb =
    errors.length === 0 && inv.EwbDtls
      ? checkEwb({ details: inv.EwbDtls, invoice: inv, now, config: ctx.config, master: ctx.master })
      : null;
  const ewbSplit = ewb ? splitEwb(ewb) : null;
  if (ewbSplit) errors.push(...ewbSplit.fatal);
  if (errors.length > 0) throw new IrpFailure(errors);

  const seller = inv.SellerDtls.Gstin;
  const type = inv.DocDtls.Typ.toUpperCase();
  const { irn, key } = documentIdentity(ctx, seller, type, inv.DocDtls.No, inv.DocDtls.Dt);
  const existing = ctx.store.irnByDupKey(key);
  if (existing)
    throw duplicateFailure({
      AckNo: existing.ackNo,
      AckDt: formatMinute(new Date(existing.ackAt)),
      Irn: existing.irn,
    });
  const racing = ctx.inFlight.get(key);
  if (racing) throw duplicateFailure(racing);

  ctx.sequences.ackNo += 1;
  const ackNo = formatAckNo(ctx.config.ackNoPrefix, toIstParts(now).year, ctx.sequences.ackNo);
  const ackDt = formatMinute(now);
  ctx.inFlight.set(key, { AckNo: ackNo, AckDt: ackDt, Irn: irn });
  try {
    const realAckDt = formatIrpDateTime(now);
    const [signedInvoice, signedQr] = await Promise.all([
      ctx.signer.sign(signedInvoiceData(inv, ackNo, realAckDt, irn)),
      ctx.signer.sign(signedQrData(inv, irn, realAckDt)),
    ]);
    const ewbOk = ewb && ewbSplit && ewbSplit.soft.length === 0;
    const ewbNo = ewbOk ? nextEwbNo(ctx) : null;
    const validTill =
      ewbOk && !ewb.partAOnly ? ewbValidTill(now, ewb.distance, inv.EwbDtls?.VehType === 'O') : null;
    ctx.store.transaction(() => {
      ctx.store.insertIrn({
        irn,
        dupKey: key,
        sellerGstin: seller.toUpperCase(),
        buyerGstin: inv.BuyerDtls.Gstin.toUpperCase(),
        docType: type,
        docNo: inv.DocDtls.No,
        docDate: inv.DocDtls.Dt,
        ackNo,
        ackAt: now.getTime(),
        signedInvoice,
        signedQr,
        invoiceJson: JSON.stringify(inv),
      });
      if (ewbNo !== null && ewb) {
        ctx.store.insertEwb({
          ewbNo,
          irn,
          genGstin: seller.toUpperCase(),
          ewbAt: now.getTime(),
          validTill: validTill ? validTill.getTime() : null,
          distance: ewb.distance,
        });
      }
    });
    const info: InfoDetail[] = [];
    if (ewbOk && ewb.info) info.push(ewb.info);
    if (ewbSplit && ewbSplit.soft.length > 0) info.push({ InfCd: 'EWBERR', Desc: ewbSplit.soft });
    return successReply(
      {
        AckNo: ackNo,
        AckDt: ackDt,
        Irn: irn,
        SignedInvoice: signedInvoice,
        SignedQRCode: signedQr,
        Status: 'ACT',
        EwbNo: ewbNo,
        EwbDt: ewbNo !== null ? ackDt : null,
        EwbValidTill: validTill ? formatMinute(validTill) : null,
        Remarks: null,
      },
      session.sek,
      info,
    );
  } finally {
    ctx.inFlight.delete(key);
  }
}

function ownIrn(ctx: SandboxContext, gstin: string, irn: string, notFound = '2148'): IrnRow {
  const row = ctx.store.irn(irn.toLowerCase());
  if (!row) throw new IrpFailure([irpError(notFound)]);
  if (row.sellerGstin !== gstin.toUpperCase()) throw new IrpFailure([irpError('2143')]);
  return row;
}

export function cancelIrn(ctx: SandboxContext, req: SandboxRequest): Reply {
  const session = requireSession(ctx, req);
  const payload = decryptPayload(req.body, session.sek);
  const shape = checkShape(CANCEL_REQUEST, payload);
  if (shape.length > 0) throw new IrpFailure(shape);
  const { Irn, CnlRsn, CnlRem } = payload as { Irn: string; CnlRsn: string; CnlRem: string };
  const row = ownIrn(ctx, session.gstin, Irn);
  if (row.status === 'CNL') throw new IrpFailure([irpError('9999')]);
  const now = ctx.clock.nowMs();
  if (now - row.ackAt > ctx.config.cancelWindowHours * HOUR_MS) throw new IrpFailure([irpError('2270')]);
  if (ctx.store.activeEwbForIrn(row.irn)) throw new IrpFailure([irpError('2230')]);
  ctx.store.cancelIrn(row.irn, now, CnlRsn, CnlRem);
  return successReply({ Irn: row.irn, CancelDate: formatMinute(new Date(now)) }, session.sek);
}

function irnDetails(ctx: SandboxContext, row: IrnRow) {
  if (ctx.clock.nowMs() - row.ackAt > ctx.config.getWindowHours * HOUR_MS)
    throw new IrpFailure([irpError('2283')]);
  const ewb = ctx.store.activeEwbForIrn(row.irn);
  return {
    AckNo: row.ackNo,
    AckDt: formatMinute(new Date(row.ackAt)),
    Irn: row.irn,
    SignedInvoice: row.signedInvoice,
    SignedQRCode: row.signedQr,
    Status: row.status,
    EwbNo: ewb ? ewb.ewbNo : null,
    EwbDt: ewb ? formatMinute(new Date(ewb.ewbAt)) : null,
    EwbValidTill: ewb && ewb.validTill !== null ? formatMinute(new Date(ewb.validTill)) : null,
    Remarks: null,
  };
}

export function getIrn(ctx: SandboxContext, req: SandboxRequest): Reply {
  const session = requireSession(ctx, req);
  const irn = decodeURIComponent(req.params[0] ?? '');
  if (!/^[0-9a-fA-F]{64}$/.test(irn)) throw new IrpFailure([irpError('2145')]);
  return successReply(irnDetails(ctx, ownIrn(ctx, session.gstin, irn)), session.sek);
}

export function getIrnByDocument(ctx: SandboxContext, req: SandboxRequest): Reply {
  const session = requireSession(ctx, req);
  // NIC takes query parameters; some GSP documentation shows headers, so those are accepted too.
  const type = (req.query.get('doctype') ?? header(req, 'doctype'))?.toUpperCase();
  const no = req.query.get('docnum') ?? header(req, 'docnum');
  const dt = req.query.get('docdate') ?? header(req, 'docdate');
  if (!type || !no || !dt) throw new IrpFailure([irpError('2142')]);
  if (!['INV', 'CRN', 'DBN'].includes(type)) throw new IrpFailure([irpError('2161')]);
  if (!parseIstDate(dt)) throw new IrpFailure([irpError('2144')]);
  const { key } = documentIdentity(ctx, session.gstin, type, no, dt);
  const row = ctx.store.irnByDupKey(key);
  if (!row || row.docDate !== dt) throw new IrpFailure([irpError('2154')]);
  return successReply(irnDetails(ctx, row), session.sek);
}
