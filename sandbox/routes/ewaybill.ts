/** /eiewb/v1.03/ewaybill: generate an e-way bill for an IRN, and read it back. */
import { requireSession } from '../auth';
import type { SandboxContext } from '../context';
import { decryptPayload, successReply } from '../envelope';
import { checkEwb, ewbValidTill } from '../ewaybill';
import { IrpFailure, irpError } from '../errors';
import type { Reply, SandboxRequest } from '../http';
import { formatMinute } from '../irn';
import type { Address, EwbDetails, Invoice } from '../rules/invoice';
import { checkShape, EWB_REQUEST } from '../rules/schema';

/** 12-digit e-way bill numbers from a sequence that survives restarts (it resumes from the table). */
const EWB_BASE = 131_000_000_000;

export function nextEwbNo(ctx: SandboxContext): number {
  ctx.sequences.ewbNo += 1;
  return EWB_BASE + ctx.sequences.ewbNo;
}

export function ewbSequenceFrom(maxEwbNo: number): number {
  return maxEwbNo > EWB_BASE ? maxEwbNo - EWB_BASE : 0;
}

type EwbRequest = EwbDetails & { Irn: string; ExpShipDtls?: Address; DispDtls?: Address };

export function generateEwb(ctx: SandboxContext, req: SandboxRequest): Reply {
  const session = requireSession(ctx, req);
  const payload = decryptPayload(req.body, session.sek);
  const shape = checkShape(EWB_REQUEST, payload);
  if (shape.length > 0) throw new IrpFailure(shape);
  const body = payload as EwbRequest;
  const row = ctx.store.irn(body.Irn.toLowerCase());
  if (!row) throw new IrpFailure([irpError('4003')]);
  if (row.sellerGstin !== session.gstin.toUpperCase()) throw new IrpFailure([irpError('2143')]);
  if (row.status !== 'ACT') throw new IrpFailure([irpError('4000')]);
  if (ctx.store.activeEwbForIrn(row.irn)) throw new IrpFailure([irpError('4002')]);

  const now = ctx.clock.now();
  const invoice = JSON.parse(row.invoiceJson) as Invoice;
  const outcome = checkEwb({
    details: body,
    invoice,
    ...(body.DispDtls ? { dispatch: body.DispDtls } : {}),
    ...(body.ExpShipDtls ? { shipTo: body.ExpShipDtls } : {}),
    now,
    config: ctx.config,
    master: ctx.master,
  });
  if (outcome.errors.length > 0) throw new IrpFailure(outcome.errors);
  const ewbNo = nextEwbNo(ctx);
  const validTill = outcome.partAOnly ? null : ewbValidTill(now, outcome.distance, body.VehType === 'O');
  ctx.store.insertEwb({
    ewbNo,
    irn: row.irn,
    genGstin: session.gstin.toUpperCase(),
    ewbAt: now.getTime(),
    validTill: validTill ? validTill.getTime() : null,
    distance: outcome.distance,
  });
  return successReply(
    {
      EwbNo: ewbNo,
      EwbDt: formatMinute(now),
      EwbValidTill: validTill ? formatMinute(validTill) : null,
      Remarks: null,
    },
    session.sek,
    outcome.info ? [outcome.info] : null,
  );
}

export function getEwbByIrn(ctx: SandboxContext, req: SandboxRequest): Reply {
  const session = requireSession(ctx, req);
  const irn = decodeURIComponent(req.params[0] ?? '').toLowerCase();
  const row = ctx.store.irn(irn);
  const ewb = row ? ctx.store.latestEwbForIrn(row.irn) : undefined;
  if (!row || !ewb) throw new IrpFailure([irpError('4005')]);
  const gstin = session.gstin.toUpperCase();
  if (row.sellerGstin !== gstin && row.buyerGstin !== gstin) throw new IrpFailure([irpError('4037')]);
  return successReply(
    {
      EwbNo: ewb.ewbNo,
      Status: ewb.status,
      GenGstin: ewb.genGstin,
      EwbDt: formatMinute(new Date(ewb.ewbAt)),
      EwbValidTill: ewb.validTill !== null ? formatMinute(new Date(ewb.validTill)) : null,
    },
    session.sek,
  );
}
