/** /eivital: auth, heartbeat, GSTIN details and sync. */
import { authenticate, requireSession } from '../auth';
import type { SandboxContext } from '../context';
import { successReply } from '../envelope';
import { IrpFailure, irpError } from '../errors';
import { GSTIN_SHAPE, hasValidCheckChar } from '../gstin';
import type { Reply, SandboxRequest } from '../http';
import type { Taxpayer } from '../types';

export function auth(ctx: SandboxContext, req: SandboxRequest): Reply {
  const version = /\/v1\.03\//i.test(req.path) ? 'v1.03' : 'v1.04';
  // Auth's Data is plain JSON: the client cannot decrypt anything before it has the SEK.
  return successReply(authenticate(ctx, req, version), null);
}

export function heartbeat(): Reply {
  return successReply(null, null);
}

function details(t: Taxpayer) {
  const [number, ...street] = t.address1.split(',');
  return {
    Gstin: t.gstin,
    TradeName: t.tradeName,
    LegalName: t.legalName,
    AddrBnm: t.address2 || null,
    AddrBno: number?.trim() || null,
    AddrFlno: null,
    AddrSt: street.join(',').trim() || null,
    AddrLoc: t.location,
    StateCode: Number(t.stateCode),
    AddrPncd: t.pin,
    TxpType: t.taxpayerType ?? 'REG',
    Status: t.status,
    BlkStatus: t.blockStatus,
    DtReg: t.registeredOn,
    DtDReg: t.deregisteredOn ?? null,
  };
}

function lookup(ctx: SandboxContext, req: SandboxRequest, sync: boolean): Reply {
  const session = requireSession(ctx, req);
  const gstin = decodeURIComponent(req.params[0] ?? '').toUpperCase();
  if (!GSTIN_SHAPE.test(gstin) || (ctx.config.strictGstinChecksum && !hasValidCheckChar(gstin))) {
    throw new IrpFailure([irpError('3030')]);
  }
  const taxpayer = sync ? ctx.master.sync(gstin, ctx.clock.nowMs()) : ctx.master.get(gstin);
  if (!taxpayer) throw new IrpFailure([irpError('3001')]);
  return successReply(details(taxpayer), session.sek);
}

export const gstinDetails = (ctx: SandboxContext, req: SandboxRequest) => lookup(ctx, req, false);
export const syncGstin = (ctx: SandboxContext, req: SandboxRequest) => lookup(ctx, req, true);
